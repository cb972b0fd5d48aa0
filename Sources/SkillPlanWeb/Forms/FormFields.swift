import Foundation

/// The fields of a form sent as `application/x-www-form-urlencoded`, or of a query
/// string, in order (a name may repeat, as checkboxes do).
struct FormFields: Sendable {
    /// The fields, in order.
    var pairs: [(name: String, value: String)]

    /// Fields parsed from `a=1&b=x+y` (`+` is a space, `%XX` a byte of UTF-8).
    init(urlEncoded text: String) {
        pairs = text.split(separator: "&", omittingEmptySubsequences: true).map { part in
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(pieces[0])
            let value = pieces.count > 1 ? Self.decode(pieces[1]) : ""
            return (name, value)
        }
    }

    /// Fields from name–value pairs.
    init(pairs: [(name: String, value: String)]) {
        self.pairs = pairs
    }

    /// The first value of a field.
    subscript(_ name: String) -> String? {
        pairs.first { $0.name == name }?.value
    }

    /// Every value of a field.
    func all(_ name: String) -> [String] {
        pairs.filter { $0.name == name }.map(\.value)
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}

/// One part of a `multipart/form-data` body.
struct MultipartPart: Sendable {
    /// The field's name.
    var name: String
    /// The file name the browser gave, for a file.
    var fileName: String?
    /// The bytes.
    var data: Data

    /// The bytes as text (UTF-8).
    var text: String { String(decoding: data, as: UTF8.self) }
}

/// A `multipart/form-data` body (RFC 7578), as browsers send forms with files.
struct MultipartForm: Sendable {
    /// The parts, in order.
    var parts: [MultipartPart]

    /// Parses a body.
    ///
    /// - Parameters:
    ///   - body: the bytes.
    ///   - contentType: the request's `Content-Type` (holds the boundary).
    /// - Returns: `nil` when the body is not well-formed multipart.
    init?(body: Data, contentType: String) {
        guard let range = contentType.range(of: "boundary=") else { return nil }
        var boundary = String(contentType[range.upperBound...])
        if let end = boundary.firstIndex(of: ";") { boundary = String(boundary[..<end]) }
        boundary = boundary.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
        guard !boundary.isEmpty else { return nil }
        let delimiter = Data(("--" + boundary).utf8)
        var parts: [MultipartPart] = []
        guard var cursor = body.range(of: delimiter)?.upperBound else { return nil }
        let crlf = Data("\r\n".utf8), headerEnd = Data("\r\n\r\n".utf8)
        while true {
            // After a delimiter: "--" ends the body, else CRLF and a part.
            if body[cursor...].starts(with: Data("--".utf8)) { break }
            guard body[cursor...].starts(with: crlf) else { return nil }
            cursor += 2
            guard let headersEnd = body.range(of: headerEnd, in: cursor..<body.endIndex) else { return nil }
            let headers = String(decoding: body[cursor..<headersEnd.lowerBound], as: UTF8.self)
            let contentStart = headersEnd.upperBound
            guard let next = body.range(of: crlf + delimiter, in: contentStart..<body.endIndex) else { return nil }
            var name: String?
            var fileName: String?
            for line in headers.components(separatedBy: "\r\n")
            where line.lowercased().hasPrefix("content-disposition:") {
                name = Self.parameter("name", in: line)
                fileName = Self.parameter("filename", in: line)
            }
            if let name {
                parts.append(
                    MultipartPart(name: name, fileName: fileName, data: Data(body[contentStart..<next.lowerBound])))
            }
            cursor = next.upperBound
        }
        self.parts = parts
    }

    /// The first part of a name.
    subscript(_ name: String) -> MultipartPart? {
        parts.first { $0.name == name }
    }

    /// The parts as form fields (files as their text).
    var fields: FormFields {
        FormFields(pairs: parts.filter { $0.fileName == nil }.map { ($0.name, $0.text) })
    }

    /// A `key="value"` parameter of a header line.
    private static func parameter(_ key: String, in line: String) -> String? {
        for piece in line.split(separator: ";") {
            let trimmed = piece.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix(key + "=") else { continue }
            var value = String(trimmed.dropFirst(key.count + 1))
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            return value
        }
        return nil
    }
}
