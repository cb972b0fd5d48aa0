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
        return render(header: table.columns.map { ($0.label, $0.kind.isNumeric ? "num" : nil) }, rows: cells,
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
    static func render(header: [(String, String?)], rows: [[(String, String?)]], id: String, cssClass: String? = nil) -> String {
        func cell(_ tag: String, _ content: (String, String?)) -> String {
            let cls = content.1.map { " class=\"\($0)\"" } ?? ""
            return "<\(tag)\(cls)>\(HTMLText.escape(content.0))</\(tag)>"
        }
        let classes = ["data"] + (cssClass.map { [$0] } ?? [])
        var html = "<table class=\"\(classes.joined(separator: " "))\" data-table=\"\(HTMLText.escape(id))\">\n<thead><tr>"
        html += header.map { cell("th", $0) }.joined()
        html += "</tr></thead>\n<tbody>\n"
        for row in rows { html += "<tr>" + row.map { cell("td", $0) }.joined() + "</tr>\n" }
        html += "</tbody>\n</table>\n"
        return html
    }
}
