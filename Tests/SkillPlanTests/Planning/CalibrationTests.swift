import Foundation
import SkillPlan
import Testing

/// The bundled Xingning data against the public figures it is calibrated to
/// (Data/README.md, "Calibration").
@Suite("Calibration of the bundled data to public figures")
struct CalibrationTests {
    /// 梅州168, 2024-02-07: 兴宁市高级技工学校 has 4,435 full-time students and 15 programmes.
    static let reportedTechStudents2024 = 4_435.0
    /// The tolerance the data reaches for the 2024 students: ±5%.
    static let tolerance = 0.05

    @Test("xn-tech's 2024 students in the baseline plan are within ±5% of the reported 4,435")
    func techStudents2024() throws {
        let plan = try Baseline.solved.get().plan
        let students = try #require(plan.schools.first { $0.school == "xn-tech" && $0.year == 2024 }).enrolment
        #expect(abs(students / Self.reportedTechStudents2024 - 1) <= Self.tolerance, "2024: \(students)")
        // And it grows towards it: 2020's students are below 2024's.
        let scenario = try Baseline.loaded.get().scenario
        let techProgrammes = Set(scenario.programmes.filter { $0.school == "xn-tech" }.map(\.id))
        let students2020 = scenario.initialStudents.filter { techProgrammes.contains($0.programme) }.reduce(0) {
            $0 + $1.students
        }
        #expect(students2020 < students)
    }

    @Test("xn-tech has the reported 15 full-time programmes, the 7 the report names among them")
    func techProgrammes() throws {
        let scenario = try Baseline.loaded.get().scenario
        let fullTime = scenario.programmes.filter { $0.school == "xn-tech" && !$0.levels.isEmpty }
        #expect(fullTime.count == 15)
        let named = ["汽车维修", "电气自动化设备安装与维修", "机电一体化", "电子商务（农村电商）", "幼儿教育（幼师）", "中式烹调（客家菜）", "护理（技工）"]
        for name in named { #expect(fullTime.contains { $0.nameZh == name }, "\(name)") }
        #expect(
            fullTime.filter { $0.source.contains("assumption: one of the 8 of the 15 reported programmes") }.count == 8)
    }

    @Test("mz-health in 2020: the reported 3,100+ students, 100 full-time teachers and 5 full-time programmes")
    func health2020() throws {
        let scenario = try Baseline.loaded.get().scenario
        let programmes = scenario.programmes.filter { $0.school == "mz-health" && !$0.levels.isEmpty }
        #expect(programmes.map(\.nameZh).sorted() == ["农村医学", "助产", "康复技术", "护理", "药剂"])
        let ids = Set(programmes.map(\.id))
        let students = scenario.initialStudents.filter { ids.contains($0.programme) }.reduce(0) { $0 + $1.students }
        #expect(students >= 3_100 && students <= 3_100 * 1.05, "\(students)")
        let teachers = scenario.groups.filter { $0.school == "mz-health" }.reduce(0) { $0 + $1.headcount }
        #expect(teachers == 100)
    }

    @Test("xn-tech's teachers stay within the 245 staff reported for 2024, and the health school has the 1:20 norm")
    func staffing() throws {
        let plan = try Baseline.solved.get().plan
        let teachers2024 = plan.groups.filter { $0.school == "xn-tech" && $0.year == 2024 }.reduce(0) {
            $0 + $1.headcount
        }
        #expect(teachers2024 <= 245)
        let norm = try #require(
            try Baseline.loaded.get().scenario.targets.first { $0.id == "health-student-teacher-ratio" })
        #expect(norm.school == "mz-health" && norm.ratio == 20 && norm.source.hasPrefix("standard 教职成〔2010〕12号"))
    }

    @Test("The outside figures are estimates, not set for a target: the training target needs the schools' own courses")
    func notTuned() throws {
        let scenario = try Baseline.loaded.get().scenario
        let training = try #require(scenario.targets.first { $0.id == "workplan-annual-training" })
        #expect(training.externalTraining.values.allSatisfy { $0 == 8_400 })
        #expect(!training.source.isEmpty)
        let stay = Dictionary(uniqueKeysWithValues: scenario.levels.map { ($0.id, $0.stayShare) })
        #expect(stay == ["intermediate": 0.5, "senior": 0.5, "technician": 0.6, "secondary": 0.6])
    }
}
