import Foundation
import GLPK
import TestSupport
import Testing

@testable import SkillPlan

/// The technician-college extension (docs/model.md, "The technician-college standard in
/// full"): high-level short courses and teacher qualification through rotation, each
/// scenario solved by hand in the comments.
@Suite("Technician-college standard: high-level training and qualified teachers")
struct CollegeStandardTests {
    /// Solved to optimality and checked (the hand-solved suite's helper).
    func solve(_ scenario: Scenario) throws -> Plan {
        try HandSolvedTests().solve(scenario)
    }

    /// A training-only programme with basic places (2,000 at 100 yuan) and high-level
    /// places (1,500 at 300 yuan), taught by one group.
    func trainingScenario(headcount: Double, highPerFTE: Double, targets: [Target]) -> Scenario {
        var group = TinyScenario.group(headcount: headcount, trainingPerFTE: 1_000)
        group.highTrainingPerFTE = highPerFTE
        let programme = Programme(
            id: "p", school: "s", group: "g", nameZh: "p", nameEn: "p", levels: [], classSize: 0,
            classCost: 0, trainingCapacity: 2_000, trainingCost: 100,
            highTrainingCapacity: 1_500, highTrainingCost: 300)
        return TinyScenario.scenario(group: group, programmes: [programme], targets: targets)
    }

    static let allTraining = Target(
        id: "training", kind: .annualTraining, years: [2021], value: 2_000, weight: 1_000_000)
    static let highTraining = Target(
        id: "high", kind: .annualTraining, years: [2021], value: 1_000, weight: 1_000_000,
        trainingLevel: .high)

    @Test("1,000 high-level places must be bought: 1,000 × 300 + 1,000 basic × 100 = 400,000")
    func highLevelBought() throws {
        // Cheapest 2,000 would be all basic (200,000), but 1,000 of them must be high-level:
        // th = 1,000 (300,000), tb = 2,000 − 1,000 = 1,000 (100,000). Teachers: 1,000/1,000
        // + 1,000/200 = 6 FTE of 10.
        let plan = try solve(
            trainingScenario(headcount: 10, highPerFTE: 200, targets: [Self.allTraining, Self.highTraining]))
        let row = try #require(plan.training.first)
        #expect(row.places == 2_000)
        #expect(row.highPlaces == 1_000)
        #expect(row.basicPlaces == 1_000)
        #expect(row.highCapacity == 1_500)
        #expect(plan.costs.training == 400_000)
        #expect(plan.costs.objective == 400_000)
        #expect(plan.groups.first?.fteNeeded == 6)
        #expect(plan.targets.filter { !$0.met }.isEmpty)
    }

    @Test("High-level courses take more teacher time: 4 teachers at 200 a year teach 800, 200 short")
    func highLevelTeacherLoad() throws {
        // th / 200 ≤ 4 ⇒ th ≤ 800: shortfall 200 × 1,000,000, cost 800 × 300 = 240,000.
        let plan = try solve(trainingScenario(headcount: 4, highPerFTE: 200, targets: [Self.highTraining]))
        #expect(plan.training.first?.highPlaces == 800)
        #expect(plan.training.first?.basicPlaces == 0)
        let row = try #require(plan.targets.first { $0.target == "high" })
        #expect(row.achieved == 800)
        #expect(row.shortfall == 200)
        #expect(plan.costs.objective == 200_240_000)
    }

    /// 10 teachers, 4 of them qualified; 2 leave in 2021, 1 of them qualified; up to 2
    /// hires a year (1,000 yuan), half of them qualified; half the group on rotation at
    /// most; 100 yuan a qualification; the qualified share must reach `share` in 2021.
    func qualificationScenario(share: Double, qualifies: Bool = true, maxHire: Double = 2) -> Scenario {
        var group = TinyScenario.group(headcount: 10, maxHire: maxHire, hireCost: 1_000, rotationMaxShare: 0.5)
        group.qualifiedBase = 4
        group.qualifiedHireShare = 0.5
        group.qualifyCost = 100
        let target = Target(
            id: "qualified", kind: .qualifiedTeacherShare, school: "s", years: [2021], share: share,
            weight: 1_000_000)
        var scenario = TinyScenario.scenario(
            years: 2, group: group, programmes: [TinyScenario.programme()],
            targets: [target],
            leavers: [Leavers(group: "g", year: 2021, count: 2, qualified: 1)])
        scenario.rotationQualifies = qualifies ? nil : false
        return scenario
    }

    @Test("Qualification through rotation: 2 hires and 5 qualified on rotation lift the share to 90%, q ≤ r binding")
    func qualificationThroughRotation() throws {
        // N = 10 − 2 + h, Q = 4 − 1 + q + 0.5 h, q ≤ r ≤ 0.5 N. Without hires Q ≤ 3 + 4 = 7
        // < 0.9 × 8; with h = 2: N = 10, r ≤ 5, Q = 3 + 5 + 1 = 9 = 0.9 × 10. So h = 2
        // (2,000), q = r = 5 (500): 2,500. In 2022 nobody is hired or qualified, and the
        // stock stays 9 of 10.
        let plan = try solve(qualificationScenario(share: 0.9))
        let y1 = try #require(plan.groups.first { $0.year == 2021 })
        let y2 = try #require(plan.groups.first { $0.year == 2022 })
        #expect(y1.hires == 2)
        #expect(y1.headcount == 10)
        #expect(y1.newlyQualified == 5)
        #expect(y1.onRotation == 5)
        #expect(y1.qualifiedLeavers == 1)
        let expected = 4.0 - 1.0 + 5.0 + 0.5 * 2.0
        #expect(y1.qualified == expected)
        #expect(y1.qualifiedShare == 0.9)
        #expect(y2.newlyQualified == 0)
        #expect(y2.qualified == 9)
        #expect(plan.costs.qualification == 500)
        #expect(plan.costs.hiring == 2_000)
        #expect(plan.costs.objective == 2_500)
        #expect(plan.targets.filter { !$0.met }.isEmpty)
    }

    @Test("A share that cannot be met: with rotation qualifying no one, 3 of 8 against 60% is 1.8 teachers short")
    func shareCannotBeMet() throws {
        // q fixed to 0; N = 10 − 2 = 8 without hires; Q = 4 − 1 = 3. A hire adds 1 teacher
        // and 0.5 qualified, below 60%, so none is made. Shortfall 0.6 × 8 − 3 = 1.8.
        let plan = try solve(qualificationScenario(share: 0.6, qualifies: false))
        let row = try #require(plan.targets.first { $0.target == "qualified" })
        #expect(!row.met)
        #expect(abs(row.shortfall - 1.8) < 1e-9)
        #expect(abs(row.achieved - 3.0 / 8.0) < 1e-9)
        #expect(row.shortfallUnit == "teachers")
        let unchanged = plan.groups.filter { $0.newlyQualified == 0 && $0.hires == 0 }
        #expect(unchanged.count == plan.groups.count)
        #expect(abs(plan.costs.objective - 1_800_000) < 1e-3)
    }

    @Test("Checker: a qualification without rotation, and a stock above the headcount")
    func tamperedPlans() throws {
        let scenario = qualificationScenario(share: 0.9)
        let plan = try solve(scenario)
        let checker = PlanChecker(scenario: scenario)
        let first = try #require(plan.groups.firstIndex { $0.year == 2021 })
        let second = try #require(plan.groups.firstIndex { $0.year == 2022 })

        var withoutRotation = plan
        withoutRotation.groups[first].onRotation = 0
        let text = checker.check(withoutRotation).map(\.description)
        #expect(text.contains("qualify-on-rotation [g, 2021]: 5 teachers qualified > 0 on rotation, by 5"))

        var aboveHeadcount = plan
        aboveHeadcount.groups[second].newlyQualified = 2
        let evaluator = PlanEvaluator(index: ScenarioIndex(scenario), decisions: PlanDecisions(aboveHeadcount))
        let group = try #require(scenario.groups.first)
        #expect(evaluator.qualified(group, 2022) == 11)
        let found = checker.check(aboveHeadcount).map(\.description)
        #expect(found.contains("qualified-stock [g, 2022]: 11 qualified teachers > 10 teachers, by 1"))
        #expect(found.contains("reported [g, 2022]: qualified teachers reported 9, but the decisions give 11"))
        #expect(found.contains("reported [costs]: qualification cost reported 500, but the decisions give 700"))
    }

    @Test("Checker: high-level places above their capacity, and the cost they add")
    func tamperedHighTraining() throws {
        let scenario = trainingScenario(headcount: 10, highPerFTE: 200, targets: [Self.allTraining, Self.highTraining])
        var plan = try solve(scenario)
        plan.training[0].highPlaces = 1_600
        plan.training[0].places = 2_600
        let text = PlanChecker(scenario: scenario).check(plan).map(\.description)
        #expect(
            text.contains("domain [p, 2021]: high-level short-course places is 1,600, above its limit 1,500, by 100"))
        #expect(text.contains("reported [costs]: training cost reported 400,000, but the decisions give 580,000"))
    }

    @Test("A scenario without the extension's data builds the model it built before, byte for byte")
    func oldModelUnchanged() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("SkillPlanCLITests/Fixtures/tiny/tiny.yaml")
        let scenario = try ScenarioLoader.load(path: fixture.path).scenario
        let model = try ModelBuilder(scenario: scenario).build().model
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("college-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("tiny.mps").path
        try model.write(to: path, format: .freeMPS)
        try GoldenFile.check(
            try Data(contentsOf: URL(fileURLWithPath: path)), "model/tiny-before-college-extension.mps")
    }

    @Test("A scenario with the extension's data, written as YAML and CSV, loads back identically")
    func roundTrip() throws {
        var scenario = qualificationScenario(share: 0.9, qualifies: false)
        scenario.targets.append(Self.highTraining)
        scenario.targets.append(
            Target(id: "scale", kind: .trainingScale, school: "s", years: [2022], value: 5_000, weight: 1))
        scenario.programmes = trainingScenario(headcount: 10, highPerFTE: 200, targets: []).programmes
        scenario.groups[0].highTrainingPerFTE = 200
        for n in scenario.schools.indices { scenario.schools[n].source = "test" }
        #expect(ScenarioValidator.issues(in: scenario).isEmpty, "\(ScenarioValidator.issues(in: scenario))")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("college-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let loaded = try ScenarioLoader.load(path: try ScenarioWriter.write(scenario, to: folder.path))
        #expect(loaded.scenario == scenario)
        #expect(loaded.scenario.rotationQualifies == false)
        #expect(loaded.scenario.leavers.first?.qualified == 1)
    }

    @Test(
        "The decomposition gives each school its college targets and rotation setting; a share across schools couples them"
    )
    func schoolSplit() throws {
        let models = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Models")
        var scenario = try ScenarioLoader.load(
            path: models.appendingPathComponent("rotation-without-qualification.yaml").path
        ).scenario
        let split = SchoolSplit(scenario)
        let tech = try #require(split.schools.first { $0.schools.map(\.id) == ["xn-tech"] })
        #expect(tech.rotationQualifies == false)
        #expect(tech.targets.contains { $0.id == "college-qualified-teacher-share" })
        #expect(tech.targets.contains { $0.id == "college-high-level-training" })
        #expect(tech.targets.contains { $0.id == "college-training-scale" })
        #expect(split.coupling.allSatisfy { $0.kind != .qualifiedTeacherShare })
        // A share over every school's groups couples the schools.
        for n in scenario.groups.indices where scenario.groups[n].school == "mz-health" {
            scenario.groups[n].qualifiedBase = 10
        }
        scenario.targets.append(
            Target(id: "city-qualified", kind: .qualifiedTeacherShare, years: [2025], share: 0.4, weight: 1))
        #expect(SchoolSplit(scenario).coupling.map(\.id).contains("city-qualified"))
    }

    @Test("A plan without the extension writes no extension fields to its JSON")
    func oldPlanJSON() throws {
        let plan = try solve(
            TinyScenario.scenario(applicants: [TinyScenario.applicants(40)], targets: [TinyScenario.serveDemand()]))
        let text = String(decoding: try PlanFile.encode(plan), as: UTF8.self)
        for field in [
            "highPlaces", "highCapacity", "qualified", "newlyQualified", "qualifiedLeavers", "\"qualification\"",
        ] {
            #expect(!text.contains(field), "\(field)")
        }
    }

    @Test("Evaluate: a tampered plan file's qualification without rotation and stock above the headcount, with amounts")
    func evaluateTamperedPlan() throws {
        // The plan of the 90% scenario (h = 2, q = r = 5 in 2021), edited as a planner
        // might: nobody on rotation in 2021, yet 5 qualified; 2 more qualified in 2022,
        // so Q = 9 + 2 = 11 of 10 teachers. Each broken row is reported with its amount,
        // the decisions kept as given, and the cost priced from them: qualifications
        // 7 × 100 = 700, hires 2,000.
        let scenario = qualificationScenario(share: 0.9)
        var plan = try solve(scenario)
        let first = try #require(plan.groups.firstIndex { $0.year == 2021 })
        let second = try #require(plan.groups.firstIndex { $0.year == 2022 })
        plan.groups[first].onRotation = 0
        plan.groups[second].newlyQualified = 2
        let folder = try TemporaryFolder()
        try PlanFile.write(plan, to: folder.file("plan.json"))
        let given = try GivenDecisions.read(folder.file("plan.json"), for: scenario)
        #expect(given.missing.isEmpty)
        let outcome = try PlanEvaluation.evaluate(
            LoadedScenario(scenario: scenario, sourceMap: ScenarioSourceMap(), inputFiles: []), given: given)
        let broken = PlanEvaluation.brokenConstraints(outcome.violations).map(\.description)
        #expect(
            broken.contains("qualify-on-rotation [g, 2021]: 5 teachers qualified > 0 on rotation, by 5"), "\(broken)")
        #expect(broken.contains("qualified-stock [g, 2022]: 11 qualified teachers > 10 teachers, by 1"), "\(broken)")
        // Nobody on rotation in 2021 also leaves the group short of rotating every teacher
        // (全员轮训); 2022's qualifications break their row only if 2022's rotation (as
        // solved) is below the 2 qualified.
        let families = Set(PlanEvaluation.brokenConstraints(outcome.violations).map(\.check))
        #expect(families == ["qualify-on-rotation", "qualified-stock", "rotation-coverage"], "\(broken)")
        let rotation2022 = plan.groups[second].onRotation
        #expect(broken.count == (rotation2022 < 2 ? 4 : 3), "\(broken)")
        let y1 = try #require(outcome.plan.groups.first { $0.year == 2021 })
        let y2 = try #require(outcome.plan.groups.first { $0.year == 2022 })
        #expect(y1.onRotation == 0 && y1.newlyQualified == 5 && y1.qualified == 9)
        #expect(y2.newlyQualified == 2 && y2.qualified == 11)
        #expect(outcome.plan.costs.qualification == 700)
        #expect(outcome.plan.costs.hiring == 2_000)
        #expect(outcome.plan.solver.status == "evaluated")
    }
}
