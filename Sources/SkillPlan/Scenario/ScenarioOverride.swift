/// One value set by a scenario file's `overrides:` (table → id or `*` → column → value).
struct ScenarioOverride: Sendable, Hashable {
    /// The table, e.g. `teacher_groups`.
    var table: String
    /// Where the table is named.
    var tableLocation: SourceLocation
    /// The id of the row, or `*` for every row.
    var id: String
    /// Where the id is named.
    var idLocation: SourceLocation
    /// The column set.
    var column: String
    /// Where the column is named.
    var columnLocation: SourceLocation
    /// The new value, as text in the format of the CSV tables.
    var value: String
    /// Where the value is written.
    var valueLocation: SourceLocation
}
