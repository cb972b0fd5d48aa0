import Foundation

/// Writes RFC 4180 CSV: fields quoted where needed, quotes doubled, CRLF line ends and,
/// optionally, a UTF-8 byte-order mark so that Excel and WPS open Chinese text
/// correctly.
///
/// What it writes, ``CSVTable`` reads back unchanged (a first field starting with `#`
/// is quoted so that it is not taken for a comment).
///
/// Kept rather than taken from a package: the byte-order mark, CRLF and the quoting of
/// a leading `#` are what Excel, WPS and our own reader need, and no installed CSV
/// package writes all three.
public struct CSVWriter: Sendable, Hashable {
    /// Whether the output starts with the UTF-8 byte-order mark `EF BB BF`.
    public var byteOrderMark: Bool

    /// Creates a writer.
    ///
    /// - Parameter byteOrderMark: whether to start the output with a UTF-8 byte-order mark.
    public init(byteOrderMark: Bool = false) {
        self.byteOrderMark = byteOrderMark
    }

    /// One field, quoted when it holds a comma, a quote, a line break or leading or
    /// trailing spaces.
    ///
    /// - Parameter value: the field's text.
    /// - Returns: the text as it goes in the file.
    public static func field(_ value: String) -> String {
        let needsQuotes =
            value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || value.first?.isWhitespace == true || value.last?.isWhitespace == true
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One record with its CRLF line end.
    ///
    /// - Parameter fields: the record's fields.
    /// - Returns: the record's text.
    public static func line(_ fields: [String]) -> String {
        var written = fields.map(field)
        if let first = fields.first, first.hasPrefix("#"), written[0] == first {
            written[0] = "\"" + first + "\""
        }
        // A lone empty field or all-empty fields would read back as a blank line.
        if !fields.isEmpty, fields.allSatisfy(\.isEmpty) {
            written[0] = "\"\""
        }
        return written.joined(separator: ",") + "\r\n"
    }

    /// A whole table as text (without the byte-order mark).
    ///
    /// - Parameters:
    ///   - header: the column names.
    ///   - rows: the records, each with one field per column.
    /// - Returns: the CSV text.
    public func string(header: [String], rows: [[String]]) -> String {
        var text = CSVWriter.line(header)
        for row in rows { text += CSVWriter.line(row) }
        return text
    }

    /// A whole table as the bytes of a file, with the byte-order mark if asked for.
    ///
    /// - Parameters:
    ///   - header: the column names.
    ///   - rows: the records, each with one field per column.
    /// - Returns: the file's bytes.
    public func data(header: [String], rows: [[String]]) -> Data {
        var data = Data()
        if byteOrderMark { data.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        data.append(contentsOf: Array(string(header: header, rows: rows).utf8))
        return data
    }
}
