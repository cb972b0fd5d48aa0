import Foundation
import SkillPlan
import Testing

@Suite("Robustness: uncertain inputs at their low and high values")
struct RobustnessTests {
    static let rangesPath = Baseline.root.appendingPathComponent("Data/ranges.csv").path

    /// One school whose short courses (capacity 50, 10 yuan each) and outside providers
    /// (60 a year) must reach 100 training person-times in 2021.
    static func scenario() -> Scenario {
        let target = Target(
            id: "training", kind: .annualTraining, years: [2021], value: 100, weight: 1_000,
            externalTraining: [2021: 60])
        return TinyScenario.scenario(
            programmes: [TinyScenario.programme(levels: [], trainingCapacity: 50, trainingCost: 10)],
            targets: [target])
    }

    static func ranges() throws -> InputRanges {
        try InputRanges.parse(
            Data(
                """
                input,name_zh,name_en,table,id,column,as,low,high,source
                outside,校外培训,Outside training,target_external,training,training,value,40,80,assumption: around 60
                capacity,短训容量,Short-course places,programmes,*,training_capacity,factor,0.9,1.2,assumption: ±
                ,,,curricula,*,hours,,,,no range: none in this scenario

                """.utf8), file: "ranges.csv")
    }

    @Test("A hand-made scenario where one input flips one target: outside training at its low end")
    func flips() throws {
        let result = try RobustnessRunner(scenario: Self.scenario(), ranges: Self.ranges(), jobs: 2).run()
        #expect(
            result.cases.map { $0.robustnessCase.label(.en) } == [
                "as given", "outside low", "outside high", "capacity low", "capacity high", "all low", "all high",
            ])
        // As given: 60 + 40 ≥ 100 at 400 yuan. Outside low: 40 + 50 = 90, short 10.
        // Capacity low (45) still reaches 100; all low: 40 + 45, short 15.
        #expect(result.cases.map { $0.shortfalls["training"] ?? -1 } == [0, 10, 0, 0, 0, 15, 0])
        #expect(result.cases.map { $0.cost ?? -1 } == [400, 500, 200, 400, 400, 450, 200])
        let summary = try #require(result.summaries.first)
        #expect(summary.metAsGiven == true && summary.attainmentAsGiven == 1)
        #expect(summary.metCases == 5 && summary.solvedCases == 7)
        #expect(summary.worstShortfall == 15 && summary.worstCase == "all low")
        #expect(summary.flippedBy == ["outside low"])
        #expect(summary.dependsOn == ["outside"])
        let range = try #require(result.costRange)
        #expect(
            range.low == 200 && range.high == 500 && range.highCase == RobustnessCase(input: "outside", bound: .low))
    }

    @Test("The report in every format, in English and in Chinese, names the flip")
    func report() throws {
        let result = try RobustnessRunner(scenario: Self.scenario(), ranges: Self.ranges(), jobs: 1).run()
        let en = RobustnessReport(result, language: .en), zh = RobustnessReport(result, language: .zh)
        #expect(
            en.targetRows == [["training", "training", "met", "1", "5/7", "15", "all low", "outside low", "outside"]])
        #expect(zh.targetRows == [["training", "training", "达成", "1", "5/7", "15", "全部低值", "outside 低值", "outside"]])
        #expect(en.costLine == "Cost range: 200 (outside high) to 500 (outside low) yuan.")
        #expect(zh.costLine == "成本区间：200（outside 高值）至 500（outside 低值）元。")
        for format in RobustnessFormat.allCases {
            let files = try zh.files(format)
            #expect(!files.isEmpty && files.allSatisfy { !$0.data.isEmpty })
        }
        #expect(
            try en.files(.csv).map(\.name) == [
                "robustness-targets.csv", "robustness-cases.csv", "robustness-inputs.csv",
            ])
        let html = try zh.render(.html)
        #expect(html.contains("<html lang=\"zh-CN\">") && html.contains("稳健性分析") && !html.contains("Robustness of"))
        let markdown = try en.render(.markdown)
        #expect(markdown.hasPrefix("# Robustness of tiny\n") && !markdown.contains("稳健性"))
        let json = try JSONSerialization.jsonObject(with: Data(try en.render(.json).utf8)) as? [String: Any]
        #expect(json?["costLow"] as? Double == 200 && (json?["cases"] as? [Any])?.count == 7)
    }

    @Test("Every assumption of the bundled data has a range or a documented reason")
    func bundledCoverage() throws {
        let scenario = try Baseline.loaded.get().scenario
        let ranges = try InputRanges.read(path: Self.rangesPath)
        #expect(ranges.uncoveredAssumptions(in: scenario) == [])
        #expect(ranges.inputs.count == 26)
        #expect(ranges.exemptions.allSatisfy { $0.reason.hasPrefix("no range:") })
        // Without the curricula's reason, their rows are named.
        var partial = ranges
        partial.exemptions.removeAll { $0.table == "curricula" }
        #expect(partial.uncoveredAssumptions(in: scenario).first == "curricula electrical-automation")
        // Every input applies to the baseline at both ends.
        for input in ranges.inputs {
            for bound in InputBound.allCases {
                var copy = scenario
                try input.apply(bound, to: &copy)
                #expect(copy != scenario || input.id == "stay-technician", "\(input.id) \(bound) changes nothing")
            }
        }
    }

    @Test("A bad ranges table: every problem with its line, field and fix")
    func badTable() throws {
        let text = """
            input,name_zh,name_en,table,id,column,as,low,high,source
            a,,,schools,*,capacity,value,9,3,x
            b,,,schools,*,colour,value,1,2,x
            ,,,schools,*,capacity,,,,because
            c,,,schools,*,capacity,percent,1,2,x

            """
        #expect(throws: RobustnessError.self) { try InputRanges.parse(Data(text.utf8), file: "r.csv") }
        do {
            _ = try InputRanges.parse(Data(text.utf8), file: "r.csv")
        } catch let error as RobustnessError {
            #expect(
                error.description(in: .zh).components(separatedBy: "\n").prefix(3) == [
                    "r.csv:2: low：为 9.0，大于 high 3.0 — 修改：把较小的数填在 low",
                    "r.csv:3: column：“colour”不是 schools 中可设范围的数值列 — 修改：使用以下之一：capacity、max_expand、expand_cost",
                    "r.csv:4: source：没有 low 和 high 的行须说明理由 — 修改：写“no range: <该假设没有范围的理由>”，或填写 low 和 high",
                ])
            #expect(
                error.description.components(separatedBy: "\n") == [
                    "r.csv:2: low: is 9.0, above high 3.0 — fix: write the smaller number in low",
                    "r.csv:3: column: \"colour\" is not a number column of schools that a range can set — fix: use one of capacity, max_expand, expand_cost",
                    "r.csv:4: source: a row without low and high must give its reason — fix: write \"no range: <why this assumption has no range>\", or give low and high",
                    "r.csv:5: as: is \"percent\" — fix: write value (the cells take low and high) or factor (the cells are multiplied by them)",
                ])
        }
        var scenario = Self.scenario()
        let unknown = UncertainInput(
            id: "x", nameZh: "", nameEn: "",
            settings: [
                InputSetting(
                    table: "schools", ids: ["nowhere"], column: "capacity", mode: .value, low: 1, high: 2, source: "",
                    location: "r.csv:7")
            ])
        #expect(
            throws: RobustnessError(
                "r.csv:7: id: \"nowhere\" is not an id of schools with a capacity in this scenario — fix: use an id from the scenario's tables, or * for every row",
                zh: "r.csv:7: id：“nowhere”不是本情景 schools 中有 capacity 的编号 — 修改：使用情景各表中的编号，或用 * 表示所有行"
            )
        ) {
            try unknown.apply(.low, to: &scenario)
        }
    }
}
