import SkillPlan
import Testing

/// One hand-solved scenario per target kind.
@Suite("Target kinds")
struct TargetKindTests {
    func solve(_ scenario: Scenario) throws -> Plan {
        let result = try Planner.solve(scenario, inputHash: "test")
        #expect(result.violations.isEmpty, "\(result.violations)")
        return result.plan
    }

    @Test("Annual training: 150 required, 60 delivered outside ⇒ 90 places at 10 = 900")
    func annualTraining() throws {
        let target = Target(
            id: "train", kind: .annualTraining, years: [2021], value: 150, weight: 1_000, externalTraining: [2021: 60])
        let plan = try solve(
            TinyScenario.scenario(
                programmes: [TinyScenario.programme(levels: [], trainingCapacity: 100, trainingCost: 10)],
                targets: [target]))
        #expect(plan.training.first?.places == 90)
        #expect(plan.targets.first?.met == true)
        #expect(plan.costs.objective == 900)
    }

    @Test("Annual training short: 200 required, 60 outside, 100 at most ⇒ 40 short")
    func annualTrainingShort() throws {
        // 100 places × 10 + 40 short × 1,000 = 41,000.
        let target = Target(
            id: "train", kind: .annualTraining, years: [2021], value: 200, weight: 1_000, externalTraining: [2021: 60])
        let plan = try solve(
            TinyScenario.scenario(
                programmes: [TinyScenario.programme(levels: [], trainingCapacity: 100, trainingCost: 10)],
                targets: [target]))
        #expect(plan.targets.first?.shortfall == 40)
        #expect(plan.targets.first?.met == false)
        #expect(plan.targetsShort == ["train"])
        #expect(plan.costs.objective == 41_000)
    }

    @Test("Cumulative training with intake: 120 over two years = one full class of 40 + 80 places")
    func cumulativeTraining() throws {
        // min 10 t + 1,000 c with t + x ≥ 120, x ≤ 40 c, t ≤ 2 × 50: one class filled to 40
        // and 80 places cost 1,800; two classes and 40 places 2,400; no class cannot reach 120.
        let target = Target(
            id: "cum", kind: .cumulativeTraining, years: [2021, 2022], value: 120, countsIntake: true, weight: 10_000)
        let plan = try solve(
            TinyScenario.scenario(
                years: 2, programmes: [TinyScenario.programme(trainingCapacity: 50, trainingCost: 10)],
                applicants: [TinyScenario.applicants(40), TinyScenario.applicants(40, year: 2022)], targets: [target]))
        #expect(plan.training.map(\.places).reduce(0, +) == 80)
        #expect(plan.programmeLevels.map(\.intake).reduce(0, +) == 40)
        #expect(plan.targets.first?.achieved == 120)
        #expect(plan.costs.objective == 1_800)
    }

    @Test("High-skill share 60%: of 100 + 100 applicants, admit 66 basic and 100 high")
    func highSkillShare() throws {
        // 100 ≥ 0.6 (100 + k) ⇒ k ≤ 66. Classes of 50 at 1,000: 2 + 2; 34 turned away × 100.
        // 4,000 + 3,400 = 7,400 (k = 67 adds 0.2 × 10,000 − 100; k = 50 saves a class but
        // turns 16 more away).
        let share = Target(id: "share", kind: .highSkillShare, years: [2021], share: 0.6, weight: 10_000)
        let plan = try solve(
            TinyScenario.scenario(
                programmes: [TinyScenario.programme(levels: ["basic", "high"], classSize: 50)],
                applicants: [TinyScenario.applicants(100), TinyScenario.applicants(100, level: "high")],
                targets: [TinyScenario.serveDemand(weight: 100), share]))
        #expect(plan.programmeLevels.first { $0.level == "basic" }?.intake == 66)
        #expect(plan.programmeLevels.first { $0.level == "high" }?.intake == 100)
        #expect(plan.costs.objective == 7_400)
    }

    @Test("Minimum enrolment 150 with classes of 50 at 1,000: 3 classes")
    func minEnrolment() throws {
        let target = Target(id: "min", kind: .minEnrolment, years: [2021], value: 150, weight: 10_000)
        let plan = try solve(
            TinyScenario.scenario(
                programmes: [TinyScenario.programme(classSize: 50)], applicants: [TinyScenario.applicants(200)],
                targets: [target]))
        #expect(plan.programmeLevels.first?.enrolment == 150)
        #expect(plan.costs.objective == 3_000)
    }

    @Test("Student–teacher ratio 20: 150 students need 8 teachers, so 3 hires")
    func studentTeacherRatio() throws {
        // 20 × (5 + h) ≥ 150 ⇒ h ≥ 2.5 ⇒ 3 hires × 500 + 3 classes of 50 × 1,000 = 4,500.
        let target = Target(id: "ratio", kind: .studentTeacherRatio, years: [2021], ratio: 20, weight: 100_000)
        let plan = try solve(
            TinyScenario.scenario(
                group: TinyScenario.group(headcount: 5, maxHire: 3, hireCost: 500),
                programmes: [TinyScenario.programme(classSize: 50)], applicants: [TinyScenario.applicants(150)],
                targets: [TinyScenario.serveDemand(), target]))
        #expect(plan.groups.first?.hires == 3)
        #expect(plan.costs.objective == 4_500)
    }

    @Test("Workforce high-skill share 30%: 10 upgrade places lift 20 of 100 to 30 of 100")
    func workforceShare() throws {
        // HS = 20 + x + t, SK = 100 + x: 20 + x + t − 0.3(100 + x) ≥ 0 ⇔ 0.7x + t ≥ 10.
        // t = 10 at 50 = 500 beats a class (1,000).
        let target = Target(
            id: "workforce", kind: .workforceHighSkillShare, years: [2021], share: 0.3, weight: 10_000,
            highScope: ["upgrade"], highSkillBase: 20, skilledBase: 100)
        let plan = try solve(
            TinyScenario.scenario(
                programmes: [
                    TinyScenario.programme(
                        levels: ["high"], classSize: 50, trainingCapacity: 10, trainingCost: 50, tags: ["upgrade"])
                ],
                applicants: [TinyScenario.applicants(20, level: "high")], targets: [target]))
        #expect(plan.training.first?.places == 10)
        #expect(plan.targets.first?.achieved == 0.3)
        #expect(plan.costs.objective == 500)
    }

    @Test("Workforce share with graduates who stay: half of 40 basic graduates stay and dilute 20 of 100 to 20 of 120")
    func workforceShareWithStayShare() throws {
        // 40 basic-level graduates (duration 1), stay share 0.5: SK = 100 + 20, HS = 20 + t.
        // 20 + t − 0.3 · 120 ≥ 0 ⇔ t ≥ 16 (at 50 = 800); with every graduate staying t ≥ 22.
        let target = Target(
            id: "workforce", kind: .workforceHighSkillShare, years: [2021], share: 0.3, weight: 10_000,
            highScope: ["upgrade"], highSkillBase: 20, skilledBase: 100)
        func plan(stay: Double) throws -> Plan {
            var level = TinyScenario.level
            level.stayShare = stay
            return try solve(
                TinyScenario.scenario(
                    programmes: [
                        TinyScenario.programme(classSize: 40, classCost: 0),
                        TinyScenario.programme(
                            id: "u", levels: [], trainingCapacity: 100, trainingCost: 50, tags: ["upgrade"]),
                    ],
                    applicants: [TinyScenario.applicants(40)], levels: [level, TinyScenario.highLevel],
                    targets: [TinyScenario.serveDemand(weight: 1_000_000), target]))
        }
        let half = try plan(stay: 0.5)
        #expect(half.training.first { $0.programme == "u" }?.places == 16)
        #expect(half.costs.objective == 800)
        let all = try plan(stay: 1)
        #expect(all.training.first { $0.programme == "u" }?.places == 22)
        #expect(all.costs.objective == 1_100)
    }
}
