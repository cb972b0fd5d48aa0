import Foundation
import SkillPlan
import Testing

/// Identical plans give identical bytes; the run facts change only the HTML footer.
@Suite("Export determinism")
struct ExportDeterminismTests {
    @Test("The same plan twice gives the same bytes in every format", arguments: ExportFormat.allCases)
    func sameBytes(format: ExportFormat) throws {
        for language in Language.allCases {
            let exporter = PlanExporter(language: language)
            #expect(
                try exporter.export(try PlanFixtures.planA(), as: format)
                    == exporter.export(try PlanFixtures.planA(), as: format))
        }
    }

    @Test("Other run facts leave CSV, JSON and Markdown unchanged", arguments: [ExportFormat.csv, .json, .markdown])
    func runFactsLeftOut(format: ExportFormat) throws {
        let plan = try PlanFixtures.planA()
        var other = plan
        other.run.solveSeconds = 99
        other.run.createdAt = "2030-12-31T23:59:59Z"
        other.run.machine = "elsewhere"
        #expect(try PlanExporter().export(plan, as: format) == PlanExporter().export(other, as: format))
    }

    @Test("Numbers for people and for programs")
    func numbers() {
        #expect(NumberText.count(4435) == "4,435")
        #expect(NumberText.count(1_234_567.0) == "1,234,567")
        // Whole people: the nearest whole number, halves away from zero.
        #expect(NumberText.count(90.25) == "90")
        #expect(NumberText.count(3_161.56) == "3,162")
        #expect(NumberText.count(28.5) == "29")
        #expect(NumberText.count(-0.0001) == "0")
        #expect(NumberText.decimal(90.25) == "90.2")
        #expect(ExportValue.count(3_161.56).plainText == "3162")
        #expect(ExportValue.share(0.878211).plainText == "87.8%")
        #expect(ExportValue.share(0.878211).humanText == "87.8%")
        #expect(NumberText.percent(0.3) == "30.0%")
        #expect(NumberText.percent(0.0042) == "0.42%")
        #expect(NumberText.money(1_234_567.4) == "1,234,567")
        #expect(NumberText.plain(0.1 + 0.2) == "0.3")
        #expect(NumberText.plain(-1e-9) == "0")
        #expect(NumberText.plain(2021) == "2021")
        #expect(NumberText.signed(15) == "+15")
        #expect(NumberText.signed(-300_000, money: true) == "-300,000")
    }
}
