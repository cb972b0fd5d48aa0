import Foundation
import Testing

@testable import SkillPlan

@Suite("The bundled scenarios")
struct BundledScenarioTests {
    static let files = [
        "xingning-2025.yaml", "hiring-freeze.yaml", "no-expansion.yaml", "rotation-3-year.yaml",
        "rotation-without-qualification.yaml", "training-20000.yaml",
    ]

    @Test("each loads with zero issues and the expected counts", arguments: files)
    func loads(file: String) throws {
        let path = ScenarioTestFolder.models.appendingPathComponent(file).path
        let loaded = try ScenarioLoader.load(path: path)
        let scenario = loaded.scenario
        #expect(scenario.schools.count == 2)
        #expect(scenario.levels.count == 4)
        #expect(scenario.groups.count == 10)
        #expect(scenario.programmes.count == 32)
        // xn-tech's reported 15 full-time programmes and mz-health's 5.
        #expect(scenario.programmes.filter { !$0.levels.isEmpty }.count == 20)
        #expect(scenario.targets.count == 14)
        // The technician-college extension: 5 programmes with high-level courses (1,250
        // places a year), 6 specialised groups of xn-tech with 55 qualified teachers.
        #expect(scenario.programmes.filter(\.hasHighTraining).count == 5)
        #expect(scenario.programmes.reduce(0) { $0 + ($1.highTrainingCapacity ?? 0) } == 1_250)
        #expect(
            scenario.groups.filter(\.plansQualification).map(\.id) == [
                "xt-mech", "xt-auto", "xt-it", "xt-cuisine", "xt-care", "xt-training",
            ])
        #expect(scenario.groups.reduce(0) { $0 + ($1.qualifiedBase ?? 0) } == 55)
        #expect(scenario.rotationQualifies == (file == "rotation-without-qualification.yaml" ? false : nil))
        #expect(scenario.baseYear == 2020)
        #expect(scenario.years == [2021, 2022, 2023, 2024, 2025])
        #expect(scenario.leavers.count == 14)
        #expect(scenario.initialStudents.count == 99)
        #expect(scenario.applicants.count == 185)
        // 37 programme levels: 33 of 3 years with 4 modules, 4 technician levels with 5.
        #expect(scenario.curricula.count == 33 * 4 + 4 * 5)
        #expect(
            scenario.curricula.allSatisfy { module in
                module.hoursByYearOfStudy.count == scenario.levels.first { $0.id == module.level }?.duration
            })
        #expect(scenario.solver == SolverSettings(mipGap: 0.005, timeLimit: 60))
        #expect(!scenario.question.isEmpty)
        #expect(ScenarioValidator.issues(in: scenario, sourceMap: loaded.sourceMap).isEmpty)
        #expect(loaded.inputFiles.count == 11)
        #expect(loaded.inputFiles.first?.path == file)
        #expect(loaded.inputFiles.dropFirst().allSatisfy { $0.path.hasPrefix("../Data/") })
        #expect(loaded.inputHash.count == 64)
        #expect(loaded.inputHash == ScenarioHash.hash(of: scenario))
    }

    @Test("the scenarios answer different questions and differ in their hash")
    func distinct() throws {
        let loaded = try Self.files.map {
            try ScenarioLoader.load(path: ScenarioTestFolder.models.appendingPathComponent($0).path)
        }
        #expect(
            Set(loaded.map(\.scenario.name)) == [
                "xingning-2025", "hiring-freeze", "no-expansion", "rotation-3-year",
                "rotation-without-qualification", "training-20000",
            ])
        #expect(Set(loaded.map(\.scenario.question)).count == 6)
        #expect(Set(loaded.map(\.scenario.questionZh)).count == 6)
        #expect(loaded.allSatisfy { !$0.scenario.questionZh.isEmpty && TextWidth.containsCJK($0.scenario.questionZh) })
        #expect(Set(loaded.map(\.inputHash)).count == 6)
    }

    @Test("the baseline: names, titles, the question and the targets")
    func baseline() throws {
        let loaded = try ScenarioLoader.load(
            path: ScenarioTestFolder.models.appendingPathComponent("xingning-2025.yaml").path)
        let scenario = loaded.scenario
        #expect(scenario.name == "xingning-2025")
        #expect(scenario.titleEn == "Xingning \"Guangdong Technician\" plan 2021–2025, baseline")
        #expect(scenario.question.hasPrefix("Baseline: at least cost, can Xingning's two vocational schools meet"))
        #expect(scenario.questionZh.hasPrefix("基准方案：兴宁市两所职业学校能否以最低成本完成"))
        #expect(scenario.rotationCycleYears == nil)
        #expect(
            scenario.targets.map(\.id) == [
                "workplan-annual-training", "workplan-rural-craftsman-2022", "workplan-hakka-cuisine-2022",
                "workplan-housekeeping-annual", "workplan-high-skill-share-2025", "college-min-enrolment",
                "college-annual-training", "college-high-skill-share", "college-student-teacher-ratio",
                "health-student-teacher-ratio", "college-training-scale", "college-high-level-training",
                "college-qualified-teacher-share", "serve-demand",
            ])
        let highLevel = try #require(scenario.targets.first { $0.id == "college-high-level-training" })
        #expect(highLevel.trainingLevel == .high && highLevel.value == 1_000 && highLevel.school == "xn-tech")
        #expect(highLevel.source.contains("第八条"))
        let qualified = try #require(scenario.targets.first { $0.id == "college-qualified-teacher-share" })
        #expect(qualified.kind == .qualifiedTeacherShare && qualified.share == 0.5 && qualified.years == [2025])
        let index = ScenarioIndex(scenario)
        #expect(
            index.groups(inScopeOf: qualified).map(\.id) == [
                "xt-mech", "xt-auto", "xt-it", "xt-cuisine", "xt-care", "xt-training",
            ])
        let annual = try #require(scenario.targets.first { $0.id == "workplan-annual-training" })
        #expect(annual.externalTraining == [2021: 8_400, 2022: 8_400, 2023: 8_400, 2024: 8_400, 2025: 8_400])
        #expect(annual.value == 15_000 && annual.weight == 1_000_000 && annual.years == [2021, 2022, 2023, 2024, 2025])
        let share = try #require(scenario.targets.first { $0.id == "workplan-high-skill-share-2025" })
        #expect(share.highSkillBase == 5_400 && share.skilledBase == 22_500 && share.share == 0.3)
        #expect(share.highSkillAdded.count == 5 && share.skilledAdded[2023] == 1_000 && share.weight == 150_000)
        #expect(share.highScope == ["high-skill-upgrade"] && share.newScope == ["skill-certificate"])
        let hakka = try #require(scenario.targets.first { $0.id == "workplan-hakka-cuisine-2022" })
        #expect(hakka.countsIntake && hakka.years == [2021, 2022] && hakka.tags == ["hakka-cuisine"])
        let mechatronics = try #require(scenario.programmes.first { $0.id == "mechatronics" })
        #expect(mechatronics.levels == ["intermediate", "senior", "technician"] && mechatronics.classSize == 45)
        #expect(scenario.initialStudents.reduce(0) { $0 + $1.students } == 3_917 + 3_110)
        let location = try #require(loaded.sourceMap.location(of: .programme, "nursing"))
        #expect(location.line == 26 && location.file.hasSuffix("Data/programmes.csv"))
    }

    @Test("the Models folder and the default scenario are found; the list has the eight with their questions")
    func listing() throws {
        let path = try BundledScenarios.defaultScenarioPath()
        #expect(path.hasSuffix("Models/xingning-2025.yaml"))
        let list = BundledScenarios.list(in: ScenarioTestFolder.models.path)
        #expect(
            list.map(\.name) == [
                "xingning-2025", "hiring-freeze", "no-expansion", "replan-2024-2025", "rotation-3-year",
                "rotation-without-qualification", "training-20000", "xingning-2030",
            ])
        #expect(list.allSatisfy { !$0.question.isEmpty })
        #expect(list[1].question.hasPrefix("What-if: no teacher is hired in 2021–2025"))
        let elsewhere = BundledScenarios.modelsFolder(currentDirectory: "/")
        #expect(
            elsewhere.map { URL(fileURLWithPath: $0).standardizedFileURL }
                == ScenarioTestFolder.models.standardizedFileURL)
    }
}
