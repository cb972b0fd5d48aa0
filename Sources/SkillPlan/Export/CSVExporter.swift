import Foundation

/// Writes each table of a plan as a CSV file named after the table's English id
/// (`curriculum-plan.csv`, …): RFC 4180, CRLF line ends, UTF-8 with a byte-order mark so
/// that Excel and WPS show Chinese correctly, headers in the tables' language, numbers
/// plain (no digit grouping, shares as fractions).
public struct CSVExporter: Sendable {
    /// Creates an exporter.
    public init() {}

    /// One file per table, in ``PlanTableID`` order.
    ///
    /// - Parameter tables: the plan's tables.
    /// - Returns: the files.
    public func files(_ tables: PlanTables) -> [ExportFile] {
        tables.tables.map(file)
    }

    /// One table as a CSV file.
    ///
    /// - Parameter table: the table.
    /// - Returns: the file, named `<id>.csv`.
    public func file(_ table: ExportTable) -> ExportFile {
        let writer = CSVWriter(byteOrderMark: true)
        let data = writer.data(header: table.columns.map(\.label), rows: table.rows.map { $0.values.map(\.plainText) })
        return ExportFile(name: table.id.rawValue + ".csv", data: data)
    }
}
