import SkillPlan
import Testing

/// One small scenario per constraint family and target kind, each with its optimum
/// worked out by hand in the comments.
@Suite("Hand-solved scenarios")
struct HandSolvedTests {
    func solve(_ scenario: Scenario) throws -> Plan {
        let result = try Planner.solve(scenario, inputHash: "test")
        #expect(result.violations.isEmpty, "\(result.violations)")
        #expect(result.plan.solver.status == "optimal")
        return result.plan
    }

    func row(_ plan: Plan, _ programme: String = "p", _ level: String = "basic", _ year: Int = 2021)
        -> ProgrammeLevelYearPlan?
    {
        plan.programmeLevels.first { $0.programme == programme && $0.level == level && $0.year == year }
    }

    @Test("Class size: 100 applicants in classes of 40 need 3 classes (100/40 = 2.5, rounded up)")
    func classSize() throws {
        // Serving all 100 (weight 10,000 each) beats any shortfall; 3 classes × 1,000 = 3,000.
        let plan = try solve(
            TinyScenario.scenario(applicants: [TinyScenario.applicants(100)], targets: [TinyScenario.serveDemand()]))
        #expect(row(plan)?.intake == 100)
        #expect(row(plan)?.classes == 3)
        #expect(plan.costs.objective == 3_000)
    }

    @Test("Class fill: 10 applicants cannot fill half a class of 40, so nobody is admitted")
    func classFill() throws {
        // One class needs ≥ 0.5 × 40 = 20 students; only 10 apply: x = 0, 10 turned away × 10,000.
        let scenario = TinyScenario.scenario(
            programmes: [TinyScenario.programme(minFill: 0.5)],
            applicants: [TinyScenario.applicants(10)], targets: [TinyScenario.serveDemand()])
        let plan = try solve(scenario)
        #expect(row(plan)?.intake == 0)
        #expect(row(plan)?.turnedAway == 10)
        #expect(plan.costs.objective == 100_000)
    }

    @Test("Seats: 50 seats plus at most 20 added admit 70 of 100 applicants")
    func seats() throws {
        // x ≤ 50 + e, e ≤ 20 ⇒ x = 70, e = 20 (20 × 500), classes ceil(70/25) = 3 (× 100),
        // 30 turned away × 10,000: 10,000 + 300 + 300,000 = 310,300.
        let scenario = TinyScenario.scenario(
            school: TinyScenario.school(capacity: 50, maxExpand: 20, expandCost: 500),
            programmes: [TinyScenario.programme(classSize: 25, classCost: 100)],
            applicants: [TinyScenario.applicants(100)], targets: [TinyScenario.serveDemand()])
        let plan = try solve(scenario)
        #expect(row(plan)?.intake == 70)
        #expect(plan.schools.first?.seatsAdded == 20)
        #expect(plan.schools.first?.capacity == 70)
        #expect(plan.costs.objective == 310_300)
    }

    @Test("Teaching FTE, ratio form: 2 teachers + 1 hire at 20 students each teach 60 of 80")
    func teachingRatio() throws {
        // E/20 ≤ N = 2 + h, h ≤ 1 ⇒ x ≤ 60; hire 1 (5,000), 2 classes of 40 (200),
        // 20 turned away (200,000): 205,200.
        let scenario = TinyScenario.scenario(
            group: TinyScenario.group(headcount: 2, maxHire: 1, hireCost: 5_000, studentsPerFTE: 20),
            programmes: [TinyScenario.programme(classCost: 100)],
            applicants: [TinyScenario.applicants(80)], targets: [TinyScenario.serveDemand()])
        let plan = try solve(scenario)
        #expect(row(plan)?.intake == 60)
        #expect(plan.groups.first?.hires == 1)
        #expect(plan.groups.first?.fteNeeded == 3)
        #expect(plan.costs.objective == 205_200)
    }

    @Test("Teaching FTE, curriculum form, with rotation away: one class of 40 of 100 applicants")
    func teachingCurriculum() throws {
        // A class takes 600 hours, a teacher gives 600: one FTE a class. Both teachers must
        // rotate this year (coverage 2), away half the year: 2 − 0.5 × 2 = 1 FTE ⇒ 1 class,
        // x = 40, 60 turned away: 100 + 600,000 = 600,100.
        let module = CurriculumModule(
            programme: "p", level: "basic", module: "core", nameZh: "核心课", nameEn: "Core",
            group: "g", hoursByYearOfStudy: [600])
        let scenario = TinyScenario.scenario(
            group: TinyScenario.group(headcount: 2, hoursPerFTE: 600, rotationAway: 0.5),
            programmes: [TinyScenario.programme(classCost: 100)], applicants: [TinyScenario.applicants(100)],
            curricula: [module], targets: [TinyScenario.serveDemand()])
        let plan = try solve(scenario)
        #expect(row(plan)?.classes == 1)
        #expect(row(plan)?.intake == 40)
        #expect(plan.groups.first?.onRotation == 2)
        #expect(plan.groups.first?.teachingHours == 600)
        #expect(plan.groups.first?.fteAvailable == 1)
        #expect(plan.costs.objective == 600_100)
    }

    @Test("Rotation share and coverage: 10 teachers, 30% a year, 2 years: 10 hires make room")
    func rotation() throws {
        // r_y ≤ floor(0.3 N_y), r_1 + r_2 ≥ 10, h_y ≤ 5. h_1 = 5 (N = 15, r_1 ≤ 4) and
        // h_2 = 5 (N = 20, r_2 ≤ 6) is the least: fewer first-year hires leave r_1 ≤ 3 and
        // need N_2 ≥ 24. 10 hires × 1,000 = 10,000.
        let scenario = TinyScenario.scenario(
            years: 2, group: TinyScenario.group(headcount: 10, maxHire: 5, hireCost: 1_000, rotationMaxShare: 0.3),
            programmes: [])
        let plan = try solve(scenario)
        #expect(plan.groups.map(\.hires) == [5, 5])
        #expect(plan.rotation.first?.rotated == 10)
        #expect(plan.costs.objective == 10_000)
    }

    @Test("Rotation coverage that cannot hold is infeasible, and the error names it")
    func rotationInfeasible() throws {
        // Without hires, 2 years × floor(0.3 × 10) = 6 < 10 rotations.
        let scenario = TinyScenario.scenario(
            years: 2, group: TinyScenario.group(headcount: 10, rotationMaxShare: 0.3), programmes: [])
        #expect {
            try Planner.solve(scenario, inputHash: "test")
        } throws: { error in
            guard case PlanningError.infeasible(_, let conflicts) = error else { return false }
            return conflicts.contains("rotation coverage (全员轮训) of group g (rotation-coverage[g])")
        }
    }
}
