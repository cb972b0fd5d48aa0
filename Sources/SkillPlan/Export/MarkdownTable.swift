/// Writes an ``ExportTable`` as a GitHub-flavoured Markdown table: numbers
/// right-aligned and formatted for people, `|` escaped, line breaks as spaces.
enum MarkdownTable {
    /// The table's Markdown, ending with a newline.
    ///
    /// - Parameter table: the table.
    /// - Returns: the header row, the alignment row and a row per record.
    static func render(_ table: ExportTable) -> String {
        render(
            header: table.columns.map(\.label), numeric: table.columns.map(\.kind.isNumeric),
            rows: table.rows.map { $0.values.map(\.humanText) })
    }

    /// A table of text.
    ///
    /// - Parameters:
    ///   - header: the column labels.
    ///   - numeric: per column, whether it is right-aligned.
    ///   - rows: the cells.
    /// - Returns: the Markdown, ending with a newline.
    static func render(header: [String], numeric: [Bool], rows: [[String]]) -> String {
        var lines = ["| " + header.map(cell).joined(separator: " | ") + " |"]
        lines.append("| " + numeric.map { $0 ? "---:" : ":---" }.joined(separator: " | ") + " |")
        for row in rows { lines.append("| " + row.map(cell).joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A cell's text, safe inside a table.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\r\n", with: " ")
            .replacingOccurrences(of: "\n", with: " ")
    }
}
