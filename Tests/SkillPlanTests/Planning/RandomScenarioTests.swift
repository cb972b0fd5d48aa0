import SkillPlan
import Testing

/// Random small scenarios: every solved plan must pass the independent checker, and
/// the solver's objective must equal the evaluator's cost plus penalty.
@Suite("Random scenarios")
struct RandomScenarioTests {
    static func scenario(seed: UInt64) -> Scenario {
        var random = SplitMix64(seed: seed)
        let years = 3
        let levels = [
            Level(
                id: "basic", nameZh: "中级", nameEn: "Basic", duration: 2, retention: random.double(0.85...1),
                isHighSkill: false),
            Level(
                id: "high", nameZh: "高级", nameEn: "High", duration: 3, retention: random.double(0.85...1),
                isHighSkill: true),
        ]
        let school = School(
            id: "s", nameZh: "校", nameEn: "S", capacity: Double(random.int(200...600)),
            maxExpand: Double(random.int(0...100)), expandCost: Double(random.int(100...3_000)))
        let groups = ["g1", "g2"].map { id in
            TeacherGroup(
                id: id, school: "s", nameZh: id, nameEn: id, headcount: Double(random.int(10...30)),
                maxHire: Double(random.int(0...4)), hireCost: Double(random.int(1_000...20_000)),
                studentsPerFTE: 20, trainingPerFTE: Double(random.int(100...300)), hoursPerFTE: 500,
                rotationAway: random.double(0...0.3), rotationMaxShare: 0.5)
        }
        var programmes: [Programme] = []
        var applicants: [Applicants] = []
        var curricula: [CurriculumModule] = []
        for n in 0..<random.int(2...4) {
            let id = "p\(n)"
            let chosen = random.int(0...2) == 0 ? ["basic"] : ["basic", "high"]
            programmes.append(
                Programme(
                    id: id, school: "s", group: n % 2 == 0 ? "g1" : "g2", nameZh: id, nameEn: id, levels: chosen,
                    classSize: Double(random.int(20...45)), minFill: random.double(0...0.6),
                    classCost: Double(random.int(500...5_000)),
                    trainingCapacity: Double(random.int(0...80)), trainingCost: Double(random.int(10...200)),
                    tags: n == 0 ? ["focus"] : []))
            for level in chosen {
                for y in 2021...(2020 + years) {
                    applicants.append(
                        Applicants(programme: id, level: level, year: y, applicants: Double(random.int(0...90))))
                }
                if random.int(0...1) == 0 {
                    let duration = level == "basic" ? 2 : 3
                    curricula.append(
                        CurriculumModule(
                            programme: id, level: level, module: "core", nameZh: "核心", nameEn: "Core",
                            group: n % 2 == 0 ? "g1" : "g2",
                            hoursByYearOfStudy: (0..<duration).map { _ in Double(random.int(100...400)) }))
                }
            }
        }
        let planYears = Array(2021...(2020 + years))
        let targets = [
            Target(id: "serve", kind: .serveDemand, years: planYears, weight: 20_000),
            Target(
                id: "train", kind: .annualTraining, years: planYears, value: Double(random.int(0...150)),
                weight: 100_000),
            Target(
                id: "share", kind: .highSkillShare, years: [planYears.last ?? 2023], share: random.double(0.2...0.6),
                weight: 100_000),
            Target(
                id: "focus", kind: .cumulativeTraining, tags: ["focus"], years: planYears,
                value: Double(random.int(0...200)),
                countsIntake: true, weight: 100_000),
            Target(id: "ratio", kind: .studentTeacherRatio, years: planYears, ratio: 15, weight: 50_000),
        ]
        return Scenario(
            name: "random-\(seed)", baseYear: 2020, lastYear: 2020 + years,
            solver: SolverSettings(mipGap: 0.005, timeLimit: 20), schools: [school], levels: levels,
            groups: groups, programmes: programmes, applicants: applicants, curricula: curricula,
            targets: targets)
    }

    @Test("Every solved plan passes the checker", arguments: 1...24)
    func checked(seed: Int) throws {
        let scenario = Self.scenario(seed: UInt64(seed))
        let result = try Planner.solve(scenario, inputHash: "seed")
        #expect(result.violations.isEmpty, "seed \(seed): \(result.violations.map(\.description))")
        let objective = try #require(result.plan.solver.objective)
        #expect(abs(objective - result.plan.costs.objective) <= 1e-6 * max(1, abs(objective)))
    }
}
