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
                #expect(
                    abs(x.delta) > abs(y.delta) || (abs(x.delta) == abs(y.delta) && x.key < y.key),
                    "\(x.key) before \(y.key)")
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
        #expect(
            try renderer.render(diff, as: .text) == """
                \(language == .zh ? "方案比较：xingning-test → xingning-test" : "Plan comparison: xingning-test → xingning-test")
                \(language == .zh ? "方案A：xingning-test（兴宁市测试方案）" : "Plan A: xingning-test (Xingning test plan)")
                \(language == .zh ? "方案B：xingning-test（兴宁市测试方案）" : "Plan B: xingning-test (Xingning test plan)")

                \(noChanges)\(language == .zh ? "。" : ".")

                """)
    }

    @Test("Input changes follow the headline, one line each, long values cut with …")
    func inputs() throws {
        let question = String(repeating: "假设：2021–2025 年不招聘任何教师。", count: 12)
        let inputs = [
            InputChange(table: "teacher_groups", id: "xt-mech", field: "max_hire", before: "1", after: "3"),
            InputChange(table: "applicants", id: "footwear/senior/2023", field: "applicants", before: nil, after: "40"),
            InputChange(table: "scenario", id: "xingning-test", field: "question_zh", before: nil, after: question),
        ]
        let diff = PlanDiff.compare(try PlanFixtures.planA(), try PlanFixtures.planB(), inputs: inputs)
        #expect(diff.inputs == inputs)
        let text = try PlanDiffRenderer(language: .en).render(diff, as: .text)
        let headline = try #require(text.range(of: "\nHeadline\n"))
        let heading = try #require(text.range(of: "\nInputs that changed (3 changes)\n"))
        let seats = try #require(text.range(of: "\nSeats, intake and training"))
        #expect(headline.upperBound < heading.lowerBound && heading.upperBound < seats.lowerBound)
        #expect(text.contains("\n  teacher_groups · xt-mech · max_hire: 1 → 3\n"))
        #expect(text.contains("\n  applicants · footwear/senior/2023 · applicants: none → 40\n"))
        // The question is cut to 40 columns, "…" included.
        let cut = "假设：2021–2025 年不招聘任何教师。假设…"
        #expect(TextWidth.of(cut) == 39)
        #expect(text.contains("\n  scenario · xingning-test · question_zh: none → \(cut)\n"))
        let zh = try PlanDiffRenderer(language: .zh).render(diff, as: .markdown)
        #expect(zh.contains("## 输入变化（3项变化）\n\n- teacher_groups · xt-mech · max_hire：1 → 3\n"))
        let json = try PlanDiffRenderer(language: .en).render(diff, as: .json)
        #expect(json.contains("\"field\" : \"max_hire\""))
        #expect(json.contains("\"before\" : null"))
        // The JSON keeps the whole value beside the cut line of the headline.
        #expect(json.contains(question))
    }

    @Test(
        "The headline: costs, targets newly short and met with amounts, applicants turned away, teachers and seats per school"
    )
    func headline() throws {
        let diff = PlanDiff.compare(try PlanFixtures.planA(), try PlanFixtures.planC())
        let a = diff.beforeFigures, c = diff.afterFigures
        // 300 places × 800 yuan more (500 → 800); 3 hires × 150,000 fewer.
        #expect(c.costs.total - a.costs.total == 300 * 800 - 3 * 150_000)
        #expect(a.target("annual-training")?.met == false && c.target("annual-training")?.met == true)
        #expect(a.target("annual-training")?.shortfall == 50)
        #expect(a.target("teacher-ratio")?.met == true && c.target("teacher-ratio")?.met == false)
        #expect(c.target("teacher-ratio")?.yearsShort == [2021, 2022])
        #expect(c.school("mz-health")?.teachers == 10)
        #expect(a.school("mz-health")?.teachers == 13)
        let text = try PlanDiffRenderer(language: .en).render(diff, as: .text)
        let first20 = text.components(separatedBy: "\n").prefix(20).joined(separator: "\n")
        for needle in [
            "Total cost", "-210,000 (-4.8%)", "Newly short", "At most 25 students per teacher (2021–2022)", "Newly met",
            "At least 800 training person-times a year", "Short 50 person-times", "-50 person-times",
            "Applicants turned away", "All programmes (of 585 applicants)", "Teachers 2022",
        ] {
            #expect(first20.contains(needle), "\(needle)")
        }
        #expect(text.contains("\n  Seats 2022              Xingning Senior Technical School"))
        for language in Language.allCases {
            let renderer = PlanDiffRenderer(language: language)
            for (format, ext) in [(PlanDiffFormat.text, "txt"), (.markdown, "md"), (.json, "json")] {
                try GoldenFile.check(
                    Data(try renderer.render(diff, as: format).utf8), "diff/headline-\(language.rawValue).\(ext)")
            }
        }
    }

    @Test("A 0.4-person change is counted, not listed; --min-change 0 lists it")
    func threshold() throws {
        var decisions = PlanFixtures.decisionsA
        decisions.training[PlanDecisions.key("housekeeping", 2022)] = 550.4
        let a = try PlanFixtures.planA()
        let b = try PlanFixtures.plan(
            scenario: PlanFixtures.scenario(
                name: "xingning-test", titleZh: "兴宁市测试方案",
                titleEn: "Xingning test plan"), decisions: decisions)
        let diff = PlanDiff.compare(a, b)
        // The 0.4 person-times, and 0.4 × 800 = 320 yuan of training, total and objective
        // (under 0.1% of the total cost).
        // (The annual training target of 2022 stays met: 820.4 person-times of 800.)
        #expect(
            diff.changes.map(\.key).sorted() == [
                "cost[objective]", "cost[total]", "cost[training]", "training[housekeeping,2022]",
            ])
        #expect(diff.changes.allSatisfy { !diff.isListed($0) })
        #expect(diff.unlistedCount == 4)
        let text = try PlanDiffRenderer(language: .en).render(diff, as: .text)
        #expect(
            text.contains(
                "\nSeats, intake and training (0 changes; 1 smaller change not listed (under 1 person, 1 seat or 0.1% of total cost))\n"
            ))
        #expect(
            text.contains(
                "\nCosts (0 changes; 3 smaller changes not listed (under 1 person, 1 seat or 0.1% of total cost))\n"))
        #expect(!text.contains("Housekeeping · Short courses"))
        #expect(!text.contains("Still short"))
        let zh = try PlanDiffRenderer(language: .zh).render(diff, as: .text)
        #expect(zh.contains("\n学位、招生与培训（0项变化；另有1项较小的变化未列出（小于1人、1个学位或总费用的0.1%））\n"))
        let json = try PlanDiffRenderer(language: .en).render(diff, as: .json)
        #expect(json.contains("\"unlisted\" : 5"))  // the four, and the summed short courses
        let all = PlanDiff.compare(a, b, threshold: .all)
        let listed = try PlanDiffRenderer(language: .en).render(all, as: .text)
        // Listed, in whole people as every display shows them (the JSON keeps 550.4).
        #expect(listed.contains("  Training person-times  Housekeeping · Short courses  2022     550    550      0\n"))
    }

    @Test("Two saved versions are named by their labels and scenarios")
    func labels() throws {
        let diff = PlanDiff.compare(try PlanFixtures.planA(), try PlanFixtures.planB(), labels: ("baseline", "v2"))
        let text = try PlanDiffRenderer(language: .en).render(diff, as: .text)
        #expect(
            text.hasPrefix(
                """
                Plan comparison: baseline · xingning-test → v2 · xingning-test-b
                Plan A: baseline · xingning-test (Xingning test plan)
                Plan B: v2 · xingning-test-b (Xingning test plan (more places))

                """))
        let json = try PlanDiffRenderer(language: .zh).render(diff, as: .json)
        #expect(json.contains("\"label\" : \"baseline\""))
        #expect(json.contains("\"name\" : \"baseline · xingning-test\""))
        let html = try PlanDiffRenderer(language: .zh).render(diff, as: .html)
        #expect(html.contains("<h1>方案比较：baseline · xingning-test → v2 · xingning-test-b</h1>"))
    }

    @Test("Golden text, Markdown and JSON of the diff of the two fixture plans")
    func golden() throws {
        let diff = try diff()
        for language in Language.allCases {
            let renderer = PlanDiffRenderer(language: language)
            try GoldenFile.check(Data(try renderer.render(diff, as: .text).utf8), "diff/diff-\(language.rawValue).txt")
            try GoldenFile.check(
                Data(try renderer.render(diff, as: .markdown).utf8), "diff/diff-\(language.rawValue).md")
            try GoldenFile.check(Data(try renderer.render(diff, as: .json).utf8), "diff/diff-\(language.rawValue).json")
        }
    }

    /// Target prices as a plan file keeps them.
    static func prices(_ relaxation: String, _ rows: [String]) throws -> TargetPrices {
        let json = "{\"relaxation\": \(relaxation), \"planCost\": 1, \"prices\": [\(rows.joined(separator: ", "))]}"
        return try JSONDecoder().decode(TargetPrices.self, from: Data(json.utf8))
    }

    /// One target's price as a plan file keeps it.
    static func price(_ target: String, _ kind: String, saved: Double?, low: Double? = nil, high: Double? = nil)
        -> String
    {
        func number(_ value: Double?) -> String { value.map { "\($0)" } ?? "null" }
        return
            "{\"target\": \"\(target)\", \"kind\": \"\(kind)\", \"unit\": \"person-times\", \"metInPlan\": true, "
            + "\"status\": \"\(saved == nil ? "not run" : "optimal")\", \"costSaved\": \(number(saved)), "
            + "\"costSavedLow\": \(number(low ?? saved)), \"costSavedHigh\": \(number(high ?? saved))}"
    }

    @Test("Both plans priced: a Target prices section after the inputs, each target's price before → after, golden")
    func targetPrices() throws {
        var a = try PlanFixtures.planA(), c = try PlanFixtures.planC()
        a.targetPrices = try Self.prices(
            "{\"kind\": \"step\", \"step\": 0.1}",
            [
                Self.price("annual-training", "annual-training", saved: 120_000, low: 100_000, high: 130_000),
                Self.price("teacher-ratio", "student-teacher-ratio", saved: 0, low: -5_000, high: 8_000),
                Self.price("serve-demand", "serve-demand", saved: 50_000),
            ])
        c.targetPrices = try Self.prices(
            "{\"kind\": \"remove\"}",
            [
                Self.price("annual-training", "annual-training", saved: 150_000),
                Self.price("teacher-ratio", "student-teacher-ratio", saved: nil),
                Self.price("hakka-2022", "cumulative-training", saved: 0),
            ])
        let diff = PlanDiff.compare(a, c)
        let text = try PlanDiffRenderer(language: .en).render(diff, as: .text)
        let lines = text.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "Target prices"))
        #expect(
            lines[start + 1]
                == "  What meeting each target costs: the cost saved by relaxing it (yuan), before → after; "
                + "relaxed: Plan A each requirement lowered by 10.0%, Plan B each target removed.")
        // The second plan's targets in its order, then the one only the first has; a
        // price not known in a plan is "none", and so is the change; a range holding 0
        // reads "within the gap", with the range.
        #expect(
            Array(lines[(start + 2)...(start + 6)]) == [
                "  Target                                                                  Before     After    Delta",
                "  At least 800 training person-times a year      +120,000 (+100,000 to +130,000)  +150,000  +30,000",
                "  At most 25 students per teacher              within the gap (-5,000 to +8,000)      none     none",
                "  At least 150 Hakka-cuisine trainees by 2022                               none         0     none",
                "  Serve every applicant                                                  +50,000      none     none",
            ])
        // After the inputs (none here), before the per-school totals.
        #expect(
            lines[start - 1] == ""
                && text.range(of: "Target prices")!.lowerBound < text.range(of: "By school")!.lowerBound)
        let zh = try PlanDiffRenderer(language: .zh).render(diff, as: .markdown)
        #expect(zh.contains("| 每年培训800人次以上 | +120,000（+100,000 至 +130,000） | +150,000 | +30,000 |"))
        let html = HTMLStructure(html: try PlanDiffRenderer(language: .en).render(diff, as: .html))
        #expect(html.nestingProblems.isEmpty, "\(html.nestingProblems)")
        #expect(
            html.rows(ofTable: "target-prices").first == [
                "At least 800 training person-times a year", "+120,000 (+100,000 to +130,000)", "+150,000", "+30,000",
            ])
        for language in Language.allCases {
            let renderer = PlanDiffRenderer(language: language)
            for (format, ext) in [(PlanDiffFormat.text, "txt"), (.markdown, "md"), (.json, "json")] {
                try GoldenFile.check(
                    Data(try renderer.render(diff, as: format).utf8), "diff/prices-\(language.rawValue).\(ext)")
            }
        }
        // The same decisions priced two ways: no change, but the prices are compared.
        var removed = a
        removed.targetPrices = c.targetPrices
        let same = PlanDiff.compare(a, removed)
        #expect(same.isEmpty)
        for format in [PlanDiffFormat.text, .markdown, .html] {
            let rendered = try PlanDiffRenderer(language: .en).render(same, as: format)
            #expect(rendered.contains("No changes") && rendered.contains("Target prices"), "\(format)")
            #expect(rendered.contains("+30,000"), "\(format)")
        }
        // One plan without prices: no section.
        var unpriced = c
        unpriced.targetPrices = nil
        let plain = try PlanDiffRenderer(language: .en).render(PlanDiff.compare(a, unpriced), as: .text)
        #expect(!plain.contains("Target prices"))
        #expect(
            !(try PlanDiffRenderer(language: .en).render(PlanDiff.compare(a, unpriced), as: .json)).contains(
                "targetPrices"))
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
        // A chart per school (students and seats, teachers), and one of the targets.
        #expect(zh.count("data-chart=\"diff-seats\"") == 2)
        #expect(zh.count("data-chart=\"diff-teachers\"") == 2)
        #expect(zh.count("data-chart=\"diff-targets\"") == 1)
        // Colours by meaning: the cost rise is worse, the serve-demand shortfall's fall better.
        #expect(zh.html.contains("<td class=\"num worse\">+1,110,000（+"))
        #expect(zh.html.contains("<li class=\"better\">对全市更有利"))
        if let folder = ProcessInfo.processInfo.environment["SKILLPLAN_HTML_OUT"] {
            for language in Language.allCases {
                try PlanDiffRenderer(language: language).render(diff, as: .html)
                    .write(toFile: folder + "/diff-\(language.rawValue).html", atomically: true, encoding: .utf8)
            }
        }
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
