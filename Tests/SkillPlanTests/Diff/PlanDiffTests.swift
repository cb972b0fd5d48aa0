import Foundation
import SkillPlan
import Testing

/// The diff of the two fixture plans: what changed, in which order, in every format.
@Suite("Plan diff")
struct PlanDiffTests {
    func diff() throws -> PlanDiff {
        PlanDiff.compare(try PlanFixtures.planA(), try PlanFixtures.planB())
    }

    func change(_ diff: PlanDiff, _ key: String) -> PlanChange? {
        diff.changes.first { $0.key == key }
    }

    @Test("The changes of plan B, each with before, after and delta")
    func changes() throws {
        let diff = try diff()
        let intake = try #require(change(diff, "intake[footwear,senior,2022]"))
        #expect((intake.before, intake.after, intake.delta) == (0, 40, 40))
        #expect(change(diff, "classes[footwear,senior,2022]")?.delta == 1)
        #expect(change(diff, "enrolment[footwear,senior,2022]")?.delta == 40)
        #expect(change(diff, "training[housekeeping,2022]")?.delta == -50)
        #expect(change(diff, "seats-added[mz-health,2022]")?.delta == 30)
        #expect(change(diff, "hires[xt-mech,2021]")?.delta == 2)
        let met = try #require(change(diff, "target[serve-demand,2022,footwear,senior]"))
        #expect(met.kind == .targetNewlyMet)
        #expect((met.before, met.after) == (40, 0))
        let short = try #require(change(diff, "target[annual-training,2022]"))
        #expect(short.kind == .targetNewlyShort)
        #expect((short.before, short.after) == (0, 30))
        #expect(change(diff, "cost[hiring]")?.delta == 300_000)
        #expect(change(diff, "cost[expansion]")?.delta == 750_000)
        #expect(change(diff, "cost[classes]")?.delta == 100_000)
        #expect(change(diff, "cost[training]")?.delta == -40_000)
        // Nothing else about rotation changed, and no unchanged number is listed.
        #expect(!diff.changes.contains { $0.kind == .rotation })
        #expect(diff.changes.allSatisfy { $0.delta != 0 })
    }

    @Test("Sections in order; within each, the largest change first, ties by key")
    func order() throws {
        let diff = try diff()
        let sections = diff.changes.map { PlanDiffSection.allCases.firstIndex(of: $0.kind.section) ?? 0 }
        #expect(sections == sections.sorted())
        for section in PlanDiffSection.allCases where section != .targets {
            let changes = diff.changes(in: section)
            for (x, y) in zip(changes, changes.dropFirst()) {
                #expect(abs(x.delta) > abs(y.delta) || (abs(x.delta) == abs(y.delta) && x.key < y.key), "\(x.key) before \(y.key)")
            }
        }
        #expect(diff.changes(in: .targets).first?.kind == .targetNewlyShort)
    }

    @Test("A plan compared with itself has no changes", arguments: Language.allCases)
    func itself(language: Language) throws {
        let plan = try PlanFixtures.planA()
        let diff = PlanDiff.compare(plan, plan)
        #expect(diff.isEmpty)
        let renderer = PlanDiffRenderer(language: language)
        let noChanges = language == .zh ? "无变化" : "No changes"
        for format in PlanDiffFormat.allCases where format != .json {
            #expect(try renderer.render(diff, as: format).contains(noChanges), "\(format)")
        }
        #expect(try renderer.render(diff, as: .json).contains("\"noChanges\" : true"))
        #expect(try renderer.render(diff, as: .text) == """
            \(language == .zh ? "方案比较：xingning-test → xingning-test" : "Plan comparison: xingning-test → xingning-test")
            \(language == .zh ? "方案A：xingning-test（兴宁市测试方案）" : "Plan A: xingning-test (Xingning test plan)")
            \(language == .zh ? "方案B：xingning-test（兴宁市测试方案）" : "Plan B: xingning-test (Xingning test plan)")

            \(noChanges)\(language == .zh ? "。" : ".")

            """)
    }

    @Test("Input changes come first, under their own heading")
    func inputs() throws {
        let inputs = [InputChange(table: "teacher_groups", id: "xt-mech", field: "max_hire", before: "1", after: "3"),
                      InputChange(table: "applicants", id: "footwear/senior/2023", field: "applicants", before: nil, after: "40")]
        let diff = PlanDiff.compare(try PlanFixtures.planA(), try PlanFixtures.planB(), inputs: inputs)
        #expect(diff.inputs == inputs)
        let text = try PlanDiffRenderer(language: .en).render(diff, as: .text)
        let heading = try #require(text.range(of: "Inputs that changed (2 changes)"))
        let seats = try #require(text.range(of: "Seats, intake and training"))
        #expect(heading.upperBound < seats.lowerBound)
        #expect(text.contains("  teacher_groups  xt-mech               max_hire    1       3"))
        #expect(text.contains("  applicants      footwear/senior/2023  applicants  none    40"))
        let zh = try PlanDiffRenderer(language: .zh).render(diff, as: .markdown)
        #expect(zh.contains("## 输入变化"))
        let json = try PlanDiffRenderer(language: .en).render(diff, as: .json)
        #expect(json.contains("\"field\" : \"max_hire\""))
        #expect(json.contains("\"before\" : null"))
    }

    @Test("Golden text, Markdown and JSON of the diff of the two fixture plans")
    func golden() throws {
        let diff = try diff()
        for language in Language.allCases {
            let renderer = PlanDiffRenderer(language: language)
            try GoldenFile.check(Data(try renderer.render(diff, as: .text).utf8), "diff/diff-\(language.rawValue).txt")
            try GoldenFile.check(Data(try renderer.render(diff, as: .markdown).utf8), "diff/diff-\(language.rawValue).md")
            try GoldenFile.check(Data(try renderer.render(diff, as: .json).utf8), "diff/diff-\(language.rawValue).json")
        }
    }

    @Test("The HTML diff is one self-contained page, and the English formats hold no CJK character")
    func html() throws {
        let diff = try diff()
        let zh = HTMLStructure(html: try PlanDiffRenderer(language: .zh).render(diff, as: .html))
        #expect(zh.html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        #expect(zh.nestingProblems.isEmpty, "\(zh.nestingProblems)")
        #expect(zh.count("http://") + zh.count("https://") + zh.count("<script") == 0)
        let teachers = zh.rows(ofTable: "teachers")
        #expect(teachers.first == ["新聘", "机电系", "2021", "1", "3", "+2"])
        for format in PlanDiffFormat.allCases {
            let text = try PlanDiffRenderer(language: .en).render(diff, as: format)
            #expect(!TextWidth.containsCJK(text), "\(format)")
        }
    }

    @Test("Display width counts CJK characters as two columns")
    func width() {
        #expect(TextWidth.of("护理") == 4)
        #expect(TextWidth.of("Nursing") == 7)
        #expect(TextWidth.pad("护理", to: 6) == "护理  ")
        #expect(TextWidth.pad("12", to: 4, leading: true) == "  12")
    }
}
