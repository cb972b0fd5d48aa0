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
    public var header: [String] { header(in: .standard) }

    /// The column names in a language (the varied fields and target ids stay as they are
    /// written in the scenario).
    public func header(in language: Language) -> [String] {
        guard language == .zh else {
            return grid.axes.map(\.field) + ["status", "cost", "objective", "shortfall gap", "cost gap"]
                + (hasReference ? ["decisions differing"] : []) + targets.map { "\($0) shortfall" } + ["note"]
        }
        return grid.axes.map(\.field) + ["状态", "费用（元）", "目标函数值", "第一阶段相对间隙", "第二阶段相对间隙"]
            + (hasReference ? ["与参照方案不同的决策数"] : []) + targets.map { "\($0) 缺口" } + ["备注"]
    }

    /// The table's rows, as text.
    public var rows: [[String]] { rows(in: .standard) }

    /// The rows, statuses in a language.
    public func rows(in language: Language) -> [[String]] {
        let terms = Terms(language)
        return points.map { point in
            var row: [String] = point.values.map(ScenarioWriter.number)
            row.append(
                language == .en ? point.status : Self.sweepStatusZh[point.status] ?? terms.solverStatus(point.status))
            row.append(point.cost.map { Self.number($0, places: 0) } ?? "")
            row.append(point.objective.map { Self.number($0, places: 0) } ?? "")
            row.append(point.shortfallGap.map { String(format: "%.4f%%", $0 * 100) } ?? "")
            row.append(point.costGap.map { String(format: "%.4f%%", $0 * 100) } ?? "")
            if hasReference { row.append(point.decisionsDiffering.map(String.init) ?? "") }
            for id in targets { row.append(point.shortfalls[id].map { Self.number($0, places: 2) } ?? "") }
            row.append(point.note(in: language))
            return row
        }
    }

    /// `sweep.csv`: UTF-8 with a byte-order mark (for Excel and WPS), one row per point.
    public func csv(language: Language = .standard) -> Data {
        CSVWriter(byteOrderMark: true).data(header: header(in: language), rows: rows(in: language))
    }

    /// `sweep.md`: a heading, what was varied, and the table.
    public func markdown(language: Language = .standard) -> String {
        let header = header(in: language)
        var lines = [language.text(zh: "# \(scenario) 参数扫描", en: "# Sweep of \(scenario)"), ""]
        for axis in grid.axes {
            lines.append("- `\(axis.field)`: \(axis.values.map(ScenarioWriter.number).joined(separator: ", "))")
        }
        lines += [
            "",
            language.text(
                zh: "共 \(points.count) 个点；缺口为各目标所有行的合计，单位为目标自身的单位（0：已达成）。",
                en:
                    "\(points.count) points; shortfalls are each target's total over its rows, in its own unit (0: met)."
            ), "",
        ]
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
        }
        lines.append("| " + header.map(escape).joined(separator: " | ") + " |")
        let axes = grid.axes.count
        let alignments = header.indices.map { column -> String in
            let text = column == axes || column == header.count - 1
            return text ? " --- |" : " ---: |"
        }
        lines.append("|" + alignments.joined())
        for row in rows(in: language) { lines.append("| " + row.map(escape).joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A number with `places` decimals at most, without trailing zeros.
    /// The Chinese labels of the statuses only a sweep gives a point.
    public static let sweepStatusZh = [
        "interrupted": "已中断", "failed": "核查未通过", "no plan": "无方案", "invalid": "取值无效",
    ]

    static func number(_ value: Double, places: Int) -> String {
        var text = String(format: "%.\(places)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }
}
