/// Every problem found in a scenario, thrown by ``ScenarioLoader/load(path:)`` after
/// it has read everything it could.
public struct ScenarioError: Error, Sendable, CustomStringConvertible {
    /// The problems, sorted by file, then line.
    public var issues: [ScenarioIssue]

    /// Creates an error from the problems found.
    ///
    /// - Parameter issues: the problems; they are sorted by file, then line.
    public init(issues: [ScenarioIssue]) {
        self.issues = ScenarioIssue.sorted(issues)
    }

    /// Every issue, one per line.
    public var description: String {
        issues.map(\.description).joined(separator: "\n")
    }
}
