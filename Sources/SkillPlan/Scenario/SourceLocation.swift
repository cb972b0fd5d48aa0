/// A place in a scenario's files: a file and, when known, a 1-based line.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file, as the planner would open it.
    public var file: String
    /// The 1-based line, when known.
    public var line: Int?

    /// Creates a location.
    ///
    /// - Parameters:
    ///   - file: the file.
    ///   - line: the 1-based line, when known.
    public init(file: String, line: Int? = nil) {
        self.file = file
        self.line = line
    }

    /// `file:line`, or `file` when the line is unknown.
    public var description: String {
        line.map { "\(file):\($0)" } ?? file
    }
}
