import Foundation
import SkillPlan
import TestSupport
import Testing

/// The synthetic scenarios: deterministic, written and read back identically, hard-feasible
/// by construction, and solvable into plans the checker accepts.
@Suite("Synthetic scenarios")
struct ScenarioGeneratorTests {
    static let small = SyntheticScenarioSize(
        schools: 3, programmesPerSchool: 5, levels: 3, years: 4, groupsPerSchool: 3, seed: 7)

    @Test("The same size and seed make the same scenario; another seed another one")
    func deterministic() {
        let first = ScenarioGenerator(size: Self.small).scenario()
        let second = ScenarioGenerator(size: Self.small).scenario()
        #expect(first == second)
        var other = Self.small
        other.seed = 8
        #expect(ScenarioGenerator(size: other).scenario() != first)
    }

    @Test("Every part is there: schools, groups, programmes, levels, targets of every kind")
    func shape() {
        let scenario = ScenarioGenerator(size: Self.small).scenario()
        #expect(scenario.schools.count == 3)
        #expect(scenario.programmes.count == 15)
        #expect(scenario.groups.count == 9)
        #expect(scenario.levels.map(\.id) == ["intermediate", "senior", "technician"])
        #expect(scenario.years == [2021, 2022, 2023, 2024])
        #expect(!scenario.curricula.isEmpty)
        #expect(!scenario.applicants.isEmpty)
        // Every kind of the reference formulation; the technician-college extension's
        // kinds need data the generator does not make (qualified teachers, high-level courses).
        #expect(
            Set(scenario.targets.map(\.kind))
                == Set(TargetKind.allCases).subtracting([.qualifiedTeacherShare, .trainingScale]))
        let coupling = scenario.targets.filter { $0.school == nil && $0.kind != .serveDemand }
        #expect(coupling.contains { $0.kind == .annualTraining && $0.tags.isEmpty })
        #expect(coupling.contains { $0.kind == .cumulativeTraining && !$0.tags.isEmpty })
        #expect(coupling.contains { $0.kind == .workforceHighSkillShare })
        #expect(ScenarioValidator.issues(in: scenario).isEmpty)
    }

    @Test("Written as YAML and CSV, it loads back identically", arguments: [1, 2, 3] as [UInt64])
    func roundTrip(seed: UInt64) throws {
        var size = Self.small
        size.seed = seed
        var scenario = ScenarioGenerator(size: size).scenario()
        if seed == 2 { scenario.questionZh = "合成情景：各校能否以最低成本完成目标？" }  // written only when given
        let folder = try TemporaryFolder()
        let path = try ScenarioWriter.write(scenario, to: folder.path)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("question_zh:") == (seed == 2))
        #expect(path == folder.file("\(scenario.name).yaml"))
        let loaded = try ScenarioLoader.load(path: path)
        #expect(loaded.scenario == scenario)
        #expect(loaded.inputHash == ScenarioHash.hash(of: scenario))
    }

    @Test(
        "The holding plan is feasible: nobody new admitted, every hard constraint holds",
        arguments: [(1, 4, 1), (2, 6, 2), (4, 8, 3), (3, 10, 4)] as [(Int, Int, Int)])
    func hardFeasible(schools: Int, programmes: Int, levels: Int) throws {
        for seed in [1, 2, 3] as [UInt64] {
            let size = SyntheticScenarioSize(
                schools: schools, programmesPerSchool: programmes, levels: levels, years: 3 + Int(seed),
                groupsPerSchool: 1 + Int(seed), seed: seed)
            let scenario = ScenarioGenerator(size: size).scenario()
            let plan = try #require(HoldingPlan.plan(for: scenario, inputHash: "holding"))
            let hard = PlanChecker(scenario: scenario).check(plan)
            #expect(hard.isEmpty, "\(size.scenarioName): \(hard.map(\.description))")
        }
    }

    @Test("Small generated scenarios solve into plans that pass the checker", arguments: [11, 12, 13] as [UInt64])
    func solved(seed: UInt64) throws {
        let size = SyntheticScenarioSize(
            schools: 2, programmesPerSchool: 3, levels: 3, years: 3, groupsPerSchool: 2, seed: seed)
        let scenario = ScenarioGenerator(size: size).scenario()
        var options = PlanningOptions(timeLimit: 30, mipGap: 0.005)
        options.race = false
        let result = try Planner.solve(scenario, inputHash: "synthetic", options: options)
        #expect(result.violations.isEmpty, "\(result.violations.map(\.description))")
        #expect(result.plan.solver.status == "optimal" || result.plan.solver.status == "feasible")
    }
}
