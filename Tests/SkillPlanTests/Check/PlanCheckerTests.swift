import Foundation
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
        let violations = PlanChecker(scenario: scenario).check(plan)
        let text = violations.map(\.description)
        #expect(text.contains("seats [s, 2021]: 101 students > 100 seats, by 1"))
        #expect(text.contains("domain [p, basic, 2021]: intake is 101, above its limit 100, by 1"))
        #expect(text.contains("class-size [p, basic, 2021]: intake 101 > 3 classes × 40 seats, by") == false)
        #expect(text.contains("reported [s, 2021]: enrolment reported 100, but the decisions give 101"))
        // The same in Chinese, with the same numbers: a zh run shows no English detail.
        let zh = violations.map { $0.description(in: .zh) }
        #expect(zh.contains("学位 [s, 2021]：在校生 101 人 > 学位 100 个，超出 1"))
        #expect(zh.contains("决策取值 [p, basic, 2021]：招生为 101，超过上限 100，超出 1"))
        #expect(zh.contains("报告数值 [s, 2021]：在校生报告为 100，但按决策计算为 101"))
        #expect(violations.allSatisfy { $0.messageZh != nil })
        #expect(violations.map { $0.description(in: .en) } == text)
    }

    @Test("A rotation missing: 9 of 10 teachers rotated")
    func rotationMissing() throws {
        let (scenario, original) = try solved()
        var plan = original
        plan.groups[0].onRotation = 9
        plan.rotation[0].rotated = 9
        let violations = PlanChecker(scenario: scenario).check(plan)
        #expect(
            violations.map(\.description).contains(
                "rotation-coverage [g]: 9 rotations in 2021–2021 < 10 teachers to rotate, by 1"))
        #expect(violations.map { $0.description(in: .zh) }.contains("轮训覆盖 [g]：2021–2021年轮训 9 人次 < 应轮训教师 10 人，超出 1"))
    }

    @Test("A target claimed but not met: 40 places reported as meeting 50")
    func targetClaimed() throws {
        let (scenario, original) = try solved()
        var plan = original
        plan.training[0].places = 40
        let violations = PlanChecker(scenario: scenario).check(plan)
        #expect(
            violations.map(\.description).contains(
                "target-claim [train, 2021]: claimed met, but achieves 40 of 50 person-times (short by 10 person-times)"
            ))
        #expect(
            violations.map { $0.description(in: .zh) }.contains(
                "目标声明 [train, 2021]：声称已达成，但只达到 40人次（要求 50人次，缺口 10人次）"))
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
        #expect(text.contains("class-size [p, basic, 2021]: intake 100 > 2.4 classes × 40 seats = 96, by 4"))
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

    @Test("A violation recorded before the checker spoke Chinese reads back and shows its English")
    func recordedInEnglish() throws {
        let json = #"{"check":"seats","element":"s, 2021","message":"101 students > 100 seats","amount":1}"#
        let old = try JSONDecoder().decode(PlanViolation.self, from: Data(json.utf8))
        #expect(old.description(in: .zh) == "学位 [s, 2021]：101 students > 100 seats，超出 1")
        #expect(old.description(in: .en) == "seats [s, 2021]: 101 students > 100 seats, by 1")
    }

    @Test("Fractional people: whole where rounding keeps the order, more places where it does not")
    func fractionalNumbers() {
        // The zh Evaluate page's "13177.4096 students > 4500 seats".
        #expect(NumberText.compared(13_177.4096, 4_500) == ("13,177", "4,500"))
        // Just above: rounded it would read 4,500 > 4,500.
        #expect(NumberText.compared(4_500.0037, 4_500) == ("4,500.004", "4,500"))
        #expect(NumberText.compared(4_499.6, 4_500) == ("4,499.6", "4,500"))
        // FTE: one decimal at least, none when whole.
        #expect(NumberText.compared(12.04, 12, decimals: 1) == ("12.04", "12"))
        #expect(NumberText.compared(13.26, 12, decimals: 1) == ("13.3", "12"))
        #expect(NumberText.compared(52, 52) == ("52", "52"))
        #expect(NumberText.amount(8_677.4096) == "8,677")
        #expect(NumberText.amount(0.0037) == "0.004")
        #expect(NumberText.amount(0.4) == "0.4")
        #expect(NumberText.amount(0) == "0")
        let tiny = PlanViolation(check: "seats", element: "s, 2021", message: "m", messageZh: "中", amount: 0.0037)
        #expect(tiny.description(in: .en) == "seats [s, 2021]: m, by 0.004")
        #expect(tiny.description(in: .zh) == "学位 [s, 2021]：中，超出 0.004")
    }
}
