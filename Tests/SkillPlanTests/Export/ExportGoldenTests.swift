import Foundation
import SkillPlan
import Testing

/// The CSV, Markdown and JSON exports of the fixture plan, byte for byte, in both languages.
@Suite("Export golden files")
struct ExportGoldenTests {
    static let csvNames = [
        "summary.csv", "seats.csv", "curriculum-plan.csv", "classes-running.csv", "teacher-plan.csv",
        "rotation.csv", "teaching-plan.csv", "targets.csv", "costs.csv",
    ]

    @Test("CSV: one file per table, named in English, with a byte-order mark and CRLF", arguments: Language.allCases)
    func csv(language: Language) throws {
        let files = try PlanExporter(language: language).export(try PlanFixtures.planA(), as: .csv)
        #expect(files.map(\.name) == Self.csvNames)
        for file in files {
            #expect(Array(file.data.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(file.name) starts with the UTF-8 BOM")
            let text = String(decoding: file.data.dropFirst(3), as: UTF8.self)
            #expect(text.hasSuffix("\r\n"))
            #expect(
                !text.replacingOccurrences(of: "\r\n", with: "").contains("\n"),
                "\(file.name): every line ends with CRLF")
            try GoldenFile.check(file.data, "export/\(language.rawValue)/\(file.name)")
        }
    }

    @Test("Markdown: plan.md", arguments: Language.allCases)
    func markdown(language: Language) throws {
        let files = try PlanExporter(language: language).export(try PlanFixtures.planA(), as: .markdown)
        #expect(files.map(\.name) == ["plan.md"])
        for file in files { try GoldenFile.check(file.data, "export/\(language.rawValue)/\(file.name)") }
    }

    @Test("JSON: plan-tables.json with sorted keys", arguments: Language.allCases)
    func json(language: Language) throws {
        let files = try PlanExporter(language: language).export(try PlanFixtures.planA(), as: .json)
        #expect(files.map(\.name) == ["plan-tables.json"])
        let file = try #require(files.first)
        let object = try #require(try JSONSerialization.jsonObject(with: file.data) as? [String: Any])
        let tables = try #require(object["tables"] as? [String: Any])
        // Every table but the target prices, which only a plan solved with --target-prices has.
        #expect(tables.keys.sorted() == PlanTableID.allCases.filter { $0 != .targetPrices }.map(\.rawValue).sorted())
        try GoldenFile.check(file.data, "export/\(language.rawValue)/\(file.name)")
    }
}
