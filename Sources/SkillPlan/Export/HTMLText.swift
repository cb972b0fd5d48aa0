/// Text made safe for HTML and SVG, and ids made safe for `id` attributes.
public enum HTMLText {
    /// Escapes `&`, `<`, `>`, `"` and `'`.
    ///
    /// - Parameter text: raw text.
    /// - Returns: text safe in element content and quoted attributes.
    public static func escape(_ text: String) -> String {
        // The five characters are ASCII, so they are replaced byte by byte in the UTF-8
        // (a byte below 0x80 is never part of another character); most texts have none.
        let special: (UInt8) -> Bool = { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }
        guard text.utf8.contains(where: special) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x22: out.append(contentsOf: "&quot;".utf8)
            case 0x27: out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// An id for an `id` attribute: ASCII letters, digits, `-` and `_`; others become `-`.
    ///
    /// - Parameter id: an entity id.
    /// - Returns: the attribute value.
    static func anchor(_ id: String) -> String {
        String(id.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "-" })
    }
}
