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
    /// What is wrong and what to do, in Chinese, for a Chinese run (the scenario's
    /// files and values, the given decisions of `evaluate`, the CSV reader's problems,
    /// the workbench's forms); `nil` where the problem is worded in English only.
    public var zh: (message: String, fix: String)? {
        get { messageZh.map { ($0, fixZh ?? fix) } }
        set {
            messageZh = newValue?.message
            fixZh = newValue?.fix
        }
    }
    private var messageZh: String?
    private var fixZh: String?

    /// Creates an issue.
    ///
    /// - Parameters:
    ///   - file: the file the problem is in.
    ///   - line: the 1-based line, when known.
    ///   - field: the column or key at fault.
    ///   - message: what is wrong, with the offending value.
    ///   - fix: what to do about it.
    ///   - zh: the message and the fix in Chinese, when the problem is worded in both.
    public init(
        file: String, line: Int? = nil, field: String? = nil, message: String, fix: String,
        zh: (message: String, fix: String)? = nil
    ) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
        self.fix = fix
        self.zh = zh
    }

    /// The field named for a header column without a name.
    static let emptyColumnName = "(empty column name)"

    /// `file:line: field: message — fix: fix`, leaving out what is unknown.
    public var description: String {
        description(in: .en)
    }

    /// Whether the problem is worded in a language (English always, Chinese where
    /// ``zh`` is given).
    ///
    /// - Parameter language: the language.
    /// - Returns: whether ``description(in:)`` speaks it.
    public func isWorded(in language: Language) -> Bool {
        language == .en || messageZh != nil
    }

    /// The line in a language: `file:line: field: message — fix: fix`, or in Chinese
    /// `file:line: field：message — 修改：fix`; in English where the problem has no
    /// Chinese wording (``isWorded(in:)``).
    ///
    /// - Parameter language: the language.
    /// - Returns: the line.
    public func description(in language: Language) -> String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if language == .zh, let zh {
            if let field { text += "\(field == Self.emptyColumnName ? "（空列名）" : field)：" }
            return text + zh.message + " — 修改：" + zh.fix
        }
        if let field { text += "\(field): " }
        return text + message + " — fix: " + fix
    }

    /// What is wrong and what to do, without the place: `message — fix: fix`, or in
    /// Chinese `message — 修改：fix` (in English where the problem has no Chinese
    /// wording). The workbench shows it beside the form field at fault.
    ///
    /// - Parameter language: the language.
    /// - Returns: the problem and its fix.
    public func problem(in language: Language) -> String {
        if language == .zh, let zh { return zh.message + " — 修改：" + zh.fix }
        return message + " — fix: " + fix
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
