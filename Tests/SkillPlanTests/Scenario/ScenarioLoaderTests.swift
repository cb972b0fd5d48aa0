import Foundation
import Testing

@testable import SkillPlan

@Suite("Loading a scenario: overrides, target selection, extra targets, curricula, input files")
struct ScenarioLoaderTests {
    private func bundled(_ file: String) throws -> LoadedScenario {
        try ScenarioLoader.load(path: ScenarioTestFolder.models.appendingPathComponent(file).path)
    }

    @Test("hiring-freeze: every max_hire is 0, the rest as the baseline")
    func hiringFreeze() throws {
        let freeze = try bundled("hiring-freeze.yaml").scenario
        let baseline = try bundled("xingning-2025.yaml").scenario
        #expect(freeze.groups.allSatisfy { $0.maxHire == 0 })
        #expect(baseline.groups.contains { $0.maxHire > 0 })
        #expect(freeze.groups.map(\.headcount) == baseline.groups.map(\.headcount))
        #expect(freeze.schools == baseline.schools && freeze.programmes == baseline.programmes)
    }

    @Test("no-expansion, training-20000 and rotation-3-year change what they say")
    func whatIfs() throws {
        #expect(try bundled("no-expansion.yaml").scenario.schools.allSatisfy { $0.maxExpand == 0 })
        let training = try bundled("training-20000.yaml").scenario.targets
        #expect(training.first { $0.id == "workplan-annual-training" }?.value == 20_000)
        #expect(training.first { $0.id == "workplan-housekeeping-annual" }?.value == 800)
        #expect(try bundled("rotation-3-year.yaml").scenario.rotationCycleYears == 3)
    }

    @Test("an override points the source map at its YAML line")
    func overrideLocation() throws {
        let loaded = try bundled("hiring-freeze.yaml")
        let place = try #require(loaded.sourceMap.location(of: .teacherGroup, "xt-mech", field: "max_hire"))
        #expect(place.file.hasSuffix("Models/hiring-freeze.yaml") && place.line == 15)
        #expect(loaded.sourceMap.location(of: .teacherGroup, "xt-mech", field: "headcount")?.line == 3)
    }

    @Test("a list of targets keeps those; extra targets are added; overrides reach them")
    func targetSelection() throws {
        let folder = try ScenarioTestFolder()
        defer { folder.remove() }
        try folder.write(
            "Models/case.yaml",
            """
            # Just two targets and an extra one.
            # Second line of the question.
            name: case
            data: ../Data
            base_year: 2020
            years: 2021-2025
            solver: {time_limit: 10}
            targets: [serve-demand, college-min-enrolment]
            extra_targets:
              - {id: elderly-care-annual, kind: annual-training, tags: [elderly-care], years: 2023-2025, value: 300, weight: 1000000}
            overrides:
              targets:
                elderly-care-annual: {value: 350}
                college-min-enrolment: {years: 2024;2025}
              programmes:
                "*": {min_fill: 0.4}
            """)
        let loaded = try ScenarioLoader.load(path: "Models/case.yaml", currentDirectory: folder.root.path)
        let scenario = loaded.scenario
        #expect(scenario.question == "Just two targets and an extra one. Second line of the question.")
        #expect(scenario.solver == SolverSettings(mipGap: 0.005, timeLimit: 10))
        #expect(scenario.targets.map(\.id) == ["college-min-enrolment", "serve-demand", "elderly-care-annual"])
        let extra = try #require(scenario.targets.last)
        #expect(extra.kind == .annualTraining && extra.tags == ["elderly-care"] && extra.years == [2023, 2024, 2025])
        #expect(extra.value == 350 && extra.weight == 1_000_000)
        #expect(scenario.targets[0].years == [2024, 2025])
        #expect(scenario.programmes.allSatisfy { $0.minFill == 0.4 })
        #expect(loaded.sourceMap.location(of: .target, "elderly-care-annual")?.line == 10)
        #expect(loaded.sourceMap.location(of: .target, "elderly-care-annual", field: "value")?.line == 13)
    }

    @Test("a target list naming an unknown id is an issue at its line")
    func unknownSelectedTarget() throws {
        let folder = try ScenarioTestFolder()
        defer { folder.remove() }
        try folder.write(
            "Models/case.yaml",
            "# Q.\nname: case\ndata: ../Data\nbase_year: 2020\nyears: 2021-2025\ntargets:\n  - serve-demand\n  - serve-demnd\n"
        )
        #expect(
            try folder.loadIssues() == [
                "Models/case.yaml:8: targets: lists \"serve-demnd\", which is not a target id — fix: use an id from targets.csv or extra_targets, or write targets: all"
            ])
    }

    @Test("curricula: one module per programme level and module, hours sized to the level, missing years 0")
    func curricula() throws {
        let folder = try ScenarioTestFolder()
        defer { folder.remove() }
        // Drop year 2 of nursing's general education (line 419).
        var lines = try folder.read("Data/curricula.csv").components(separatedBy: "\n")
        lines.remove(at: 418)
        try folder.write("Data/curricula.csv", lines.joined(separator: "\n"))
        let scenario = try folder.load().scenario
        let general = try #require(scenario.curricula.first { $0.programme == "nursing" && $0.module == "general" })
        #expect(general.hoursByYearOfStudy == [440, 0, 0])
        #expect(general.group == "mh-general" && general.nameZh == "公共基础课" && general.nameEn == "General education")
        let technician = try #require(
            scenario.curricula.first { $0.programme == "mechatronics" && $0.level == "technician" })
        #expect(technician.hoursByYearOfStudy.count == 4)
        #expect(technician.hours(inYearOfStudy: 5) == 0)
    }

    @Test("defaults: an empty min_fill is 0.5, empty classes are nil, an empty hours_per_fte is nil")
    func defaults() throws {
        let folder = try ScenarioTestFolder()
        defer { folder.remove() }
        try folder.replaceLine("Data/programmes.csv", 17) {
            $0.replacingOccurrences(of: ",40,0.5,0,300,", with: ",40,,0,300,")
        }
        try folder.replaceLine("Data/teacher_groups.csv", 8) {
            $0.replacingOccurrences(of: ",300,600,", with: ",300,,")
        }
        let scenario = try folder.load().scenario
        #expect(scenario.programmes.first { $0.id == "footwear-forming" }?.minFill == 0.5)
        #expect(scenario.groups.first { $0.id == "xt-training" }?.hoursPerFTE == nil)
        #expect(scenario.initialStudents.allSatisfy { $0.classes == nil })
    }

    @Test("input files: the YAML and every CSV, relative to the YAML's folder, byte for byte")
    func inputFiles() throws {
        let loaded = try bundled("xingning-2025.yaml")
        #expect(
            loaded.inputFiles.map(\.path) == [
                "xingning-2025.yaml", "../Data/schools.csv", "../Data/levels.csv", "../Data/teacher_groups.csv",
                "../Data/teacher_leavers.csv", "../Data/programmes.csv", "../Data/initial_students.csv",
                "../Data/applicants.csv", "../Data/curricula.csv", "../Data/targets.csv", "../Data/target_external.csv",
            ])
        for file in loaded.inputFiles {
            let url = ScenarioTestFolder.models.appendingPathComponent(file.path)
            #expect(try Data(contentsOf: url) == file.contents)
        }
    }

    @Test("a CSV saved by Excel (BOM, CRLF) and a comment line load the same scenario")
    func excelCSV() throws {
        let folder = try ScenarioTestFolder()
        defer { folder.remove() }
        let before = try folder.load().inputHash
        let text = try folder.read("Data/schools.csv")
        let lines = text.split(separator: "\n").map(String.init)
        let excel =
            ([lines[0], "# a planner's note, with a comma"] + lines.dropFirst()).joined(separator: "\r\n") + "\r\n"
        try (Data([0xEF, 0xBB, 0xBF]) + Data(excel.utf8)).write(
            to: folder.root.appendingPathComponent("Data/schools.csv"))
        let after = try folder.load()
        #expect(after.inputHash == before)
        #expect(after.sourceMap.location(of: .school, "mz-health")?.line == 4)
    }
}
