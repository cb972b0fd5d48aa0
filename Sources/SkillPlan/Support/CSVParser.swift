import Foundation

/// Splits RFC 4180 text into records, keeping each record's first line.
///
/// Works on UTF-8 bytes: the quote, comma, CR and LF are ASCII and never occur inside
/// a multi-byte sequence. Accepts CRLF, LF and CR line ends and a leading byte-order
/// mark. Skips blank lines, rows whose fields are all empty and lines whose first
/// field starts with an unquoted `#`. Reports an unterminated quoted field, text after
/// a closing quote and invalid UTF-8, and carries on where it can.
///
/// Kept rather than taken from a package: neither CSV.swift nor SwiftCSV reports the
/// line a bad record starts on, and CSV.swift accepts an unclosed quote; the data files'
/// errors name the file, the line and the fix.
struct CSVParser {
    /// The file name used in issues.
    let file: String

    /// The fix of a file that is not UTF-8, in Chinese.
    static let saveAsUTF8Zh = "将文件另存为 UTF-8（Excel：另存为 → CSV UTF-8；WPS：选择 UTF-8 编码）"

    private enum ByteValue {
        static let quote: UInt8 = 0x22
        static let comma: UInt8 = 0x2C
        static let carriageReturn: UInt8 = 0x0D
        static let lineFeed: UInt8 = 0x0A
        static let hash: UInt8 = 0x23
    }

    /// Parses `data` into records, with the issues found on the way.
    func records(from data: Data) -> (records: [CSVRecord], issues: [ScenarioIssue]) {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var issues: [ScenarioIssue] = []
        // UTF-16 (Excel's "Unicode text") has a NUL byte in every ASCII character: one
        // issue for the file, not one per line with the NULs in it.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.contains(0) {
            let utf16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
            let line = utf16 ? 1 : 1 + bytes.prefix(while: { $0 != 0 }).filter { $0 == ByteValue.lineFeed }.count
            return (
                [],
                [
                    ScenarioIssue(
                        file: file, line: line,
                        message: utf16
                            ? "is UTF-16 text, not UTF-8"
                            : "holds a NUL byte, so it is not text (UTF-16 or a binary file?)",
                        fix: "save the file as UTF-8 (in Excel: Save As → CSV UTF-8; in WPS: choose UTF-8 encoding)",
                        zh: (utf16 ? "是 UTF-16 文本，不是 UTF-8" : "含有 NUL 字节，不是文本（UTF-16 或二进制文件？）", Self.saveAsUTF8Zh))
                ]
            )
        }
        if let badLine = firstInvalidUTF8Line(bytes) {
            issues.append(
                ScenarioIssue(
                    file: file, line: badLine, message: "is not valid UTF-8 text",
                    fix: "save the file as UTF-8 (in Excel: Save As → CSV UTF-8; in WPS: choose UTF-8 encoding)",
                    zh: ("不是有效的 UTF-8 文本", Self.saveAsUTF8Zh)))
        }
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var anyQuoted = false
        var firstFieldQuoted = false
        var line = 1
        var recordLine = 1
        var index = 0
        let count = bytes.count

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        func endRecord() {
            endField()
            let isBlank = !anyQuoted && fields.allSatisfy { $0.trimmedWhitespace().isEmpty }
            let isComment = !firstFieldQuoted && (fields.first.map { $0.hasPrefix("#") } ?? false)
            if !isBlank && !isComment {
                records.append(CSVRecord(line: recordLine, fields: fields))
            }
            fields.removeAll(keepingCapacity: true)
            anyQuoted = false
            firstFieldQuoted = false
        }

        while index < count {
            // Start of a field.
            if field.isEmpty && bytes[index] == ByteValue.quote {
                if fields.isEmpty { firstFieldQuoted = true }
                anyQuoted = true
                let quoteLine = line
                index += 1
                var closed = false
                while index < count {
                    let byte = bytes[index]
                    if byte == ByteValue.quote {
                        if index + 1 < count && bytes[index + 1] == ByteValue.quote {
                            field.append(ByteValue.quote)
                            index += 2
                            continue
                        }
                        closed = true
                        index += 1
                        break
                    }
                    if byte == ByteValue.lineFeed
                        || (byte == ByteValue.carriageReturn
                            && !(index + 1 < count && bytes[index + 1] == ByteValue.lineFeed))
                    {
                        line += 1
                    }
                    field.append(byte)
                    index += 1
                }
                if !closed {
                    issues.append(
                        ScenarioIssue(
                            file: file, line: quoteLine,
                            message: "a quoted field is never closed (a \" is missing)",
                            fix: "close the quoted field with \", and write a \" inside a quoted field as \"\"",
                            zh: ("带引号的字段没有结束（缺少一个 \"）", "用 \" 结束该字段；字段内的 \" 写作 \"\"")))
                    // Drop the half-read record: the rest of the file was swallowed by the quote.
                    return (records, issues)
                }
                // After a closing quote: a comma, a line end or the end of the file.
                if index < count, bytes[index] != ByteValue.comma, bytes[index] != ByteValue.lineFeed,
                    bytes[index] != ByteValue.carriageReturn
                {
                    issues.append(
                        ScenarioIssue(
                            file: file, line: line,
                            message: "text follows a closing quote",
                            fix: "put the whole field in quotes and double every \" inside it (\"\")",
                            zh: ("结束引号后还有文字", "把整个字段放在引号内，字段内的每个 \" 写两次（\"\"）")))
                    while index < count, bytes[index] != ByteValue.comma, bytes[index] != ByteValue.lineFeed,
                        bytes[index] != ByteValue.carriageReturn
                    {
                        field.append(bytes[index])
                        index += 1
                    }
                }
                continue
            }
            let byte = bytes[index]
            switch byte {
            case ByteValue.comma:
                endField()
                index += 1
            case ByteValue.carriageReturn, ByteValue.lineFeed:
                endRecord()
                if byte == ByteValue.carriageReturn, index + 1 < count, bytes[index + 1] == ByteValue.lineFeed {
                    index += 1
                }
                index += 1
                line += 1
                recordLine = line
            default:
                field.append(byte)
                index += 1
            }
        }
        if !fields.isEmpty || !field.isEmpty || anyQuoted {
            endRecord()
        }
        return (records, issues)
    }

    /// The 1-based line of the first byte that is not valid UTF-8, or `nil`.
    private func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var line = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1 }
            case .emptyInput:
                return nil
            case .error:
                return line
            }
        }
    }
}
