import Foundation

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

    /// Orders issues so that causes come before their consequences: the scenario file
    /// first (its settings and overrides shape every table), then the tables in the
    /// order they depend on each other (schools, levels, teacher groups, leavers,
    /// programmes, initial students, applicants, curricula, targets, target_external),
    /// then any other file by name; within a file by line (an issue without a line
    /// first), keeping the order in which they were found otherwise. An unknown school in
    /// programmes.csv is so reported before the curriculum rows it puts in the wrong school.
    ///
    /// - Parameter issues: the issues in the order they were found.
    /// - Returns: the same issues, sorted.
    public static func sorted(_ issues: [ScenarioIssue]) -> [ScenarioIssue] {
        issues.enumerated().sorted { lhs, rhs in
            let leftRank = rank(of: lhs.element.file), rightRank = rank(of: rhs.element.file)
            if leftRank != rightRank { return leftRank < rightRank }
            if lhs.element.file != rhs.element.file { return lhs.element.file < rhs.element.file }
            let left = lhs.element.line ?? 0, right = rhs.element.line ?? 0
            if left != right { return left < right }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// Where a file's issues come in ``sorted(_:)``: 0 for the scenario file (and the
    /// command line's `--vary`), then each table by its place in
    /// ``ScenarioTableSchema/all``, then every other file.
    static func rank(of file: String) -> Int {
        let name = (file as NSString).lastPathComponent
        if name.hasSuffix(".yaml") || name.hasSuffix(".yml") || !name.contains(".") { return 0 }
        if let index = ScenarioTableSchema.all.firstIndex(where: { $0.file == name }) { return 1 + index }
        return 1 + ScenarioTableSchema.all.count
    }
}
