import Foundation

/// Exports a plan: the entry point of every format.
///
/// ```swift
/// let files = try PlanExporter(language: .en).export(plan, as: .csv)
/// for file in files { try AtomicFile.write(file.data, to: folder + "/" + file.name) }
/// ```
///
/// The same plan always gives the same bytes. CSV, JSON and Markdown leave the plan's
/// run facts (solve time, date, machine) out; the HTML page shows them in its footer.
public struct PlanExporter: Sendable {
    /// The language of titles, labels and names.
    public var language: Language

    /// An exporter writing in a language.
    ///
    /// - Parameter language: `.zh` (the default) or `.en`.
    public init(language: Language = .zh) {
        self.language = language
    }

    /// The files of a plan in a format.
    ///
    /// - Parameters:
    ///   - plan: the plan.
    ///   - format: the format.
    /// - Returns: the files to write, each with its name relative to the output folder.
    /// - Throws: `EncodingError` from the JSON encoder (not expected).
    public func export(_ plan: Plan, as format: ExportFormat) throws -> [ExportFile] {
        let tables = PlanTables(plan, language: language)
        switch format {
        case .csv:
            return CSVExporter().files(tables)
        case .json:
            return [ExportFile(name: JSONExporter.fileName, data: try JSONExporter().data(plan, tables: tables))]
        case .markdown:
            return [
                ExportFile(
                    name: MarkdownExporter.fileName, data: Data(MarkdownExporter().document(plan, tables: tables).utf8))
            ]
        case .html:
            return [
                ExportFile(name: HTMLExporter.fileName, data: Data(HTMLExporter().document(plan, tables: tables).utf8))
            ]
        }
    }
}
