import Foundation
import Testing

@testable import SkillPlan

@Suite("The re-plan from the 2023 actuals and the 2026–2030 period")
struct NextPeriodTests {
    static func load(_ file: String) throws -> LoadedScenario {
        try ScenarioLoader.load(path: ScenarioTestFolder.models.appendingPathComponent(file).path)
    }

    /// A loose gap and a short limit keep the tests short; what they check holds in any plan.
    static let options = PlanningOptions(timeLimit: 30, mipGap: 0.05)

    @Test(
        "Re-plan 2024–2025: 2023 fixed to xn-tech's 4,435 students and 3,500 person-times; the rest planned; the checker holds it"
    )
    func replan() throws {
        let loaded = try Self.load("replan-2024-2025.yaml")
        #expect(ScenarioCoverage.warnings(in: loaded.scenario) == [])
        let result = try Planner.solve(loaded.scenario, inputHash: loaded.inputHash, options: Self.options)
        #expect(result.violations.isEmpty)
        let plan = result.plan
        #expect(plan.actuals?.until == 2023)
        #expect(plan.actuals?.years == [2021, 2022, 2023])
        let students = try #require(plan.schools.first { $0.school == "xn-tech" && $0.year == 2023 }?.enrolment)
        #expect(abs(students - 4_435) <= 22)
        #expect(
            plan.training.filter { $0.school == "xn-tech" && $0.year == 2023 }.reduce(0) { $0 + $1.places } == 3_500)
        // 3,500 at xn-tech, the health school's 1,300 at most and 8,400 outside: 1,800 short of 15,000.
        let training2023 = try #require(
            plan.targets.first { $0.target == "workplan-annual-training" && $0.year == 2023 })
        #expect(training2023.achieved == 13_200)
        #expect(training2023.shortfall == 1_800)
        #expect(
            plan.actuals?.freeLines(.en) == [
                "xn-tech: intake 2021–2023; enrolment 2021–2022; training 2021–2022; teachers 2021–2023; hires 2021–2023; rotated 2021–2023",
                "mz-health: intake 2021–2023; enrolment 2021–2023; training 2021–2023; teachers 2021–2023; hires 2021–2023; rotated 2021–2023",
            ])
    }

    @Test("2026–2030 from base year 2025: applicants every year, no coverage warning; it solves and passes the checker")
    func nextPeriod() throws {
        let loaded = try Self.load("xingning-2030.yaml")
        let scenario = loaded.scenario
        #expect(scenario.baseYear == 2025)
        #expect(scenario.years == [2026, 2027, 2028, 2029, 2030])
        #expect(Set(scenario.applicants.map(\.year)) == [2026, 2027, 2028, 2029, 2030])
        #expect(ScenarioCoverage.warnings(in: scenario) == [])
        #expect(
            scenario.targets.map(\.id) == [
                "workplan-annual-training", "workplan-housekeeping-annual", "college-min-enrolment",
                "college-annual-training", "college-high-skill-share", "college-student-teacher-ratio",
                "health-student-teacher-ratio", "serve-demand",
            ])
        #expect(scenario.schools.map(\.capacity) == [5_010, 3_306])
        let result = try Planner.solve(scenario, inputHash: loaded.inputHash, options: Self.options)
        #expect(result.violations.isEmpty)
        #expect(result.plan.warnings == nil)
        for school in ["xn-tech", "mz-health"] {
            for year in scenario.years {
                let intake = result.plan.programmeLevels.filter { $0.school == school && $0.year == year }.reduce(0) {
                    $0 + $1.intake
                }
                #expect(intake > 0, "\(school) admits nobody in \(year)")
            }
        }
        // The college criteria hold every year of the period.
        let college = result.plan.targets.filter { $0.target.hasPrefix("college-") }
        #expect(college.count == 20)
        #expect(college.filter { !$0.met }.isEmpty)
        let reread = try PlanFile.decode(PlanFile.encode(result.plan))
        #expect(PlanChecker(scenario: scenario).check(reread).isEmpty)
    }
}

@Suite("A workbench variant of a scenario with its own tables and actuals")
struct VariantWithOwnTablesTests {
    @Test(
        "The variant's Data/ holds the tables and the actuals file the base named, and it loads with the same actuals")
    func ownTables() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("variant-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let base = ScenarioTestFolder.models.appendingPathComponent("replan-2024-2025.yaml").path
        let variant = try ScenarioVariant.write(
            base: base, name: try SafeName("replan-variant"), question: nil,
            changes: ["solver.time_limit": "30"], into: folder)
        let yaml = try String(contentsOfFile: variant.scenarioPath, encoding: .utf8)
        #expect(!yaml.contains("tables:") && !yaml.contains("../Data"))
        #expect(yaml.contains("actuals_until: 2023"))
        let copied = try Data(contentsOf: URL(fileURLWithPath: folder + "/Data/applicants.csv"))
        #expect(
            copied
                == (try Data(
                    contentsOf: ScenarioTestFolder.packageRoot.appendingPathComponent("Data/replan-2024/applicants.csv")
                )))
        let loaded = try ScenarioLoader.load(path: variant.scenarioPath)
        let original = try ScenarioLoader.load(path: base)
        #expect(loaded.scenario.actuals?.figures == original.scenario.actuals?.figures)
        #expect(loaded.scenario.applicants == original.scenario.applicants)
    }
}
