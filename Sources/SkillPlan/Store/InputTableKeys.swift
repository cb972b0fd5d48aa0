/// The columns that identify a row of each input table, for comparing two versions'
/// inputs row by row. Tables with an `id` column use it; the others use the key of
/// docs/data-format.md; an unknown table uses its first column.
enum InputTableKeys {
    /// The key columns of the tables without an `id` column.
    static let composite: [String: [String]] = [
        "teacher_leavers": ["group", "year"],
        "initial_students": ["programme", "level", "year_of_study"],
        "applicants": ["programme", "level", "year"],
        "curricula": ["programme", "level", "module", "year_of_study"],
        "target_external": ["target", "year", "field"],
    ]

    /// The key columns of `table`, given its header.
    ///
    /// - Parameters:
    ///   - table: the table's name (the file name without `.csv`).
    ///   - header: its column names.
    /// - Returns: the columns whose values, joined by `/`, identify a row.
    static func columns(of table: String, header: [String]) -> [String] {
        if header.contains("id") { return ["id"] }
        if let key = composite[table], key.allSatisfy(header.contains) { return key }
        return Array(header.prefix(1))
    }
}
