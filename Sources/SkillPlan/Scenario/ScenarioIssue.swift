/// One problem in a scenario's files or values: where it is, what is wrong and what
/// to do about it.
///
/// Its ``description`` is one line a planner can act on:
/// `Data/programmes.csv:12: class_size: is -45, must be > 0 — fix: give the number of students per class`.
public struct ScenarioIssue: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file the problem is in, as the planner would open it (`scenario` for a
    /// scenario built in code).
    public var file: String
    /// The 1-based line in ``file``, when known.
    public var line: Int?
    /// The column or YAML key at fault, when there is one.
    public var field: String?
    /// What is wrong, with the offending value.
    public var message: String
    /// What to do about it.
    public var fix: String

    /// Creates an issue.
    ///
    /// - Parameters:
    ///   - file: the file the problem is in.
    ///   - line: the 1-based line, when known.
    ///   - field: the column or key at fault.
    ///   - message: what is wrong, with the offending value.
    ///   - fix: what to do about it.
    public init(file: String, line: Int? = nil, field: String? = nil, message: String, fix: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
        self.fix = fix
    }

    /// `file:line: field: message — fix: fix`, leaving out what is unknown.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let field { text += "\(field): " }
        return text + message + " — fix: " + fix
    }

    /// Orders issues by file, then line (an issue without a line first), keeping the
    /// order in which they were found otherwise.
    ///
    /// - Parameter issues: the issues in the order they were found.
    /// - Returns: the same issues, sorted.
    public static func sorted(_ issues: [ScenarioIssue]) -> [ScenarioIssue] {
        issues.enumerated().sorted { lhs, rhs in
            if lhs.element.file != rhs.element.file { return lhs.element.file < rhs.element.file }
            let left = lhs.element.line ?? 0, right = rhs.element.line ?? 0
            if left != right { return left < right }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
