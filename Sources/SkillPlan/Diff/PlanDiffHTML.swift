/// A plan diff as one self-contained HTML page (inline CSS, no script, no network):
/// a title, the two scenarios, then each part as a heading with a table; increases and
/// decreases marked.
enum PlanDiffHTML {
    /// The page, ending with a newline.
    static func render(_ rows: PlanDiffRows) -> String {
        let terms = rows.terms
        var html = """
            <!DOCTYPE html>
            <html lang="\(terms.language == .zh ? "zh-CN" : "en")">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escape(rows.title))</title>
            <style>
            \(HTMLStyle.css)
            table.data td.up { color: \(HTMLStyle.available); }
            table.data td.down { color: \(HTMLStyle.short); }
            </style>
            </head>
            <body>
            <header>
            <h1>\(HTMLText.escape(rows.title))</h1>\n
            """
        html += rows.sides.map { "<p class=\"question\">\(HTMLText.escape($0))</p>\n" }.joined()
        html += "</header>\n<main>\n"
        if rows.diff.isEmpty {
            html += "<p class=\"no-changes\">\(HTMLText.escape(terms[.noChanges]))</p>\n"
        }
        if !rows.inputRows.isEmpty {
            let cells = rows.inputRows.map { $0.map { ($0, String?.none) } }
            html += "<section id=\"inputs\">\n<h2>\(HTMLText.escape(terms[.inputsChanged]))</h2>\n"
                + HTMLTable.render(header: rows.inputHeader.map { ($0, nil) }, rows: cells, id: "inputs") + "</section>\n"
        }
        for section in rows.sections {
            let header = zip(section.header, section.numeric).map { ($0, $1 ? "num" : nil) }
            let cells = zip(section.rows, section.changes).map { row, change in
                row.enumerated().map { index, text -> (String, String?) in
                    guard section.numeric[index] else { return (text, nil) }
                    if index == row.count - 1 { return (text, change.delta > 0 ? "num up" : "num down") }
                    return (text, "num")
                }
            }
            let title = section.title + terms.parenthesised(terms.changeCount(section.rows.count))
            html += "<section id=\"\(section.section.rawValue)\">\n<h2>\(HTMLText.escape(title))</h2>\n"
                + HTMLTable.render(header: header, rows: cells, id: section.section.rawValue) + "</section>\n"
        }
        return html + "</main>\n</body>\n</html>\n"
    }
}
