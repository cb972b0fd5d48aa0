/// A cell, row or file of given decisions that cannot be read, as
/// `file:line: column: what is wrong — fix: what to do`.
public struct DecisionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file.
    public var file: String
    /// The 1-based line, when the problem is on one.
    public var line: Int?
    /// The column (as the file names it) or the JSON field, when the problem is in one.
    public var column: String?
    /// What is wrong.
    public var message: String
    /// What to do.
    public var fix: String

    /// An error.
    public init(file: String, line: Int? = nil, column: String? = nil, message: String, fix: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.fix = fix
    }

    /// `file:line: column: message — fix: fix`.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let column { text += "\(column): " }
        return text + "\(message) — fix: \(fix)"
    }
}

/// Every problem found in the given decisions (at least one), in file and line order.
public struct DecisionErrors: Error, Sendable, CustomStringConvertible {
    /// The problems.
    public var errors: [DecisionError]

    /// One line per problem.
    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
