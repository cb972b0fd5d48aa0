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

    @Test(
        "The English exports hold no CJK character (the fixture's English names have none)",
        arguments: ExportFormat.allCases)
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

    @Test(
        "The question is the scenario's Chinese one in Chinese exports, the English one in English, and English where no Chinese is given"
    )
    func question() throws {
        var plan = try PlanFixtures.planA()
        let english = "Can two schools meet the training targets and serve their applicants at least cost?"
        let chinese = "两所学校能否以最低成本完成培训目标并满足报名需求？"
        #expect(plan.questionZh == nil)
        #expect(plan.question(in: .zh) == english)
        plan.questionZh = chinese
        #expect(plan.question(in: .zh) == chinese)
        #expect(plan.question(in: .en) == english)
        func text(_ language: Language, _ format: ExportFormat) throws -> String {
            try PlanExporter(language: language).export(plan, as: format).map {
                String(decoding: $0.data, as: UTF8.self)
            }.joined()
        }
        #expect(try text(.zh, .markdown).contains("> " + chinese + "\n"))
        #expect(try text(.zh, .html).contains("<p class=\"question\">" + chinese + "</p>"))
        #expect(try !text(.zh, .html).contains(english))
        #expect(try text(.en, .markdown).contains("> " + english + "\n"))
        #expect(try !text(.en, .html).contains(chinese))
        let summary = PlanTables(plan, language: .zh)[.summary].rows.map { $0.values[1].humanText }
        #expect(summary.contains(chinese))
        #expect(!summary.contains(english))
    }

    @Test("A plan saved without a Chinese question reads back with none and writes no such key")
    func questionZhIsOptionalInJSON() throws {
        let plan = try PlanFixtures.planA()
        let data = try JSONEncoder().encode(plan)
        #expect(!String(decoding: data, as: UTF8.self).contains("questionZh"))
        #expect(try JSONDecoder().decode(Plan.self, from: data) == plan)
        var translated = plan
        translated.questionZh = "问题"
        let back = try JSONDecoder().decode(Plan.self, from: try JSONEncoder().encode(translated))
        #expect(back.questionZh == "问题")
    }
}
