import Foundation
import Testing

@testable import SkillPlan

/// The solve order (shortfall, then cost, then with a reference the distance to it) on
/// scenarios small enough to solve by hand.
@Suite("Solve order: shortfall, cost, distance")
struct SolveOrderTests {
    /// 500 short-course places asked a year, 300 possible at 100 yuan each, a place short
    /// weighing 10: cheaper to train nobody (5,000 penalty) than 300 (30,000 yuan).
    func unmeetable() -> Scenario {
        let target = Target(id: "train", kind: .annualTraining, years: [2021], value: 500, weight: 10)
        return TinyScenario.scenario(
            programmes: [TinyScenario.programme(levels: [], trainingCapacity: 300, trainingCost: 100)],
            targets: [target])
    }

    @Test(
        "A target that cannot be met: phase 1 trains all 300 places (shortfall 200 × 10), phase 2 prices them (30,000)")
    func unmeetableTarget() throws {
        let plan = try Planner.solve(unmeetable(), inputHash: "test").plan
        let shortfall = try #require(plan.solver.phase(.shortfall))
        let cost = try #require(plan.solver.phase(.cost))
        #expect(plan.training.first?.places == 300)
        #expect(shortfall.value == 2_000 && shortfall.bound == 2_000 && shortfall.gap == 0)
        #expect(cost.value == 30_000 && cost.gap == 0)
        #expect(plan.costs.total == 30_000 && plan.costs.shortfallPenalty == 2_000)
        #expect(plan.solver.objective == 32_000)
        #expect(plan.solver.status == "optimal")
        #expect(plan.solver.phases?.map(\.phase) == [.shortfall, .cost])
    }

    @Test("The one weighted search trains nobody there: 500 short × 10 = 5,000 < 30,000 yuan")
    func weightedSumDiffers() throws {
        var options = PlanningOptions()
        options.order = .weightedSum
        let plan = try Planner.solve(unmeetable(), inputHash: "test", options: options).plan
        #expect(plan.training.first?.places == 0)
        #expect(plan.costs.objective == 5_000)
        #expect(plan.solver.phases == nil)
    }

    @Test("Targets all met: phase 1 proves a shortfall of 0, phase 2 the least cost (3 classes, 3,000)")
    func allMet() throws {
        let scenario = TinyScenario.scenario(
            applicants: [TinyScenario.applicants(100)], targets: [TinyScenario.serveDemand()])
        let plan = try Planner.solve(scenario, inputHash: "test").plan
        #expect(plan.solver.phase(.shortfall)?.value == 0)
        #expect(plan.solver.phase(.shortfall)?.gap == 0)
        #expect(plan.solver.phase(.cost)?.value == 3_000)
        #expect(plan.costs.objective == 3_000)
        let summary = PlanSummary.text(of: plan)
        #expect(summary.contains("Phase 1, shortfall (weighted): 0, bound 0, gap 0.00% (asked 0.00%); optimal"))
        #expect(summary.contains("Phase 2, cost (yuan): 3,000, bound 3,000, gap 0.00% (asked 0.00%); optimal"))
    }

    /// Two identical programmes, each able to train 100 a year at the same price, and a
    /// target of 100 places: every split costs the same, a tie.
    func tie() -> Scenario {
        let target = Target(id: "train", kind: .annualTraining, years: [2021], value: 100, weight: 1_000)
        return TinyScenario.scenario(
            programmes: [
                TinyScenario.programme(id: "p", levels: [], trainingCapacity: 100, trainingCost: 50),
                TinyScenario.programme(id: "q", levels: [], trainingCapacity: 100, trainingCost: 50),
            ],
            targets: [target])
    }

    /// A plan of the tie scenario with the places split as given.
    func reference(_ scenario: Scenario, p: Double, q: Double) throws -> Plan {
        var decisions = PlanDecisions()
        decisions.training = [PlanDecisions.key("p", 2021): p, PlanDecisions.key("q", 2021): q]
        decisions.rotation = [PlanDecisions.key("g", 2021): 10]
        let given = GivenDecisions(decisions: decisions, missing: [], count: 3)
        return try PlanEvaluation.evaluate(
            LoadedScenario(scenario: scenario, sourceMap: ScenarioSourceMap(), inputFiles: []), given: given
        ).plan
    }

    @Test(
        "A tie --like a reference is broken toward it: all on q when the reference trains on q, all on p when it trains on p"
    )
    func tieFollowsReference() throws {
        let scenario = tie()
        for (p, q) in [(0.0, 100.0), (100.0, 0.0), (40.0, 60.0)] {
            var options = PlanningOptions()
            options.like = PlanReference(plan: try reference(scenario, p: p, q: q), file: "reference.json")
            let plan = try Planner.solve(scenario, inputHash: "test", options: options).plan
            #expect(plan.training.map(\.places) == [p, q])
            #expect(plan.costs.total == 5_000)
            #expect(plan.like?.distance == 0)
            #expect(plan.like?.decisionsDiffering == 0)
            #expect(plan.like?.file == "reference.json")
            #expect(abs(plan.solver.phase(.distance)?.value ?? 1) < 1e-9)
        }
    }

    @Test(
        "--like never buys closeness with cost: a reference that trains 150 gets the 100 the target needs, distance 50")
    func likeHoldsCost() throws {
        let scenario = tie()
        var options = PlanningOptions()
        options.like = PlanReference(plan: try reference(scenario, p: 100, q: 50), version: "v1 (baseline)")
        let plan = try Planner.solve(scenario, inputHash: "test", options: options).plan
        // Any split of 100 with p ≤ 100 and q ≤ 50 is 50 from the reference; none is nearer.
        #expect(plan.training.reduce(0) { $0 + $1.places } == 100)
        #expect(plan.costs.total == 5_000)
        #expect(plan.like?.distance == 50)
        #expect(plan.like?.decisionsCompared == 5)
        #expect(
            PlanSummary.text(of: plan).contains(
                "Like v1 (baseline): \(plan.like?.decisionsDiffering ?? -1) of 5 decisions differ (distance 50)"))
    }

    @Test("A reference with other programmes and years: what exists is matched, the rest counted as unmatched")
    func unmatched() throws {
        let scenario = tie()
        var reference = try reference(scenario, p: 0, q: 100)
        var extra = reference.training[1]
        extra.programme = "gone"
        reference.training.append(extra)
        var later = reference.training[0]
        later.year = 2022
        reference.training.append(later)
        var options = PlanningOptions()
        options.like = PlanReference(plan: reference, file: "ref.json")
        let plan = try Planner.solve(scenario, inputHash: "test", options: options).plan
        #expect(plan.training.map(\.places) == [0, 100])
        #expect(plan.like?.unmatchedInReference == 2)
        #expect(plan.like?.unmatchedHere == 0)
        #expect(
            PlanSummary.text(of: plan).contains(
                "unmatched: 2 of the reference's decisions (not in this scenario), 0 of this plan's (not in the reference)"
            ))
    }

    @Test("The plan JSON keeps both phases and the reference, and reads back the same")
    func roundTrip() throws {
        let scenario = tie()
        var options = PlanningOptions()
        options.like = PlanReference(plan: try reference(scenario, p: 0, q: 100), file: "ref.json")
        let plan = try Planner.solve(scenario, inputHash: "test", options: options).plan
        let data = try PlanFile.encode(plan)
        let text = String(decoding: data, as: UTF8.self)
        #expect(
            text.contains("\"phase\" : \"shortfall\"") && text.contains("\"phase\" : \"cost\"")
                && text.contains("\"phase\" : \"distance\""))
        #expect(try PlanFile.decode(data) == plan)
    }
}
