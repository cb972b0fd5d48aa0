/// One row of a scenario table before it becomes a value: its cells by column name and
/// where the row was read. Overrides replace cells here, before the row is decoded, so
/// that a bad override value is reported like a bad CSV value, at its YAML line.
struct TableRow: Sendable, Hashable {
    /// The cells by column name (only the table's known columns).
    var cells: [String: TableCell]
    /// Where the row was read.
    var location: SourceLocation
    /// Required columns the table's header lacks (already reported once for the file,
    /// so an empty value there is not reported again for every row).
    var missingColumns: Set<String> = []

    /// The trimmed text of `column`; empty when the column is absent.
    func text(_ column: String) -> String {
        cells[column]?.text ?? ""
    }

    /// Where `column`'s value was read: the cell's own place, else the row's.
    func location(of column: String) -> SourceLocation {
        cells[column]?.location ?? location
    }
}
