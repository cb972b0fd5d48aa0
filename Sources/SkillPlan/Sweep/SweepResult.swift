import Foundation

/// A solved sweep: one result per point, in grid order, and the tables that show them.
public struct SweepResult: Sendable {
    /// The scenario's name.
    public var scenario: String
    /// The grid.
    public var grid: SweepGrid
    /// The targets, in the scenario's order (the shortfall columns).
    public var targets: [String]
    /// One result per point, in grid order.
    public var points: [SweepPointResult]

    /// Whether the sweep was solved `--like` a reference plan.
    var hasReference: Bool { points.contains { $0.decisionsDiffering != nil } }

    /// The columns of the tables.
    public var header: [String] {
        grid.axes.map(\.field) + ["status", "cost", "objective", "shortfall gap", "cost gap"]
            + (hasReference ? ["decisions differing"] : []) + targets.map { "\($0) shortfall" } + ["note"]
    }

    /// The table's rows, as text.
    public var rows: [[String]] {
        points.map { point in
            var row: [String] = point.values.map(ScenarioWriter.number)
            row.append(point.status)
            row.append(point.cost.map { Self.number($0, places: 0) } ?? "")
            row.append(point.objective.map { Self.number($0, places: 0) } ?? "")
            row.append(point.shortfallGap.map { String(format: "%.4f%%", $0 * 100) } ?? "")
            row.append(point.costGap.map { String(format: "%.4f%%", $0 * 100) } ?? "")
            if hasReference { row.append(point.decisionsDiffering.map(String.init) ?? "") }
            for id in targets { row.append(point.shortfalls[id].map { Self.number($0, places: 2) } ?? "") }
            row.append(point.note)
            return row
        }
    }

    /// `sweep.csv`: UTF-8 with a byte-order mark (for Excel and WPS), one row per point.
    public func csv() -> Data {
        CSVWriter(byteOrderMark: true).data(header: header, rows: rows)
    }

    /// `sweep.md`: a heading, what was varied, and the table.
    public func markdown() -> String {
        var lines = ["# Sweep of \(scenario)", ""]
        for axis in grid.axes {
            lines.append("- `\(axis.field)`: \(axis.values.map(ScenarioWriter.number).joined(separator: ", "))")
        }
        lines += ["", "\(points.count) points; shortfalls are each target's total over its rows, in its own unit (0: met).", ""]
        func escape(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
        lines.append("| " + header.map(escape).joined(separator: " | ") + " |")
        let axes = grid.axes.count
        let alignments = header.indices.map { column -> String in
            let text = column == axes || column == header.count - 1
            return text ? " --- |" : " ---: |"
        }
        lines.append("|" + alignments.joined())
        for row in rows { lines.append("| " + row.map(escape).joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A number with `places` decimals at most, without trailing zeros.
    static func number(_ value: Double, places: Int) -> String {
        var text = String(format: "%.\(places)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }
}
