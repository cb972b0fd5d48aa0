import Foundation
import SkillPlan
import Testing

/// Five plans side by side: one headline table with a column per plan, in every format.
@Suite("Plan lineup")
struct PlanLineupTests {
    /// Plan A, plan B, and three variants of A: no seats added, no one hired in 2022, and
    /// 100 more housekeeping places in 2021.
    func plans() throws -> [Plan] {
        let scenario = PlanFixtures.scenario(name: "xingning-test", titleZh: "兴宁市测试方案", titleEn: "Xingning test plan")
        var noSeats = PlanFixtures.decisionsA
        noSeats.expansion[PlanDecisions.key("xn-tech", 2022)] = 0
        var noHires = PlanFixtures.decisionsA
        for g in ["xt-mech", "xt-service", "mh-nursing"] { noHires.hires[PlanDecisions.key(g, 2022)] = 0 }
        var moreTraining = PlanFixtures.decisionsA
        moreTraining.training[PlanDecisions.key("housekeeping", 2021)] = 600
        return [
            try PlanFixtures.planA(), try PlanFixtures.planB(),
            try PlanFixtures.plan(scenario: scenario, decisions: noSeats),
            try PlanFixtures.plan(scenario: scenario, decisions: noHires),
            try PlanFixtures.plan(scenario: scenario, decisions: moreTraining),
        ]
    }

    @Test("A column per plan, named by label or scenario; each cost as the plan has it")
    func text() throws {
        let plans = try plans()
        let lineup = PlanLineup(plans: plans, labels: ["base", nil, "no-seats", "no-hires", "more-training"])
        let text = try PlanDiffRenderer(language: .en).render(lineup, as: .text)
        let lines = text.components(separatedBy: "\n")
        #expect(
            lines[0]
                == "Plans side by side: base · xingning-test, xingning-test-b, no-seats · xingning-test, no-hires · xingning-test, more-training · xingning-test"
        )
        #expect(lines[1] == "Plan 1: base · xingning-test (Xingning test plan)")
        #expect(lines[5] == "Plan 5: more-training · xingning-test (Xingning test plan)")
        let header = try #require(lines.first { $0.hasPrefix("  What changed") })
        for name in ["1 base", "2 xingning-test-b", "3 no-seats", "4 no-hires", "5 more-training"] {
            #expect(header.contains(name), "\(name)")
        }
        let total = try #require(lines.first { $0.contains("Total cost") })
        let cells = total.split(separator: " ").map(String.init)
        #expect(Array(cells.suffix(5)) == plans.map { NumberText.money($0.costs.total) })
        // Seats: 50 fewer seats added (20,000 each) in plan 3; 100 × 800 more training in plan 5.
        #expect(plans[2].costs.total == plans[0].costs.total - 50 * 20_000)
        #expect(plans[4].costs.total == plans[0].costs.total + 100 * 800)
        let met = try #require(lines.first { $0.contains("Targets met") })
        #expect(
            met.split(separator: " ").suffix(15).joined(separator: " ")
                == plans.map { "\(PlanFigures($0).targetsMet) of 5" }.joined(separator: " "))
    }

    @Test("Every format has the five plans", arguments: Language.allCases)
    func formats(language: Language) throws {
        let lineup = PlanLineup(plans: try plans())
        let renderer = PlanDiffRenderer(language: language)
        let markdown = try renderer.render(lineup, as: .markdown)
        let header = try #require(markdown.components(separatedBy: "\n").first { $0.hasPrefix("| ") })
        #expect(header.components(separatedBy: " | ").count == 7)
        let json =
            try JSONSerialization.jsonObject(with: Data(try renderer.render(lineup, as: .json).utf8)) as? [String: Any]
        let entries = try #require(json?["plans"] as? [[String: Any]])
        #expect(entries.count == 5)
        #expect((entries[2]["costs"] as? [String: Any])?["expansion"] as? Int == 0)
        let html = HTMLStructure(html: try renderer.render(lineup, as: .html))
        #expect(html.nestingProblems.isEmpty, "\(html.nestingProblems)")
        let rows = html.rows(ofTable: "lineup")
        #expect(rows.first?.count == 7)
        // Plan 3 adds no seats: cheaper than plan 1, so its total is green.
        #expect(
            html.html.contains("<td class=\"num better\">\(NumberText.money(try self.plans()[2].costs.total))</td>"))
        if language == .en { #expect(!TextWidth.containsCJK(html.html)) }
    }
}
