import Foundation

/// Writes a plan's tables as one JSON file, `plan-tables.json`, with sorted keys:
///
/// ```json
/// { "language": "en", "scenario": "xingning-2025", "title": "…",
///   "tables": { "teacher-plan": { "title": "Teacher plan",
///       "columns": [ { "id": "group", "label": "Teacher group", "kind": "text" }, … ],
///       "rows": [ { "group": "…", "headcount": 36, … }, … ] }, … } }
/// ```
///
/// Rows are objects keyed by the columns' English ids; labels, titles and names are in
/// the chosen language; numbers are numbers (shares as fractions), an empty cell `null`;
/// an amount people read as words (a target price within the gap, or not settled) keeps
/// its number, with a code beside it (`costSaved` and `costSavedReading`: `settled`,
/// `within-gap`, `not-settled`).
public struct JSONExporter: Sendable {
    /// The file's name.
    public static let fileName = "plan-tables.json"

    /// Creates an exporter.
    public init() {}

    /// The JSON bytes of a plan's tables.
    ///
    /// - Parameters:
    ///   - plan: the plan (for its scenario and title).
    ///   - tables: its tables.
    /// - Returns: the file's bytes.
    /// - Throws: `EncodingError` (not expected).
    public func data(_ plan: Plan, tables: PlanTables) throws -> Data {
        var object: [String: JSONValue] = [:]
        for table in tables.tables { object[table.id.rawValue] = Self.value(of: table) }
        return try JSONValue.object([
            "language": .string(tables.language.rawValue),
            "scenario": .string(plan.scenario),
            "title": .string(tables.language == .zh ? plan.titleZh : plan.titleEn),
            "tables": .object(object),
        ]).encoded()
    }

    /// A table as a JSON object: title, columns and rows.
    static func value(of table: ExportTable) -> JSONValue {
        let columns = table.columns.map { c in
            JSONValue.object(["id": .string(c.id), "label": .string(c.label), "kind": .string(c.kind.rawValue)])
        }
        let rows = table.rows.map { row in
            var object: [String: JSONValue] = [:]
            for (column, value) in zip(table.columns, row.values) {
                object[column.id] = Self.value(of: value)
                if case .reading(_, _, let code) = value { object[column.id + "Reading"] = .string(code) }
            }
            return JSONValue.object(object)
        }
        return .object(["title": .string(table.title), "columns": .array(columns), "rows": .array(rows)])
    }

    /// A cell as a JSON value.
    static func value(of value: ExportValue) -> JSONValue {
        switch value {
        case .text(let s): .string(s)
        case .year(let y): .integer(y)
        case .count(let v), .decimal(let v), .share(let v), .money(let v), .reading(let v, _, _): .numeric(v)
        case .empty: .null
        }
    }
}
