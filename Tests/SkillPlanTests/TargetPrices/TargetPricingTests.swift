import SkillPlan
import Testing

/// Target prices on a scenario small enough to price by hand: one school, one teacher
/// group, one programme, one level of one year, one planning year (2021), gap 0.
///
/// 50 apply; classes of 5 at 1,000; 45 seats, up to 10 more at 300 each; 2 teachers, a
/// hire 10,000; short courses 50 a person-time. Targets: admit every applicant
/// (`serve`), 100 short-course places (`training`), at most 5 students per teacher
/// (`ratio`), at least 30 students (`enrolment`, slack: serving demand gives 50).
/// The plan: 50 admitted in 10 classes (10,000), 5 seats added (1,500), 10 teachers
/// needed so 8 hired (80,000), 100 places (5,000): 96,500 yuan.
@Suite("Target prices")
struct TargetPricingTests {
    static func scenario() -> Scenario {
        TinyScenario.scenario(
            school: TinyScenario.school(capacity: 45, maxExpand: 10, expandCost: 300),
            group: TinyScenario.group(headcount: 2, maxHire: 10, hireCost: 10_000),
            programmes: [
                TinyScenario.programme(classSize: 5, classCost: 1_000, trainingCapacity: 1_000, trainingCost: 50)
            ],
            applicants: [TinyScenario.applicants(50)],
            targets: [
                Target(
                    id: "serve", kind: .serveDemand, nameZh: "满足招生需求", nameEn: "Admit every applicant",
                    years: [2021], weight: 100_000),
                Target(
                    id: "training", kind: .annualTraining, nameZh: "每年培训100人次", nameEn: "Train 100 a year",
                    years: [2021], value: 100, weight: 100_000),
                Target(
                    id: "ratio", kind: .studentTeacherRatio, nameZh: "师生比1:5", nameEn: "1 teacher per 5 students",
                    school: "s", years: [2021], ratio: 5, weight: 100_000),
                Target(
                    id: "enrolment", kind: .minEnrolment, nameZh: "在校生30人以上", nameEn: "At least 30 students",
                    school: "s", years: [2021], value: 30, weight: 100_000),
            ])
    }

    static func plan() throws -> Plan {
        let result = try Planner.solve(scenario(), inputHash: "test")
        #expect(result.violations.isEmpty)
        return result.plan
    }

    static func prices(_ relaxation: TargetRelaxation, jobs: Int = 2, options: PlanningOptions = PlanningOptions())
        throws -> TargetPrices
    {
        try TargetPricing(scenario: scenario(), plan: plan(), relaxation: relaxation, options: options, jobs: jobs)
            .run().prices
    }

    @Test("The plan priced: 50 admitted, 10 teachers, 50 seats, 96,500 yuan")
    func plan() throws {
        let plan = try Self.plan()
        #expect(plan.costs.total == 96_500)
        #expect(plan.costs.classes == 10_000)
        #expect(plan.costs.expansion == 1_500)
        #expect(plan.costs.hiring == 80_000)
        #expect(plan.costs.training == 5_000)
        #expect(plan.targetsShort.isEmpty)
        // Rotation costs nothing here, and the search rotates all 10 teachers (coverage asks 2).
        #expect(plan.groups.first?.onRotation == 10)
    }

    @Test("A 10% step: each requirement 10% lower, each saving worked out by hand")
    func step() throws {
        let prices = try Self.prices(.step(0.1))
        #expect(prices.planCost == 96_500)
        #expect(prices.prices.map(\.target) == ["serve", "training", "ratio", "enrolment"])
        #expect(prices.prices.allSatisfy { $0.metInPlan })
        // Three are re-plans; the slack enrolment target is proven to keep the plan by
        // its LP bounds, without a search.
        #expect(prices.prices.map(\.status) == ["optimal", "optimal", "optimal", TargetPrice.planKept])
        #expect(prices.prices.map(\.settled) == [true, true, true, true])
        #expect(prices.prices.map(\.reading) == [.settled, .settled, .settled, .settled])

        // Admit 90% of 50 = 45: 9 classes (−1,000), no seat added (−1,500), 9 teachers
        // so 7 hired (−10,000): 12,500 saved; intake, classes, seats, hires and rotation
        // (9 teachers, 9 on rotation) differ.
        let serve = try #require(prices.price(of: "serve"))
        #expect(serve.value == 1)
        #expect(serve.relaxedValue == 0.9)
        #expect(serve.unit == "share")
        #expect(serve.cost == 84_000)
        #expect(serve.costSaved == 12_500)
        #expect(serve.applicantsChange == -5)
        #expect(serve.teachersChange == -1)
        #expect(serve.seatsChange == -5)
        #expect(serve.decisionsDiffering == 5)

        // 90 places instead of 100: 10 × 50 = 500 saved, one decision changed.
        let training = try #require(prices.price(of: "training"))
        #expect(training.value == 100)
        #expect(training.relaxedValue == 90)
        #expect(training.unit == "person-times")
        #expect(training.costSaved == 500)
        #expect(training.costSavedLow == 500)
        #expect(training.costSavedHigh == 500)
        #expect(training.applicantsChange == 0)
        #expect(training.teachersChange == 0)
        #expect(training.seatsChange == 0)
        #expect(training.decisionsDiffering == 1)

        // 5 students per teacher becomes 5 / 0.9: 50 students need 9 teachers, one hire
        // less; 9 teachers cannot all 10 rotate, so the rotation changes too (2 decisions).
        let ratio = try #require(prices.price(of: "ratio"))
        #expect(ratio.value == 5)
        #expect(abs((ratio.relaxedValue ?? 0) - 50.0 / 9) < 1e-12)
        #expect(ratio.costSaved == 10_000)
        #expect(ratio.teachersChange == -1)
        #expect(ratio.decisionsDiffering == 2)

        // Already slack: 27 or 30 students, the plan has 50: nothing to save, nothing changes.
        let enrolment = try #require(prices.price(of: "enrolment"))
        #expect(enrolment.value == 30)
        #expect(enrolment.relaxedValue == 27)
        #expect(enrolment.costSaved == 0)
        #expect(enrolment.costSavedLow == 0)
        #expect(enrolment.costSavedHigh == 0)
        #expect(enrolment.cost == 96_500)
        #expect(enrolment.decisionsDiffering == 0)
    }

    @Test("Removal: each target taken out, its whole price saved")
    func removal() throws {
        let prices = try Self.prices(.remove)
        #expect(prices.prices.allSatisfy { $0.relaxedValue == nil })
        // Without serving demand the enrolment target keeps 30: 6 classes (−4,000), no
        // seat (−1,500), 6 teachers so 4 hired (−40,000).
        #expect(prices.price(of: "serve")?.costSaved == 45_500)
        #expect(prices.price(of: "serve")?.applicantsChange == -20)
        #expect(prices.price(of: "serve")?.teachersChange == -4)
        #expect(prices.price(of: "training")?.costSaved == 5_000)
        // No ratio: the 2 teachers teach everyone (students per FTE 1,000): no hire.
        #expect(prices.price(of: "ratio")?.costSaved == 80_000)
        #expect(prices.price(of: "ratio")?.teachersChange == -8)
        #expect(prices.price(of: "enrolment")?.costSaved == 0)
    }

    @Test("The same prices on one core and on two")
    func parallel() throws {
        #expect(try Self.prices(.step(0.1), jobs: 1) == Self.prices(.step(0.1), jobs: 2))
    }

    @Test("A stop before the pricing: every target not run (interrupted), nothing priced")
    func stopped() throws {
        var options = PlanningOptions()
        let stop = PlanningStop()
        stop.stop()
        options.stop = stop
        let prices = try Self.prices(.step(0.1), options: options)
        #expect(prices.prices.map(\.status) == Array(repeating: "not run", count: 4))
        #expect(prices.prices.map(\.stopReason) == Array(repeating: "interrupted", count: 4))
        #expect(prices.priced.isEmpty)
    }

    @Test("A time limit too short to start a solve: every target not run (time limit)")
    func timeLimit() throws {
        let prices = try Self.prices(.remove, options: PlanningOptions(timeLimit: 0.01))
        #expect(prices.prices.map(\.stopReason) == Array(repeating: "time limit", count: 4))
        #expect(prices.priced.isEmpty)
    }

    @Test(
        "Relaxations as planners type them",
        arguments: [
            ("10%", TargetRelaxation.step(0.1)), ("0.25", .step(0.25)), ("remove", .remove), (" Remove ", .remove),
            ("5 %", nil),
        ] as [(String, TargetRelaxation?)])
    func parsing(text: String, expected: TargetRelaxation?) throws {
        #expect((try? TargetRelaxation(parsing: text)) == expected)
    }

    @Test("Relaxations that cannot be read name the fix")
    func badRelaxations() {
        #expect(
            throws: TargetRelaxation.Problem(
                "'0%' must be more than 0% and less than 100%; give e.g. 10%, or remove to take each target out")
        ) {
            try TargetRelaxation(parsing: "0%")
        }
        #expect(
            throws: TargetRelaxation.Problem(
                "'1' must be more than 0% and less than 100%; give e.g. 10%, or remove to take each target out")
        ) {
            try TargetRelaxation(parsing: "1")
        }
        #expect(
            throws: TargetRelaxation.Problem(
                "'half' is neither a step nor 'remove'; give a percentage such as 10%, a fraction such as 0.1, or remove"
            )
        ) {
            try TargetRelaxation(parsing: "half")
        }
    }

    @Test("serve-demand with a share admits that share of each programme level's applicants")
    func serveDemandShare() throws {
        var scenario = Self.scenario()
        scenario.targets = [Target(id: "serve", kind: .serveDemand, years: [2021], share: 0.9, weight: 100_000)]
        let plan = try Planner.solve(scenario, inputHash: "test").plan
        // 45 of 50 in 9 classes; no seat and no hire needed beyond the 2 teachers.
        #expect(plan.programmeLevels.first?.intake == 45)
        #expect(plan.targets.first?.required == 45)
        #expect(plan.targets.first?.met == true)
        #expect(plan.costs.total == 9_000)
    }
}
