import GLPK
import SkillPlan
import Testing

/// The plan rounded from the LP relaxation: feasible (the checker finds nothing), and
/// taken by GLPK as its search's first incumbent.
@Suite("Rounded start plan")
struct RoundingStartTests {
    @Test("The start plan passes the checker and GLPK accepts it", arguments: [1, 2, 3, 4] as [UInt64])
    func accepted(seed: UInt64) throws {
        let scenario = ScenarioGenerator(
            size: SyntheticScenarioSize(
                schools: 2, programmesPerSchool: 4, levels: 3, years: 4,
                groupsPerSchool: 2, seed: seed)
        ).scenario()
        let start = try #require(try StartPlan.make(for: scenario, timeLimit: 30))
        #expect(PlanChecker(scenario: scenario).check(start.plan(inputHash: "start")).isEmpty)
        let built = try ModelBuilder(scenario: scenario).build()
        var options = SolverOptions()
        options.start = start.values
        options.mipGap = 0.01
        options.timeLimit = 30
        options.verbosity = .errors
        let solution = try built.model.solve(options)
        #expect(solution.startAccepted == true)
        #expect(solution.status.hasSolution)
        let objective = try #require(solution.objectiveValue)
        #expect(objective <= start.objective + 1e-6 * abs(start.objective))
    }

    @Test("Planner offers the start plan when asked, and the plan still passes the checker")
    func planner() throws {
        let scenario = ScenarioGenerator(
            size: SyntheticScenarioSize(
                schools: 2, programmesPerSchool: 3, levels: 3, years: 3,
                groupsPerSchool: 2, seed: 9)
        ).scenario()
        let start = try #require(try StartPlan.make(for: scenario, timeLimit: 30))
        var options = PlanningOptions(timeLimit: 30, mipGap: 0.005)
        options.roundingStart = true
        // One weighted search, so that its objective is the start plan's to compare.
        options.order = .weightedSum
        let result = try Planner.solve(scenario, inputHash: "start", options: options)
        #expect(result.violations.isEmpty, "\(result.violations.map(\.description))")
        // Within the gap of the search's bound, which is at least the relaxation's.
        let objective = try #require(result.plan.solver.objective)
        let bound = try #require(start.relaxationBound)
        let proven = try #require(result.plan.solver.bestBound)
        #expect(proven >= bound - 1e-9 * abs(bound))
        #expect((objective - proven) / objective <= 0.005)
        #expect(result.plan.solver.stopReason == "gap limit" || result.plan.solver.status == "optimal")
    }
}
