/// Text made safe for HTML and SVG, and ids made safe for `id` attributes.
enum HTMLText {
    /// Escapes `&`, `<`, `>`, `"` and `'`.
    ///
    /// - Parameter text: raw text.
    /// - Returns: text safe in element content and quoted attributes.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    /// An id for an `id` attribute: ASCII letters, digits, `-` and `_`; others become `-`.
    ///
    /// - Parameter id: an entity id.
    /// - Returns: the attribute value.
    static func anchor(_ id: String) -> String {
        String(id.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "-" })
    }
}
