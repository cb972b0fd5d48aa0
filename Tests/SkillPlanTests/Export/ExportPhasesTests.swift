import Foundation
import Testing

@testable import SkillPlan

/// Every export reports both phases of the solve and the reference plan of `--like`.
@Suite("Exports: the solve's phases")
struct ExportPhasesTests {
    func phased() throws -> Plan {
        var plan = try PlanFixtures.planA()
        plan.solver.phases = [
            SolverPhase(
                phase: .shortfall, status: "optimal", stopReason: nil, value: 2_100_000, bound: 2_100_000, gap: 0,
                requestedGap: 0.005, nodes: 12, searchRule: "driebeck-tomlin branching, best local bound"),
            SolverPhase(
                phase: .cost, status: "feasible", stopReason: "gap limit", value: 69_891_400, bound: 69_600_000,
                gap: 0.0042,
                requestedGap: 0.005, nodes: 900, searchRule: "driebeck-tomlin branching, best local bound"),
        ]
        plan.like = PlanLikeness(decisions: PlanDecisions(plan), reference: plan, version: "v1 (baseline)", file: nil)
        return plan
    }

    @Test(
        "The summary table holds each phase's value, bound and gap, and the reference", arguments: [Language.zh, .en])
    func summary(language: Language) throws {
        let files = try PlanExporter(language: language).export(try phased(), as: .csv)
        let summary = try #require(files.first { $0.name == "summary.csv" })
        let text = String(decoding: summary.data, as: UTF8.self)
        let expected =
            language == .en
            ? [
                "Phase 1: weighted shortfall,2100000", "Phase 1: shortfall bound,2100000", "Phase 1: gap,0.0%",
                "Phase 2: cost (yuan),69891400", "Phase 2: cost bound,69600000", "Phase 2: gap,0.42%",
                "Reference plan,v1 (baseline)", "Decisions differing from the reference,0",
            ]
            : ["第一阶段：加权缺口,2100000", "第二阶段：成本（元）,69891400", "第二阶段：相对间隙,0.42%", "参照方案,v1 (baseline)"]
        for line in expected { #expect(text.contains(line + "\r\n"), "\(line)") }
        let markdown = String(
            decoding: try PlanExporter(language: language).export(try phased(), as: .markdown)[0].data, as: UTF8.self)
        #expect(
            markdown.contains(language == .en ? "| Phase 2: cost (yuan) | 69,891,400 |" : "| 第二阶段：成本（元） | 69,891,400 |")
        )
    }

    @Test("A plan without phases exports as before (no phase rows)")
    func noPhases() throws {
        let files = try PlanExporter(language: .en).export(try PlanFixtures.planA(), as: .csv)
        let text = String(decoding: try #require(files.first { $0.name == "summary.csv" }).data, as: UTF8.self)
        #expect(!text.contains("Phase"))
    }
}
