import Foundation

/// A CSV table (RFC 4180) with a header row: the column names and the records below
/// them, each with the line it starts on.
///
/// Reading accepts a UTF-8 byte-order mark, CRLF or LF line ends, quoted fields with
/// doubled quotes and embedded line breaks, and skips blank lines and lines whose first
/// field starts with `#`. Malformed input (an unterminated quote, a row with a
/// different number of fields than the header, invalid UTF-8) is reported as
/// ``ScenarioIssue``s naming the file and line.
public struct CSVTable: Sendable, Hashable {
    /// The file name used in issues.
    public var file: String
    /// The column names, as written in the header (trimmed of spaces).
    public var header: [String]
    /// The 1-based line of the header row (0 for an empty file).
    public var headerLine: Int
    /// The records below the header that have as many fields as the header.
    public var records: [CSVRecord]

    /// Creates a table from its parts.
    ///
    /// - Parameters:
    ///   - file: the file name used in issues.
    ///   - header: the column names.
    ///   - headerLine: the 1-based line of the header.
    ///   - records: the records below it.
    public init(file: String, header: [String], headerLine: Int = 1, records: [CSVRecord]) {
        self.file = file
        self.header = header
        self.headerLine = headerLine
        self.records = records
    }

    /// Reads a table, throwing every problem found.
    ///
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - file: the file name used in issues.
    /// - Throws: ``ScenarioError`` listing every malformed part of the file.
    public init(parsing data: Data, file: String) throws {
        let (table, issues) = CSVTable.read(data, file: file)
        if !issues.isEmpty { throw ScenarioError(issues: issues) }
        self = table
    }

    /// Reads as much of a table as can be read, with the problems found on the way.
    ///
    /// A row with the wrong number of fields is left out of ``records`` and reported;
    /// an unterminated quote ends the table at the record where it opens.
    ///
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - file: the file name used in issues.
    /// - Returns: the table and the issues (empty when the file is well formed).
    public static func read(_ data: Data, file: String) -> (table: CSVTable, issues: [ScenarioIssue]) {
        var (records, issues) = CSVParser(file: file).records(from: data)
        guard !records.isEmpty else {
            return (CSVTable(file: file, header: [], headerLine: 0, records: []), issues)
        }
        let headerRecord = records.removeFirst()
        let header = headerRecord.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        var kept: [CSVRecord] = []
        kept.reserveCapacity(records.count)
        for record in records {
            if record.fields.count == header.count {
                kept.append(record)
            } else {
                issues.append(
                    ScenarioIssue(
                        file: file, line: record.line,
                        message: "has \(record.fields.count) fields, the header has \(header.count)",
                        fix: "give the row one value per column (quote a value that holds a comma)",
                        zh: (
                            "有 \(record.fields.count) 个字段，表头有 \(header.count) 个",
                            "每列填一个值（含逗号的值用引号括起）"
                        )))
            }
        }
        return (CSVTable(file: file, header: header, headerLine: headerRecord.line, records: kept), issues)
    }

    /// The position of the column named `name`, or `nil`.
    ///
    /// - Parameter name: a column name.
    /// - Returns: its index in ``header``.
    public func column(_ name: String) -> Int? {
        header.firstIndex(of: name)
    }

    /// The records as dictionaries from column name to value.
    public var rowsByColumn: [[String: String]] {
        records.map { record in
            var row: [String: String] = [:]
            for (name, value) in zip(header, record.fields) where row[name] == nil { row[name] = value }
            return row
        }
    }
}
