/// Every problem found in the given decisions (at least one), in file and line order:
/// each a ``ScenarioIssue`` (`file:line: column: what is wrong — fix: what to do`),
/// whose field is the column as the file names it or the plan file's JSON field.
public struct DecisionErrors: Error, Sendable, CustomStringConvertible {
    /// The problems.
    public var errors: [ScenarioIssue]

    /// The problems found.
    ///
    /// - Parameter errors: the problems, in file and line order.
    public init(errors: [ScenarioIssue]) {
        self.errors = errors
    }

    /// One line per problem.
    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
