import GLPK
import SkillPlan
import Testing

/// Planning school by school: the plan is sound, its objective is at least the reported
/// lower bound, and the bound is valid: never above the exact optimum of the whole model.
@Suite("Decomposition by school")
struct DecompositionTests {
    /// Three schools, coupled by province-wide training, cumulative training by tag and
    /// the workforce's high-skill share.
    static func scenario(seed: UInt64) -> Scenario {
        ScenarioGenerator(
            size: SyntheticScenarioSize(
                schools: 3, programmesPerSchool: 3, levels: 3, years: 3, groupsPerSchool: 2,
                seed: seed)
        ).scenario()
    }

    static func exactOptions() -> PlanningOptions {
        var options = PlanningOptions(timeLimit: 120, mipGap: 0)
        options.race = false
        // The decomposition prices shortfalls against cost in one weighted objective;
        // its bound is compared with that objective's exact optimum.
        options.order = .weightedSum
        return options
    }

    @Test(
        "The plan passes the checker and the bound is valid against the exact optimum",
        arguments: [1, 2, 3] as [UInt64])
    func boundIsValid(seed: UInt64) throws {
        let scenario = Self.scenario(seed: seed)
        var options = DecompositionOptions(timeLimit: 60, mipGap: 0.001, jobs: 2)
        options.refineBound = true
        let result = try DecompositionPlanner.solve(scenario, inputHash: "test", options: options)
        #expect(result.violations.isEmpty, "\(result.violations.map(\.description))")
        #expect(result.couplingRows > 0)
        #expect(result.schools == 3)
        #expect(result.objective == result.plan.costs.objective)
        #expect(abs(result.blockObjective - result.objective) <= 1e-6 * max(1, abs(result.objective)))
        #expect(result.objective >= result.lowerBound - 1e-6 * abs(result.objective))
        #expect(result.plan.solver.objective == result.objective)
        #expect(result.plan.solver.bestBound == result.lowerBound)

        let exact = try Planner.solve(scenario, inputHash: "test", options: Self.exactOptions())
        #expect(exact.plan.solver.status == "optimal")
        let optimum = try #require(exact.plan.solver.objective)
        let tolerance = 1e-6 * max(1, abs(optimum))
        #expect(result.lowerBound <= optimum + tolerance, "bound \(result.lowerBound) above the optimum \(optimum)")
        if let relaxation = result.relaxationBound { #expect(relaxation <= optimum + tolerance) }
        if let integer = result.integerBound { #expect(integer <= optimum + tolerance) }
        #expect(result.objective >= optimum - tolerance)
        #expect((result.objective - optimum) / abs(result.objective) <= result.gap + 1e-9)
    }

    @Test("Without coupling targets the schools are solved alone, and the bound is their MIP bounds'")
    func uncoupled() throws {
        var scenario = Self.scenario(seed: 4)
        scenario.targets = scenario.targets.filter { $0.school != nil || $0.kind == .serveDemand }
        let result = try DecompositionPlanner.solve(
            scenario, inputHash: "test", options: DecompositionOptions(timeLimit: 60, mipGap: 0, jobs: 2))
        #expect(result.violations.isEmpty)
        #expect(result.couplingRows == 0)
        let exact = try Planner.solve(scenario, inputHash: "test", options: Self.exactOptions())
        let optimum = try #require(exact.plan.solver.objective)
        #expect(abs(result.objective - optimum) <= 1e-6 * max(1, abs(optimum)))
        #expect(result.lowerBound <= optimum + 1e-6 * max(1, abs(optimum)))
    }

    @Test("The result does not depend on the number of threads")
    func deterministic() throws {
        let scenario = Self.scenario(seed: 5)
        var one = DecompositionOptions(timeLimit: 60, mipGap: 0.001, jobs: 1)
        one.refineBound = false
        var two = one
        two.jobs = 2
        let first = try DecompositionPlanner.solve(scenario, inputHash: "test", options: one)
        let second = try DecompositionPlanner.solve(scenario, inputHash: "test", options: two)
        #expect(first.objective == second.objective)
        #expect(first.lowerBound == second.lowerBound)
        #expect(first.plan.programmeLevels == second.plan.programmeLevels)
    }

    @Test("A time limit already spent still gives every school its start plan, the stop reason 'time limit'")
    func spentLimitKeepsTheStartPlans() throws {
        let scenario = Self.scenario(seed: 6)
        var options = DecompositionOptions(timeLimit: 0.001, mipGap: 0.001, jobs: 2)
        // The limit counted from a start long past: every stage finds its time gone.
        options.started = ContinuousClock.now - .seconds(100)
        let result = try DecompositionPlanner.solve(scenario, inputHash: "test", options: options)
        #expect(result.violations.isEmpty, "\(result.violations.map(\.description))")
        #expect(result.schools == 3)
        #expect(result.schoolsOnStart == 3)
        #expect(result.integerBound == nil)
        #expect(result.plan.solver.stopReason == "time limit")
        #expect(result.plan.solver.timeLimit == 0.001)
    }

    @Test("A school without a plan is named, and the fix does not send a school-by-school solve to --by-school")
    func schoolWithoutPlanMessage() {
        let error = PlanningError.schoolNoPlan(scenario: "gd", school: "school-018", reason: "time limit")
        #expect(
            error.description
                == "gd: school school-018 has no plan (time limit). Fix: raise --time-limit, or check the school's limits (max_hire, max_expand, headcount) with `skillplan validate`."
        )
        let stopped = PlanningError.schoolNoPlan(scenario: "gd", school: "school-018", reason: "interrupted")
        #expect(
            stopped.description
                == "gd: school school-018 has no plan (interrupted). Fix: the search was stopped (Ctrl-C) before this school had a plan; run it again and let it search longer."
        )
    }
}
