import Foundation
import SkillPlan
import Testing

/// Labels come from one table of terms and never mix languages.
@Suite("Export languages")
struct ExportLanguageTests {
    @Test("Every term has a Chinese and an English label; no English label holds a CJK character")
    func terms() {
        for key in Terms.Key.allCases {
            let pair = Terms.pair(key)
            #expect(!pair.zh.isEmpty && !pair.en.isEmpty, "\(key)")
            #expect(!TextWidth.containsCJK(pair.en), "\(key): \(pair.en)")
        }
        #expect(!TextWidth.containsCJK(Terms(.en).parenthesised("x") + Terms(.en).colon + Terms(.en).changeCount(2)))
        #expect(!TextWidth.containsCJK(Terms(.en).hoursPerClass(yearOfStudy: 1) + Terms(.en).teachingHours(in: 2021)))
    }

    @Test("The English exports hold no CJK character (the fixture's English names have none)", arguments: ExportFormat.allCases)
    func englishHasNoCJK(format: ExportFormat) throws {
        for file in try PlanExporter(language: .en).export(try PlanFixtures.planA(), as: format) {
            let text = String(decoding: file.data, as: UTF8.self)
            let lines = text.split(whereSeparator: \.isNewline).filter { TextWidth.containsCJK(String($0)) }
            #expect(lines.isEmpty, "\(file.name): \(lines.prefix(3))")
        }
    }

    @Test("Chinese headers and titles hold no Latin letter; names are the Chinese ones")
    func chineseLabels() throws {
        let tables = PlanTables(try PlanFixtures.planA(), language: .zh)
        for table in tables.tables {
            #expect(!table.title.contains { $0.isASCII && $0.isLetter }, "\(table.title)")
            for column in table.columns {
                #expect(!column.label.contains { $0.isASCII && $0.isLetter }, "\(table.id): \(column.label)")
            }
        }
        let curriculum = tables[.curriculumPlan]
        let programme = try #require(curriculum.column("programme"))
        #expect(Set(curriculum.rows.map { $0.values[programme].humanText }) == ["制鞋成型", "客家菜", "家政", "护理"])
        let summary = tables[.summary].rows.map { $0.values[1].humanText }
        #expect(summary.contains("可行（未证明最优）"))
        #expect(summary.contains("达到间隙要求"))
    }
}
