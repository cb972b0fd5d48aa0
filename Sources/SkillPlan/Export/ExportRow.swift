/// A row of an ``ExportTable``: its cells, one per column, and the school it belongs
/// to, so that a document can put it under that school's heading.
public struct ExportRow: Sendable, Hashable {
    /// The id of the school the row belongs to, or `nil` for a city-wide row.
    public var school: String?
    /// The cells, one per column.
    public var values: [ExportValue]

    /// Creates a row.
    ///
    /// - Parameters:
    ///   - school: the school's id, or `nil`.
    ///   - values: the cells, one per column.
    public init(school: String? = nil, values: [ExportValue]) {
        self.school = school
        self.values = values
    }
}
