/// A plan diff as Markdown: a title, the two scenarios, then each part as a heading with
/// a table.
enum PlanDiffMarkdown {
    /// The Markdown, ending with a newline.
    static func render(_ rows: PlanDiffRows) -> String {
        let terms = rows.terms
        var parts = ["# " + MarkdownTable.cell(rows.title) + "\n", rows.sides.map { "- " + MarkdownTable.cell($0) }.joined(separator: "\n") + "\n"]
        if rows.diff.isEmpty {
            parts.append(terms[.noChanges] + (terms.language == .zh ? "。" : ".") + "\n")
            return parts.joined(separator: "\n")
        }
        if !rows.inputRows.isEmpty {
            parts.append("## " + terms[.inputsChanged] + "\n\n"
                + MarkdownTable.render(header: rows.inputHeader, numeric: Array(repeating: false, count: 5), rows: rows.inputRows))
        }
        for section in rows.sections {
            parts.append("## " + section.title + terms.parenthesised(terms.changeCount(section.rows.count)) + "\n\n"
                + MarkdownTable.render(header: section.header, numeric: section.numeric, rows: section.rows))
        }
        return parts.joined(separator: "\n")
    }
}
