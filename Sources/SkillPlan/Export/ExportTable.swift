/// A table of a plan, ready for any format: an English id (the CSV file name), a title
/// and column labels in one language, typed columns and rows.
public struct ExportTable: Sendable, Hashable {
    /// Which table it is.
    public var id: PlanTableID
    /// The title in the table's language.
    public var title: String
    /// The columns.
    public var columns: [ExportColumn]
    /// The rows, in the plan's order (school, year, catalogue order).
    public var rows: [ExportRow]

    /// Creates a table.
    ///
    /// - Parameters:
    ///   - id: which table.
    ///   - title: its title.
    ///   - columns: its columns.
    ///   - rows: its rows, each with one value per column.
    public init(id: PlanTableID, title: String, columns: [ExportColumn], rows: [ExportRow]) {
        self.id = id
        self.title = title
        self.columns = columns
        self.rows = rows
    }

    /// The position of the column with an id, or `nil`.
    ///
    /// - Parameter id: the column's English id.
    /// - Returns: its index.
    public func column(_ id: String) -> Int? {
        columns.firstIndex { $0.id == id }
    }

    /// The rows of one school (`nil`: the city-wide rows).
    ///
    /// - Parameter school: a school id.
    /// - Returns: the rows whose ``ExportRow/school`` is `school`.
    public func rows(of school: String?) -> [ExportRow] {
        rows.filter { $0.school == school }
    }

    /// The table without the `school` column: for a document that puts each school's
    /// rows under its own heading.
    public var withoutSchoolColumn: ExportTable {
        guard let index = column("school") else { return self }
        var table = self
        table.columns.remove(at: index)
        table.rows = rows.map { row in
            var row = row
            if index < row.values.count { row.values.remove(at: index) }
            return row
        }
        return table
    }

    /// The table without the columns that are empty in every row: for a school's section
    /// of a document, where a column may not apply (short courses at a school without
    /// them, a fourth year of study).
    public var withoutEmptyColumns: ExportTable {
        let kept = columns.indices.filter { c in rows.contains { c < $0.values.count && $0.values[c] != .empty } }
        guard kept.count < columns.count, !rows.isEmpty else { return self }
        var table = self
        table.columns = kept.map { columns[$0] }
        table.rows = rows.map { row in
            var row = row
            row.values = kept.map { $0 < row.values.count ? row.values[$0] : .empty }
            return row
        }
        return table
    }
}
