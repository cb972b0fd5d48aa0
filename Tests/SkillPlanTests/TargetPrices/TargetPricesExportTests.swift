import Foundation
import SkillPlan
import Testing

/// The target prices section in every export format, in Chinese and English, for the
/// hand-priced scenario of ``TargetPricingTests`` (each requirement 10% lower).
@Suite("Target prices in the exports")
struct TargetPricesExportTests {
    /// The hand-priced plan with its prices, solved once for every test here.
    static let plan: Result<Plan, any Error> = Result {
        var plan = try TargetPricingTests.plan()
        plan.targetPrices =
            TargetPricing(scenario: TargetPricingTests.scenario(), plan: plan, relaxation: .step(0.1)).run().prices
        return plan
    }

    @Test("CSV: target-prices.csv after targets.csv, golden", arguments: Language.allCases)
    func csv(language: Language) throws {
        let files = try PlanExporter(language: language).export(try Self.plan.get(), as: .csv)
        #expect(
            files.map(\.name) == [
                "summary.csv", "seats.csv", "curriculum-plan.csv", "classes-running.csv", "teacher-plan.csv",
                "rotation.csv", "teaching-plan.csv", "targets.csv", "target-prices.csv", "costs.csv",
            ])
        let file = try #require(files.first { $0.name == "target-prices.csv" })
        try GoldenFile.check(file.data, "prices/\(language.rawValue)/target-prices.csv")
    }

    @Test("CSV in English: each target's value, relaxed value and saving as plain numbers")
    func csvRows() throws {
        let files = try PlanExporter(language: .en).export(try Self.plan.get(), as: .csv)
        let file = try #require(files.first { $0.name == "target-prices.csv" })
        let lines = String(decoding: file.data.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(
            lines[0] == "Target,Kind,Required,Relaxed value,Unit,In the plan,Relaxed solve,Cost relaxed (yuan),"
                + "Cost saved by relaxing (yuan),Saved at least (yuan),Saved at most (yuan),"
                + "\"Applicants admitted, change (all years)\",\"Teachers in the last year, change\",\"Seats in the last year, change\","
                + "Decisions differing from the plan")
        #expect(
            lines[2] == "Train 100 a year,Annual training,100,90,person-times,Met,optimal,96000,500,500,500,0,0,0,1")
    }

    @Test(
        "Markdown: a Target prices section between attainment and costs, with its note, golden",
        arguments: Language.allCases)
    func markdown(language: Language) throws {
        let files = try PlanExporter(language: language).export(try Self.plan.get(), as: .markdown)
        let file = try #require(files.first)
        let text = String(decoding: file.data, as: UTF8.self)
        let title = Terms(language)[.targetPrices]
        let start = try #require(text.range(of: "## " + title + "\n"))
        let end = try #require(text.range(of: "\n## ", range: start.upperBound..<text.endIndex))
        let section = String(text[start.lowerBound..<end.lowerBound]) + "\n"
        #expect(text.range(of: "## " + Terms(language)[.targetsTable])!.lowerBound < start.lowerBound)
        #expect(text[end.upperBound...].hasPrefix(Terms(language)[.costsTable]))
        try GoldenFile.check(Data(section.utf8), "prices/\(language.rawValue)/target-prices.md")
    }

    @Test("JSON: a target-prices table whose rows carry the exact amounts")
    func json() throws {
        let files = try PlanExporter(language: .zh).export(try Self.plan.get(), as: .json)
        let file = try #require(files.first)
        let object = try #require(try JSONSerialization.jsonObject(with: file.data) as? [String: Any])
        let tables = try #require(object["tables"] as? [String: Any])
        let prices = try #require(tables["target-prices"] as? [String: Any])
        #expect(prices["title"] as? String == "目标代价")
        let rows = try #require(prices["rows"] as? [[String: Any]])
        #expect(rows.map { $0["target"] as? String } == ["满足招生需求", "每年培训100人次", "师生比1:5", "在校生30人以上"])
        #expect(rows.map { $0["costSaved"] as? Double } == [12_500, 500, 10_000, 0])
        #expect(rows.map { $0["teachersChange"] as? Double } == [-1, 0, -1, 0])
        #expect(rows[0]["relaxedValue"] as? Double == 0.9)
    }

    @Test("HTML: a target-prices section with its note and table", arguments: Language.allCases)
    func html(language: Language) throws {
        let files = try PlanExporter(language: language).export(try Self.plan.get(), as: .html)
        let file = try #require(files.first)
        let text = String(decoding: file.data, as: UTF8.self)
        let terms = Terms(language)
        #expect(
            text.contains(
                "<section id=\"target-prices\">\n<h2>\(terms[.targetPrices])</h2>\n<p class=\"note\">"
                    + HTMLText.escape(terms.targetPricesNote(.step(0.1))) + "</p>\n"))
        let targets = try #require(text.range(of: "<section id=\"targets\">"))
        let prices = try #require(text.range(of: "<section id=\"target-prices\">"))
        let costs = try #require(text.range(of: "<section id=\"costs\">"))
        #expect(targets.lowerBound < prices.lowerBound && prices.lowerBound < costs.lowerBound)
        #expect(text.contains(">12,500</td>"))
    }

    @Test("The notes above the table, in both languages")
    func notes() {
        #expect(
            Terms(.en).targetPricesNote(.step(0.1))
                == "Each target relaxed in turn (its requirement lowered by 10.0%) and the plan "
                + "solved again like itself (keeping every decision it can). The cost saved is this plan's cost less the relaxed plan's: "
                + "what meeting the target costs; at least and at most allow for the gap of each search. "
                + "A range that holds 0 reads \"within the gap\" (the price is smaller than the gaps can tell); "
                + "a solve stopped before proving its gap reads \"not settled\", and only its range counts; "
                + "\"plan kept\": the plan proven within the gap without a search.")
        #expect(
            Terms(.zh).targetPricesNote(.remove) == "每个目标分别放宽（取消该目标），再按本方案求解（尽量保留本方案的决策）。"
                + "“放宽可节省”为本方案费用减去放宽后方案的费用，即达到该目标的代价；“至少”“至多”计入两次求解各自的最优间隙。"
                + "范围含0的读作“在求解间隙内”（代价小于间隙能分辨的）；求解在证明间隙前停止的读作“未确定”，只有范围可信；"
                + "“沿用原方案”为无需搜索即证明原方案在间隙内。")
    }

    @Test("The summary's target prices, in whole yuan and whole people")
    func summary() throws {
        var plan = try Self.plan.get()
        plan.run.targetPricesSeconds = 1.5
        plan.run.targetPricesJobs = 2
        let text = PlanSummary.text(of: plan, language: .en)
        let lines = text.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.hasPrefix("Target prices") })
        #expect(
            Array(lines[start...(start + 7)]) == [
                "Target prices (each target's requirement lowered by 10.0%, the plan solved again like itself; 4 solves on 2 cores in 1.50 s):",
                "  target                        value                   relaxed  in plan  cost saved  at least  at most  admitted  teachers  seats  differ      solve",
                "  serve                       100.00%                    90.00%      met     +12,500   +12,500  +12,500        -5        -1     -5       5    optimal",
                "  training           100 person-times           90 person-times      met        +500      +500     +500         0         0      0       1    optimal",
                "  ratio      5.0 students per teacher  5.6 students per teacher      met     +10,000   +10,000  +10,000         0        -1      0       2    optimal",
                "  enrolment               30 students               27 students      met           0         0        0         0         0      0       0  plan kept",
                "  (cost saved: this plan's cost less the relaxed plan's, in yuan; at least / at most: within both searches' gaps;",
                "   admitted: applicants over all years; teachers and seats: the last year; differ: decisions that differ)",
            ])
    }

    @Test("The summary's target prices in Chinese: labels, units and statuses in Chinese")
    func summaryZh() throws {
        let text = PlanSummary.text(of: try Self.plan.get(), language: .zh)
        let lines = text.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.hasPrefix("目标代价（") })
        #expect(lines[start] == "目标代价（逐个将目标要求降低10.0%，再按本方案求解）：")
        #expect(lines[start + 1].hasPrefix("  目标 "))
        #expect(
            lines[start + 3].hasPrefix("  training ") && lines[start + 3].contains("100 人次")
                && lines[start + 3].contains("90 人次")
                && lines[start + 3].contains("已达成") && lines[start + 3].hasSuffix("最优"))
        #expect(lines[start + 6] == "  （可节省：本方案费用减去放宽后方案的费用，元；至少、至多：计入两次求解的间隙；")
    }

    @Test("A plan without prices has no target prices table in any format")
    func absent() throws {
        let plan = try TargetPricingTests.plan()
        let tables = PlanTables(plan, language: .en)
        #expect(!tables.has(.targetPrices))
        #expect(tables.has(.targets))
        let markdown = try PlanExporter(language: .en).export(plan, as: .markdown)
        let file = try #require(markdown.first)
        #expect(!String(decoding: file.data, as: UTF8.self).contains("Target prices"))
        #expect(!PlanSummary.text(of: plan).contains("Target prices"))
    }
}
