import Foundation

/// Writes a ``MonitorResult`` in a format and a language: per target and year planned
/// against actual and what the years left must deliver; per target what is still to
/// deliver in all and a year; then each figure beside the plan's value. Labels and names
/// never mix languages.
public struct MonitorReport: Sendable {
    /// The result.
    public var result: MonitorResult
    /// The language of labels and names.
    public var language: Language

    /// A report.
    public init(_ result: MonitorResult, language: Language) {
        self.result = result
        self.language = language
    }

    private var zh: Bool { language == .zh }

    /// The title.
    public var title: String {
        zh ? "规划执行监测：\(result.scenario)" : "Plan against actuals: \(result.scenario)"
    }

    /// What the report compares, one line.
    public var intro: String {
        let last = result.lastActualYear.map(String.init) ?? (zh ? "无" : "none")
        return zh
            ? "方案 \(PlanNames.years(result.years)) 年，对照 \(result.actualsFile) 的 \(result.figures.count) 个实际数（最后一个实际年份：\(last)）。"
            : "The plan for \(PlanNames.years(result.years)) against the \(result.figures.count) actual figure(s) of \(result.actualsFile) (last actual year: \(last))."
    }

    /// The targets no figure can speak to, one line (empty when none).
    public var notMonitoredLine: String {
        guard !result.notMonitored.isEmpty else { return "" }
        let names = result.notMonitored.joined(separator: zh ? "、" : ", ")
        return zh
            ? "实际数无法监测的目标（actuals.csv 没有相应的量）：\(names)。"
            : "Not monitored (no measure of actuals.csv counts them): \(names)."
    }

    /// The target table's header.
    public var targetHeader: [String] {
        zh
            ? ["目标", "名称", "年份", "单位", "要求", "规划", "实际", "实际−规划", "状态", "当年须达到"]
            : [
                "target", "name", "year", "unit", "required", "planned", "actual", "actual − planned", "status",
                "must deliver",
            ]
    }

    /// The target table's rows.
    public var targetRows: [[String]] {
        result.targets.map { row in
            let status: String
            if let met = row.actualMet, let actual = row.actual {
                status =
                    met ? (zh ? "达成" : "met") : (zh ? "差 " : "short by ") + amount(abs(row.required - actual), row.unit)
            } else if let year = row.year, let last = result.lastActualYear, year > last {
                status = zh ? "待完成" : "to come"
            } else {
                status = zh ? "无实际数" : "no figure"
            }
            return [
                row.target, name(row.target), row.year.map(String.init) ?? (zh ? "全期" : "all years"), unit(row.unit),
                amount(row.required, row.unit), amount(row.planned, row.unit),
                row.actual.map { amount($0, row.unit) } ?? "",
                row.actual.map { amount($0 - row.planned, row.unit, signed: true) } ?? "", status,
                row.mustDeliver.map { amount($0, row.unit) } ?? "",
            ]
        }
    }

    /// The remaining table's header.
    public var remainingHeader: [String] {
        zh
            ? ["目标", "名称", "最后实际年份", "最后实际", "截止年份", "要求", "剩余年数", "尚须完成", "每年", "规划截止值"]
            : [
                "target", "name", "last actual year", "last actual", "end year", "required", "years left",
                "still to deliver", "a year", "planned at end",
            ]
    }

    /// The remaining table's rows.
    public var remainingRows: [[String]] {
        result.remaining.map { r in
            [
                r.target, name(r.target), String(r.lastActualYear), amount(r.lastActual, r.unit), String(r.endYear),
                amount(r.required, r.unit),
                String(r.yearsLeft),
                amount(r.toDeliver, r.unit, signed: r.kind != .annualTraining && r.kind != .cumulativeTraining),
                r.perYear.map { amount($0, r.unit, signed: r.kind != .annualTraining && r.kind != .cumulativeTraining) }
                    ?? "",
                amount(r.plannedAtEnd, r.unit),
            ]
        }
    }

    /// The figure table's header.
    public var figureHeader: [String] {
        zh
            ? ["年份", "学校", "专业", "层次", "教研组", "指标", "规划", "实际", "差额", "差额%", "行", "来源"]
            : [
                "year", "school", "programme", "level", "group", "measure", "planned", "actual", "difference",
                "difference %", "line", "source",
            ]
    }

    /// The figure table's rows.
    public var figureRows: [[String]] {
        result.figures.map { f in
            let a = f.actual
            return [
                String(a.year), name(a.school), a.programme.map(name) ?? "", a.level.map(name) ?? "",
                a.group.map(name) ?? "",
                a.measure.name(language),
                f.planned.map { Self.number($0, places: 0) } ?? (zh ? "不在方案年份内" : "outside the plan's years"),
                Self.number(a.value, places: 0), f.difference.map { Self.signed($0, places: 0) } ?? "",
                f.differenceShare.map { Self.signed($0 * 100, places: 1) + "%" } ?? "", String(a.line), a.source,
            ]
        }
    }

    private var headings: (targets: String, remaining: String, figures: String) {
        zh
            ? ("各目标逐年：规划、实际与当年须达到", "剩余年份尚须完成", "各实际数与方案")
            : (
                "Targets by year: planned, actual and what each year must deliver", "What the years left must deliver",
                "Each figure against the plan"
            )
    }

    private var targetNumeric: [Bool] { [false, false, false, false, true, true, true, true, false, true] }
    private var remainingNumeric: [Bool] { [false, false, false, true, false, true, true, true, true, true] }
    private var figureNumeric: [Bool] {
        [false, false, false, false, false, false, true, true, true, true, true, false]
    }

    /// The report as text in a format (CSV: the target table).
    /// - Throws: `EncodingError` from the JSON encoder (not expected).
    public func render(_ format: MonitorFormat) throws -> String {
        switch format {
        case .text: return text()
        case .markdown: return markdown()
        case .json: return try json()
        case .csv: return CSVWriter(byteOrderMark: false).string(header: targetHeader, rows: targetRows)
        }
    }

    /// The files of a format: name and bytes.
    /// - Throws: `EncodingError` from the JSON encoder (not expected).
    public func files(_ format: MonitorFormat) throws -> [(name: String, data: Data)] {
        switch format {
        case .text: return [("monitor.txt", Data(text().utf8))]
        case .markdown: return [("monitor.md", Data(markdown().utf8))]
        case .json: return [("monitor.json", Data(try json().utf8))]
        case .csv:
            let writer = CSVWriter(byteOrderMark: true)
            return [
                ("monitor-targets.csv", writer.data(header: targetHeader, rows: targetRows)),
                ("monitor-remaining.csv", writer.data(header: remainingHeader, rows: remainingRows)),
                ("monitor-figures.csv", writer.data(header: figureHeader, rows: figureRows)),
            ]
        }
    }

    func text() -> String {
        var lines = [title, intro]
        if !notMonitoredLine.isEmpty { lines.append(notMonitoredLine) }
        lines +=
            ["", headings.targets] + PlanDiffText.table(header: targetHeader, numeric: targetNumeric, rows: targetRows)
        lines +=
            ["", headings.remaining]
            + PlanDiffText.table(header: remainingHeader, numeric: remainingNumeric, rows: remainingRows)
        lines +=
            ["", headings.figures] + PlanDiffText.table(header: figureHeader, numeric: figureNumeric, rows: figureRows)
        return lines.joined(separator: "\n") + "\n"
    }

    func markdown() -> String {
        var text = "# \(title)\n\n\(intro)\n\n"
        if !notMonitoredLine.isEmpty { text += "\(notMonitoredLine)\n\n" }
        text +=
            "## \(headings.targets)\n\n"
            + MarkdownTable.render(header: targetHeader, numeric: targetNumeric, rows: targetRows)
        text +=
            "\n## \(headings.remaining)\n\n"
            + MarkdownTable.render(header: remainingHeader, numeric: remainingNumeric, rows: remainingRows)
        text +=
            "\n## \(headings.figures)\n\n"
            + MarkdownTable.render(header: figureHeader, numeric: figureNumeric, rows: figureRows)
        return text
    }

    func json() throws -> String {
        struct Document: Encodable {
            var language: String
            var title: String
            var result: MonitorResult
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(
            decoding: try encoder.encode(Document(language: language.rawValue, title: title, result: result)),
            as: UTF8.self) + "\n"
    }

    private func name(_ id: String) -> String {
        let name = result.catalog.name(of: id, in: language)
        return name.isEmpty ? id : name
    }

    private func unit(_ unit: String) -> String {
        Terms(language).unit(unit)
    }

    /// A value in a target's unit: a share as a percentage, students per teacher to two
    /// places, people and person-times whole.
    private func amount(_ value: Double, _ unit: String, signed: Bool = false) -> String {
        switch unit {
        case "share": return (signed ? Self.signed(value * 100, places: 1) : Self.number(value * 100, places: 1)) + "%"
        case "students-per-teacher": return signed ? Self.signed(value, places: 2) : Self.number(value, places: 2)
        default: return signed ? Self.signed(value, places: 0) : Self.number(value, places: 0)
        }
    }

    static func number(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return value > 0 ? "∞" : "-∞" }
        return places == 0 ? NumberText.count(value) : NumberText.grouped(value, decimals: places)
    }

    static func signed(_ value: Double, places: Int) -> String {
        let text = number(value, places: places)
        let zero = number(0, places: places)
        return value > 0 && text != zero ? "+" + text : text
    }
}
