/// Reads back the HTML page the exporter writes: its tags, its charts and the cells of
/// its tables (one `<tr>` a line, as the exporter writes them).
struct HTMLStructure {
    /// The page.
    let html: String

    /// Tags that have no end tag.
    static let voidTags: Set<String> = ["meta", "br", "hr", "img", "link", "input"]

    /// The problems with the nesting of tags, empty when every tag is closed in order.
    var nestingProblems: [String] {
        var stack: [String] = []
        var problems: [String] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else {
                problems.append("unclosed '<'")
                break
            }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("!") { continue }
            let selfClosing = tag.hasSuffix("/")
            let name = tag.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "\n" }).first.map(String.init) ?? ""
            if tag.hasPrefix("/") {
                let closing = String(tag.dropFirst())
                if stack.last == closing {
                    stack.removeLast()
                } else {
                    problems.append("</\(closing)> closes <\(stack.last ?? "nothing")>")
                }
            } else if !selfClosing && !Self.voidTags.contains(name) {
                stack.append(name)
            }
        }
        return problems + stack.map { "<\($0)> never closed" }
    }

    /// How often a string occurs.
    func count(_ needle: String) -> Int {
        html.components(separatedBy: needle).count - 1
    }

    /// The HTML of a section (`<section … id="id">` to its `</section>`).
    func section(_ id: String) -> HTMLStructure? {
        guard let start = html.range(of: "id=\"\(id)\">"), let end = html[start.upperBound...].range(of: "</section>")
        else { return nil }
        return HTMLStructure(html: String(html[start.upperBound..<end.lowerBound]))
    }

    /// The text of the cells of every body row of the table with a `data-table` id.
    func rows(ofTable id: String) -> [[String]] {
        guard let start = html.range(of: "data-table=\"\(id)\""),
            let end = html[start.upperBound...].range(of: "</table>")
        else { return [] }
        let body = html[start.upperBound..<end.lowerBound]
        return body.split(separator: "\n").filter { $0.hasPrefix("<tr><td") }.map { line in
            line.components(separatedBy: "</td>").dropLast().map { cell in
                let text = cell.components(separatedBy: ">").last ?? ""
                return text.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
                    .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
                    .replacingOccurrences(of: "&#39;", with: "'")
            }
        }
    }
}
