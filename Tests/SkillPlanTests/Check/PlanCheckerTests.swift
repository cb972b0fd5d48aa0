import SkillPlan
import Testing

@Suite("Plan checker")
struct PlanCheckerTests {
    /// 100 applicants, classes of 40 (3 classes), 10 teachers who must all rotate in one
    /// year (share 1), a training target of 50 places.
    func solved() throws -> (Scenario, Plan) {
        let training = Target(id: "train", kind: .annualTraining, years: [2021], value: 50, weight: 1_000)
        let scenario = TinyScenario.scenario(
            school: TinyScenario.school(capacity: 100),
            programmes: [TinyScenario.programme(trainingCapacity: 60, trainingCost: 10)],
            applicants: [TinyScenario.applicants(100)], targets: [TinyScenario.serveDemand(), training])
        let result = try Planner.solve(scenario, inputHash: "test")
        #expect(result.violations.isEmpty)
        return (scenario, result.plan)
    }

    @Test("A solved plan passes")
    func sound() throws {
        let (scenario, plan) = try solved()
        #expect(PlanChecker(scenario: scenario).check(plan).isEmpty)
    }

    @Test("One seat too many: 101 students in 100 seats, and intake above the applicants")
    func oneSeatTooMany() throws {
        let (scenario, original) = try solved()
        var plan = original
        plan.programmeLevels[0].intake = 101
        let text = PlanChecker(scenario: scenario).check(plan).map(\.description)
        #expect(text.contains("seats [s, 2021]: 101 students > 100 seats, by 1"))
        #expect(text.contains("domain [p, basic, 2021]: intake is 101, above its limit 100, by 1"))
        #expect(text.contains("class-size [p, basic, 2021]: intake 101 > 3 classes × 40 seats, by") == false)
        #expect(text.contains("reported [s, 2021]: enrolment reported 100, but the decisions give 101"))
    }

    @Test("A rotation missing: 9 of 10 teachers rotated")
    func rotationMissing() throws {
        let (scenario, original) = try solved()
        var plan = original
        plan.groups[0].onRotation = 9
        plan.rotation[0].rotated = 9
        let text = PlanChecker(scenario: scenario).check(plan).map(\.description)
        #expect(text.contains("rotation-coverage [g]: 9 rotations in 2021–2021 < 10 teachers to rotate, by 1"))
    }

    @Test("A target claimed but not met: 40 places reported as meeting 50")
    func targetClaimed() throws {
        let (scenario, original) = try solved()
        var plan = original
        plan.training[0].places = 40
        let text = PlanChecker(scenario: scenario).check(plan).map(\.description)
        #expect(
            text.contains(
                "target-claim [train, 2021]: claimed met, but achieves 40 of 50 person-times (short by 10 person-times)"
            ))
    }

    @Test("A fractional class and a hire above the limit are domain violations")
    func domains() throws {
        let (scenario, original) = try solved()
        var plan = original
        plan.programmeLevels[0].classes = 2.4
        plan.groups[0].hires = 1
        let text = PlanChecker(scenario: scenario).check(plan).map(\.description)
        #expect(text.contains("domain [p, basic, 2021]: classes is 2.4; it must be a whole number ≥ 0"))
        #expect(text.contains("domain [g, 2021]: hires is 1, above its limit 0, by 1"))
        #expect(text.contains("class-size [p, basic, 2021]: intake 100 > 2.4 classes × 40 seats, by 4"))
    }

    @Test("A plan of another scenario, or missing rows, is incomplete")
    func completeness() throws {
        let (scenario, original) = try solved()
        var plan = original
        plan.scenario = "other"
        plan.groups = []
        let text = PlanChecker(scenario: scenario).check(plan).map(\.description)
        #expect(text.contains("completeness [plan]: the plan is for scenario 'other', not 'tiny'"))
        #expect(text.contains("completeness [g, 2021]: no row for this teacher group and year"))
    }
}
