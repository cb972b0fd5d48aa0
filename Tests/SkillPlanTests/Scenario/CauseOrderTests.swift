import Foundation
import Testing

@testable import SkillPlan

/// Problems are reported causes first: the scenario file's settings before the tables,
/// and the tables in the order they depend on each other; a wrong base_year is blamed on
/// base_year, not on the data rows that only disagree with it.
@Suite("Bad input: causes before consequences")
struct CauseOrderTests {
    @Test("An unknown school in programmes.csv comes before the curriculum rows it puts in another school")
    func unknownSchoolFirst() throws {
        let folder = try ScenarioTestFolder()
        defer { folder.remove() }
        try folder.replace(
            "Data/programmes.csv", "electrical-automation,xn-tech,", with: "electrical-automation,xn-tecch,")
        let found = try folder.issues()
        try #require(found.count == 14)
        #expect(
            found[0]
                == "Data/programmes.csv:2: school: is \"xn-tecch\", not a school id — fix: use an id from schools.csv, or add the school there"
        )
        #expect(
            found[1]
                == "Data/curricula.csv:2: group: is \"xt-general\", a group of xn-tech, but electrical-automation belongs to xn-tecch — fix: give module general a teacher group of xn-tecch"
        )
        #expect(found.dropFirst().allSatisfy { $0.hasPrefix("Data/curricula.csv:") })
    }

    @Test(
        "base_year: 2022 is blamed on base_year, with both ways out; the data's 2020 base values are not called wrong")
    func baseYearBlamed() throws {
        let folder = try ScenarioTestFolder()
        defer { folder.remove() }
        try folder.write(
            "Models/shifted.yaml",
            "# Shifted.\nname: shifted\ndata: ../Data\nbase_year: 2022\nyears: 2021-2025\ntargets: all\n")
        #expect(
            try folder.issues(scenario: "Models/shifted.yaml") == [
                "Models/shifted.yaml:4: base_year: is 2022, but the planning years (years: 2021-2025) start in 2021; base_year is the year before the first planning year, whose state the data describe — fix: set base_year: 2020, or plan from 2023 (years: 2023-2025)"
            ])
        // With the years moved along with it, the data's base values are the ones that are wrong.
        try folder.write(
            "Models/moved.yaml",
            "# Moved.\nname: moved\ndata: ../Data\nbase_year: 2022\nyears: 2023-2025\ntargets: all\n")
        let moved = try folder.issues(scenario: "Models/moved.yaml")
        #expect(
            moved.first
                == "Data/target_external.csv:7: year: is 2020, but high_skill_base is the base year's value (2022) — fix: give high_skill_base for base_year 2022"
        )
    }

    @Test("Files rank: the scenario file, then the tables in dependency order, then the rest")
    func ranks() {
        let issues = [
            "Data/curricula.csv", "Data/applicants.csv", "ranges.csv", "Data/programmes.csv", "Models/a.yaml",
            "Data/schools.csv", "--vary",
        ]
        .map { ScenarioIssue(file: $0, line: 2, message: "m", fix: "f") }
        #expect(
            ScenarioIssue.sorted(issues).map(\.file) == [
                "--vary", "Models/a.yaml", "Data/schools.csv", "Data/programmes.csv", "Data/applicants.csv",
                "Data/curricula.csv", "ranges.csv",
            ])
    }
}
