import Foundation
import GLPK
import SkillPlan
import Testing

/// The planner's MIP search: the default rule alone within its node budget, the race after.
/// These tests turn the heuristic start off (`roundingStart = false`) to test the search
/// as GLPK runs it from nothing, as glpsol does on the exported model.
@Suite("The planner's search: node budget, then race")
struct PlanSearchTests {
    /// Options without the heuristic's start plan.
    static func searchOnly(nodeLimit: Int? = nil) -> PlanningOptions {
        var options = PlanningOptions()
        options.roundingStart = false
        options.nodeLimit = nodeLimit
        return options
    }

    static let defaultRule = "driebeck-tomlin branching, best local bound"
    static let pseudoCost = "pseudo-cost branching, best projection"

    /// The scenario's model solved directly with GLPK, one rule, no race.
    static func direct(_ scenario: Scenario, pseudoCost: Bool = false, nodeLimit: Int? = nil) throws -> Solution {
        var options = SolverOptions()
        options.mipGap = scenario.solver.mipGap
        options.timeLimit = 120
        options.nodeLimit = nodeLimit
        if pseudoCost {
            options.branching = .pseudoCost
            options.backtracking = .bestProjection
        }
        return try ModelBuilder(scenario: scenario).build().model.solve(options)
    }

    @Test("The baseline without the college extension finishes within the budget: the default rule's plan, found alone")
    func baselineAlone() throws {
        let plan = try Baseline.weightedSearchOnly.get().plan
        let direct = try Self.direct(try Baseline.withoutExtension.get())
        #expect(direct.status == .feasible(.gapLimit))
        #expect(try #require(direct.nodes) < PlanningOptions.defaultSoloNodes)
        #expect(plan.solver.searchRule == Self.defaultRule)
        #expect(plan.solver.objective == direct.objectiveValue)
        #expect(plan.solver.stopReason == "gap limit")
    }

    @Test("A scenario whose default search outgrows the budget is raced, and pseudo-cost branching wins")
    func raced() throws {
        // The no-expansion what-if on the strengthened model: the default rule needs about
        // 770 nodes, pseudo-cost about 530 (skillplan-bench rules); with a budget of 600
        // the default rule stops and the race starts.
        let path = Baseline.root.appendingPathComponent("Models/no-expansion.yaml").path
        let loaded = try ScenarioLoader.load(path: path)
        // Without the technician-college extension: the model these counts were measured on.
        let scenario = loaded.scenario.withoutCollegeExtension
        let budget = try Self.direct(scenario, nodeLimit: 600)
        #expect(budget.status == .feasible(.nodeLimit))
        let pseudo = try Self.direct(scenario, pseudoCost: true)
        #expect(pseudo.status == .feasible(.gapLimit))
        var options = Self.searchOnly()
        options.soloNodes = 600
        options.order = .weightedSum
        let result = try Planner.solve(scenario, inputHash: loaded.inputHash, options: options)
        #expect(result.violations.isEmpty)
        #expect(result.plan.solver.searchRule == Self.pseudoCost)
        #expect(result.plan.solver.objective == pseudo.objectiveValue)
        #expect((result.plan.solver.gap ?? 1) <= 0.005)
    }

    @Test("A node limit too small for any plan is no plan, with the fix")
    func nodeLimitNoPlan() throws {
        let loaded = try Baseline.loaded.get()
        var options = Self.searchOnly()
        options.order = .weightedSum
        // The first plan comes after about 2,260 nodes (250 without the technician-college extension).
        options.nodeLimit = 100
        let error = #expect(throws: PlanningError.self) {
            try Planner.solve(loaded.scenario, inputHash: loaded.inputHash, options: options)
        }
        #expect(error?.description == "xingning-2025: no plan was found (node limit). Fix: raise --node-limit.")
    }

    @Test(
        "In two phases the same node limit still gives a plan: phase 1 finds one within it, phase 2 holds its shortfall, and the plan says it stopped"
    )
    func nodeLimitPhases() throws {
        let loaded = try Baseline.loaded.get()
        let options = Self.searchOnly(nodeLimit: 100)
        let result = try Planner.solve(loaded.scenario, inputHash: loaded.inputHash, options: options)
        #expect(result.violations.isEmpty)
        let shortfall = try #require(result.plan.solver.phase(.shortfall)?.value)
        #expect(result.plan.solver.phase(.cost) != nil)
        #expect(result.plan.solver.stopReason == "node limit")
        // Phase 2 holds phase 1's shortfall (within its tolerance of a hundredth of a person).
        #expect(result.plan.costs.shortfallPenalty <= shortfall + 0.01 * 150_000 + 1e-6 * shortfall)
    }

    @Test("A node limit stops the search at the same plan in every run, and says so")
    func nodeLimit() throws {
        let loaded = try Baseline.loaded.get()
        // Without the technician-college extension, whose baseline's first plan (about 2,260
        // nodes) is already within the gap, so there a node limit stops with no plan or none.
        let scenario = loaded.scenario.withoutCollegeExtension
        var options = Self.searchOnly()
        options.order = .weightedSum
        options.nodeLimit = 500  // after the first plan (about 250 nodes), before the gap (about 900)
        let first = try Planner.solve(scenario, inputHash: loaded.inputHash, options: options)
        let second = try Planner.solve(scenario, inputHash: loaded.inputHash, options: options)
        #expect(first.plan.solver.stopReason == "node limit")
        #expect(first.plan.solver.searchRule == Self.defaultRule)
        #expect(first.violations.isEmpty)
        let direct = try Self.direct(scenario, nodeLimit: 500)
        #expect(first.plan.solver.objective == direct.objectiveValue)
        #expect(second.plan.solver.objective == first.plan.solver.objective)
        var same = second.plan
        same.run = first.plan.run  // the run's times and date differ; everything else may not
        #expect(same == first.plan)
    }
}
