/// Writes an ``ExportTable`` as an HTML table: a header row, numbers right-aligned and
/// formatted for people, a met or short status coloured.
enum HTMLTable {
    /// The table's HTML.
    ///
    /// - Parameters:
    ///   - table: the table.
    ///   - terms: the labels of the table's language (to recognise statuses).
    ///   - cssClass: an extra class of the `<table>` element.
    /// - Returns: the `<table>` element and a newline.
    static func render(_ table: ExportTable, terms: Terms, cssClass: String? = nil) -> String {
        let statusColumn = table.column("status")
        let cells = table.rows.map { row in
            row.values.enumerated().map { index, value -> (String, String?) in
                let text = value.humanText
                var cls: String? = index < table.columns.count && table.columns[index].kind.isNumeric ? "num" : nil
                if index == statusColumn {
                    if text == terms[.met] { cls = "met" } else if text == terms[.short] { cls = "short" }
                }
                return (text, cls)
            }
        }
        return render(
            header: table.columns.map { ($0.label, $0.kind.isNumeric ? "num" : nil) }, rows: cells,
            id: table.id.rawValue, cssClass: cssClass)
    }

    /// A table of text cells, each with an optional class.
    ///
    /// - Parameters:
    ///   - header: the column labels and classes.
    ///   - rows: the cells and their classes.
    ///   - id: the table's `data-table` attribute.
    ///   - cssClass: an extra class of the `<table>` element.
    /// - Returns: the `<table>` element and a newline.
    static func render(header: [(String, String?)], rows: [[(String, String?)]], id: String, cssClass: String? = nil)
        -> String
    {
        func cell(_ tag: String, _ content: (String, String?)) -> String {
            let cls = content.1.map { " class=\"\($0)\"" } ?? ""
            return "<\(tag)\(cls)>\(HTMLText.escape(content.0))</\(tag)>"
        }
        // The numeric columns at the end of the row are right-aligned by one class on the
        // table (`nf5`: from the 5th column on, HTMLStyle) instead of a class on each of
        // their cells: the baseline's plan page carried 6,676 `class="num"` (73 KB).
        var trailing = header.count
        while trailing > 0, header[trailing - 1].1 == "num" { trailing -= 1 }
        let byTable = trailing < header.count && trailing < HTMLStyle.numericFromColumns
        var classes = ["data"] + (cssClass.map { [$0] } ?? [])
        if byTable { classes.append("nf\(trailing + 1)") }
        var html =
            "<table class=\"\(classes.joined(separator: " "))\" data-table=\"\(HTMLText.escape(id))\">\n<thead><tr>"
        html += header.map { cell("th", $0) }.joined()
        html += "</tr></thead>\n<tbody>\n"
        for row in rows {
            html += "<tr>"
            for (index, content) in row.enumerated() {
                html += cell("td", byTable && index >= trailing && content.1 == "num" ? (content.0, nil) : content)
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n"
        return html
    }
}
