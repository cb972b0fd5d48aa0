import SkillPlan
import Testing

@Suite("Cohorts, retention and classes running")
struct CohortTests {
    /// A 3-year level with retention 0.9 and 100, 90 and 80 students in years of study
    /// 1–3 in 2020 (classes of 40: 3, 3 and 2 by default), two planning years, 45
    /// applicants a year.
    func plan() throws -> Plan {
        let level = Level(
            id: "three", nameZh: "三年制", nameEn: "Three-year", duration: 3, retention: 0.9, isHighSkill: false)
        let cohorts = [100.0, 90, 80].enumerated().map { k, students in
            InitialCohort(programme: "p", level: "three", yearOfStudy: k + 1, students: students)
        }
        let scenario = TinyScenario.scenario(
            years: 2, programmes: [TinyScenario.programme(levels: ["three"])],
            applicants: [
                TinyScenario.applicants(45, level: "three"), TinyScenario.applicants(45, level: "three", year: 2022),
            ],
            levels: [level], targets: [TinyScenario.serveDemand(years: [2021, 2022])], initialStudents: cohorts)
        let result = try Planner.solve(scenario, inputHash: "test")
        #expect(result.violations.isEmpty)
        return result.plan
    }

    @Test("2021: 0.9 × 100 + 0.9 × 90 continuing + 45 new = 216; 81 graduate")
    func firstYear() throws {
        let row = try #require(try plan().programmeLevels.first { $0.year == 2021 })
        #expect(abs(row.enrolment - (90 + 81 + 45)) < 1e-9)
        #expect(abs(row.graduates - 81) < 1e-9)
        // Year of study 1: the 2 new classes of 45 (40 a class); 2 and 3: the 2020 cohorts' 3 and 3.
        #expect(row.classesByYearOfStudy == [2, 3, 3])
    }

    @Test("2022: 0.81 × 100 + 0.9 × 45 + 45 = 166.5; 81 graduate")
    func secondYear() throws {
        let row = try #require(try plan().programmeLevels.first { $0.year == 2022 })
        #expect(abs(row.enrolment - (81 + 40.5 + 45)) < 1e-9)
        #expect(abs(row.graduates - 81) < 1e-9)
        #expect(row.classesByYearOfStudy == [2, 2, 3])
    }
}
