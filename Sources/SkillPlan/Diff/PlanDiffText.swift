/// A plan diff as aligned text for a terminal: a title, the two scenarios, then each
/// part as a heading and columns two spaces apart (numbers right-aligned, CJK characters
/// counted as two columns, no trailing spaces).
enum PlanDiffText {
    /// The text.
    static func render(_ rows: PlanDiffRows) -> String {
        let terms = rows.terms
        var lines = [rows.title] + rows.sides
        if rows.diff.isEmpty {
            lines += ["", terms[.noChanges] + (terms.language == .zh ? "。" : ".")]
            return lines.joined(separator: "\n") + "\n"
        }
        if !rows.inputRows.isEmpty {
            lines += ["", terms[.inputsChanged] + terms.parenthesised(terms.changeCount(rows.inputRows.count))]
            lines += table(header: rows.inputHeader, numeric: Array(repeating: false, count: 5), rows: rows.inputRows)
        }
        for section in rows.sections {
            lines += ["", section.title + terms.parenthesised(terms.changeCount(section.rows.count))]
            lines += table(header: section.header, numeric: section.numeric, rows: section.rows)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Aligned lines, indented two spaces.
    static func table(header: [String], numeric: [Bool], rows: [[String]]) -> [String] {
        let all = [header] + rows
        let widths = header.indices.map { c in all.map { TextWidth.of($0[c]) }.max() ?? 0 }
        return all.map { cells in
            let padded = cells.enumerated().map { c, text in
                TextWidth.pad(text, to: widths[c], leading: numeric[c])
            }
            var line = "  " + padded.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
