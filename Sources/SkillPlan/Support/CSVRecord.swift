/// One record (row) of a CSV file and the line it starts on.
public struct CSVRecord: Sendable, Hashable {
    /// The 1-based line of the file where the record starts (a quoted field may run
    /// over several lines).
    public var line: Int
    /// The fields, unquoted.
    public var fields: [String]

    /// Creates a record.
    ///
    /// - Parameters:
    ///   - line: the 1-based line where it starts.
    ///   - fields: the unquoted fields.
    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}
