/// Text made safe for HTML and SVG, and ids made safe for `id` attributes.
public enum HTMLText {
    /// The start of a self-contained page: doctype, language, title, the house style
    /// (and `extraCSS`), up to the open `<body>`.
    static func pageStart(title: String, language: Language, extraCSS: String = "") -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language == .zh ? "zh-CN" : "en")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>
        \(HTMLStyle.css)\(extraCSS.isEmpty ? "" : "\n" + extraCSS)
        </style>
        </head>
        <body>

        """
    }

    /// Escapes `&`, `<`, `>`, `"` and `'`.
    ///
    /// - Parameter text: raw text.
    /// - Returns: text safe in element content and quoted attributes.
    public static func escape(_ text: String) -> String {
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
