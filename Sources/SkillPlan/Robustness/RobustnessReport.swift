import Foundation

/// Writes a ``RobustnessResult`` in a format and a language: per target, met in how many
/// cases, the worst shortfall and its case, the inputs that flip it and those it depends
/// on; the cost range; then every case. Labels never mix languages.
public struct RobustnessReport: Sendable {
    /// The study.
    public var result: RobustnessResult
    /// The language of labels and names.
    public var language: Language

    /// A report.
    public init(_ result: RobustnessResult, language: Language) {
        self.result = result
        self.language = language
    }

    private var zh: Bool { language == .zh }

    /// The title.
    public var title: String {
        zh ? "稳健性分析：\(result.scenario.name)" : "Robustness of \(result.scenario.name)"
    }

    /// What the study did, one line.
    public var intro: String {
        let n = result.cases.count, k = result.inputs.count
        return zh
            ? "\(k) 个不确定输入，各取低值和高值（一次一个），另加全部低值、全部高值两个角点：共 \(n) 个求解。"
            : "\(k) uncertain inputs, each at its low and its high value (one at a time), and the all-low and all-high corners: \(n) solves."
    }

    /// The target table's header.
    public var targetHeader: [String] {
        zh
            ? ["目标", "名称", "基准", "基准达成度", "达成情形", "最大缺口", "最差情形", "改变达成与否的输入", "有影响的输入"]
            : [
                "target", "name", "as given", "attainment as given", "met in", "worst shortfall", "worst case",
                "flipped by", "depends on",
            ]
    }

    /// The target table's rows.
    public var targetRows: [[String]] {
        result.summaries.map { s in
            let met: String
            switch s.metAsGiven {
            case true?: met = zh ? "达成" : "met"
            case false?: met = zh ? "未达成" : "short"
            case nil: met = zh ? "无方案" : "no plan"
            }
            return [
                s.target, zh ? s.nameZh : s.nameEn, met,
                s.attainmentAsGiven.map { Self.number($0, places: 3) } ?? "",
                "\(s.metCases)/\(s.solvedCases)", Self.number(s.worstShortfall, places: 2),
                s.worstCase.map(caseLabel) ?? "", s.flippedBy.map(caseLabel).joined(separator: "; "),
                s.dependsOn.joined(separator: "; "),
            ]
        }
    }

    /// The case table's header.
    public var caseHeader: [String] {
        (zh ? ["情形", "状态", "成本（元）"] : ["case", "status", "cost (yuan)"])
            + result.targetIDs.map { zh ? "\($0) 缺口" : "\($0) shortfall" }
    }

    /// The case table's rows.
    public var caseRows: [[String]] {
        result.cases.map { c in
            [c.robustnessCase.label(language), status(c.status), c.cost.map { Self.number($0, places: 0) } ?? ""]
                + result.targetIDs.map { id in c.solved ? Self.number(c.shortfalls[id] ?? 0, places: 2) : "" }
        }
    }

    /// A case's status in the report's language (`optimal`, `最优`; `no plan`, `无方案`).
    private func status(_ status: String) -> String {
        zh ? SweepResult.sweepStatusZh[status] ?? Terms(.zh).solverStatus(status) : status
    }

    /// The input table: id, name, and each cell range.
    public var inputHeader: [String] {
        zh
            ? ["输入", "名称", "表", "行", "列", "方式", "低值", "高值"]
            : ["input", "name", "table", "rows", "column", "as", "low", "high"]
    }

    /// The input table's rows.
    public var inputRows: [[String]] {
        result.inputs.flatMap { input in
            input.settings.map { s in
                [
                    input.id, input.name(language), s.table, s.ids.joined(separator: ";"), s.column,
                    zh ? (s.mode == .factor ? "倍数" : "取值") : s.mode.rawValue,
                    Self.number(s.low, places: 4), Self.number(s.high, places: 4),
                ]
            }
        }
    }

    /// The cost range, one line.
    public var costLine: String {
        guard let range = result.costRange else { return zh ? "成本：无方案。" : "Cost: no plan." }
        let low = Self.number(range.low, places: 0), high = Self.number(range.high, places: 0)
        return zh
            ? "成本区间：\(low)（\(range.lowCase.label(.zh))）至 \(high)（\(range.highCase.label(.zh))）元。"
            : "Cost range: \(low) (\(range.lowCase.label(.en))) to \(high) (\(range.highCase.label(.en))) yuan."
    }

    private func caseLabel(_ english: String) -> String {
        guard zh else { return english }
        return english.replacingOccurrences(of: " low", with: " 低值").replacingOccurrences(of: " high", with: " 高值")
            .replacingOccurrences(of: "as given", with: "基准").replacingOccurrences(of: "all ", with: "全部")
    }

    private var headings: (targets: String, cases: String, inputs: String) {
        zh ? ("各目标", "各情形", "不确定输入及其范围") : ("Targets", "Cases", "Uncertain inputs and their ranges")
    }

    /// The report as text in a format.
    /// - Throws: `EncodingError` from the JSON encoder (not expected).
    public func render(_ format: RobustnessFormat) throws -> String {
        switch format {
        case .text: return text()
        case .markdown: return markdown()
        case .html: return html()
        case .json: return try json()
        case .csv: return CSVWriter(byteOrderMark: false).string(header: targetHeader, rows: targetRows)
        }
    }

    /// The files of a format: name and bytes.
    /// - Throws: `EncodingError` from the JSON encoder (not expected).
    public func files(_ format: RobustnessFormat) throws -> [(name: String, data: Data)] {
        switch format {
        case .text: return [("robustness.txt", Data(text().utf8))]
        case .markdown: return [("robustness.md", Data(markdown().utf8))]
        case .html: return [("robustness.html", Data(html().utf8))]
        case .json: return [("robustness.json", Data(try json().utf8))]
        case .csv:
            let writer = CSVWriter(byteOrderMark: true)
            return [
                ("robustness-targets.csv", writer.data(header: targetHeader, rows: targetRows)),
                ("robustness-cases.csv", writer.data(header: caseHeader, rows: caseRows)),
                ("robustness-inputs.csv", writer.data(header: inputHeader, rows: inputRows)),
            ]
        }
    }

    private var targetNumeric: [Bool] { [false, false, false, true, true, true, false, false, false] }
    private var caseNumeric: [Bool] { [false, false] + Array(repeating: true, count: caseHeader.count - 2) }
    private var inputNumeric: [Bool] { [false, false, false, false, false, false, true, true] }

    func text() -> String {
        var lines = [title, intro, costLine, "", headings.targets]
        lines += PlanDiffText.table(header: targetHeader, numeric: targetNumeric, rows: targetRows)
        lines += ["", headings.cases] + PlanDiffText.table(header: caseHeader, numeric: caseNumeric, rows: caseRows)
        return lines.joined(separator: "\n") + "\n"
    }

    func markdown() -> String {
        var text = "# \(title)\n\n\(intro)\n\n\(costLine)\n\n## \(headings.targets)\n\n"
        text += MarkdownTable.render(header: targetHeader, numeric: targetNumeric, rows: targetRows)
        text +=
            "\n## \(headings.cases)\n\n"
            + MarkdownTable.render(header: caseHeader, numeric: caseNumeric, rows: caseRows)
        text +=
            "\n## \(headings.inputs)\n\n"
            + MarkdownTable.render(header: inputHeader, numeric: inputNumeric, rows: inputRows)
        return text
    }

    func html() -> String {
        func table(_ header: [String], _ numeric: [Bool], _ rows: [[String]], id: String) -> String {
            HTMLTable.render(
                header: zip(header, numeric).map { ($0, $1 ? "num" : nil) },
                rows: rows.map { zip($0, numeric).map { ($0, $1 ? "num" : nil) } }, id: id)
        }
        var html =
            HTMLPage.opening(title: title, language: language) + """
                <p class="question">\(HTMLText.escape(intro))</p>
                <p class="question">\(HTMLText.escape(costLine))</p>
                </header>
                <main>\n
                """
        html +=
            "<section id=\"targets\">\n<h2>\(HTMLText.escape(headings.targets))</h2>\n"
            + table(targetHeader, targetNumeric, targetRows, id: "targets") + "</section>\n"
        html +=
            "<section id=\"cases\">\n<h2>\(HTMLText.escape(headings.cases))</h2>\n"
            + table(caseHeader, caseNumeric, caseRows, id: "cases") + "</section>\n"
        html +=
            "<section id=\"inputs\">\n<h2>\(HTMLText.escape(headings.inputs))</h2>\n"
            + table(inputHeader, inputNumeric, inputRows, id: "inputs") + "</section>\n"
        return html + "</main>\n</body>\n</html>\n"
    }

    func json() throws -> String {
        struct Document: Encodable {
            var scenario: String
            var language: String
            var title: String
            var costLow: Double?
            var costHigh: Double?
            var targets: [RobustnessResult.TargetSummary]
            var cases: [RobustnessCaseResult]
            var inputs: [UncertainInput]
        }
        let range = result.costRange
        let document = Document(
            scenario: result.scenario.name, language: language.rawValue, title: title, costLow: range?.low,
            costHigh: range?.high, targets: result.summaries, cases: result.cases, inputs: result.inputs)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }

    static func number(_ value: Double, places: Int) -> String {
        NumberText.groupingThousands(SweepResult.number(value, places: places))
    }
}
