import Foundation
import Testing

@testable import SkillPlan

/// Each case copies Data/ and Models/ into a temporary folder, breaks one thing and
/// checks the exact text of every issue reported.
@Suite("Bad input: every problem, with file, line, field and fix")
struct BadInputTests {
    /// Runs `body` on a fresh copy of the data and returns the issues it reports.
    private func issues(extra: String = "", _ breakData: (ScenarioTestFolder) throws -> Void = { _ in }) throws
        -> [String]
    {
        let folder = try ScenarioTestFolder()
        defer { folder.remove() }
        try breakData(folder)
        return try folder.issues(extra: extra)
    }

    private static let notAProgramme =
        "Data/applicants.csv:37: programme: is \"cnc-machinning\", not a programme id — fix: use an id from programmes.csv, or add the programme there"
    private static let negativeCapacity =
        "Data/schools.csv:3: capacity: is -3300, must be ≥ 0 — fix: give the full-time places in the base year (0 or more)"
    private static let retention =
        "Data/levels.csv:3: retention: is 1.2, must be more than 0 and at most 1 — fix: give the share of students who stay from one year to the next, e.g. 0.96"
    private static let share =
        "Data/targets.csv:9: share: is 1.5, must be between 0 and 1 — fix: give the share as a fraction, e.g. 0.3 for 30%"

    @Test("an unknown programme id in applicants")
    func unknownProgramme() throws {
        #expect(
            try issues {
                try $0.replace("Data/applicants.csv", "cnc-machining,senior,2021", with: "cnc-machinning,senior,2021")
            }
                == [Self.notAProgramme])
    }

    @Test("a duplicate programme id")
    func duplicateProgramme() throws {
        let found = try issues { folder in
            let text = try folder.read("Data/programmes.csv")
            let nursing = try #require(text.components(separatedBy: "\n").first { $0.hasPrefix("nursing,") })
            try folder.write("Data/programmes.csv", text + nursing + "\n")
        }
        #expect(
            found == [
                "Data/programmes.csv:34: id: \"nursing\" is the id of another programme too (first at Data/programmes.csv:26) — fix: give each programme its own id, or delete one of the rows"
            ])
    }

    @Test("a negative capacity")
    func negativeCapacity() throws {
        #expect(
            try issues { try $0.replace("Data/schools.csv", ",3300,150,", with: ",-3300,150,") } == [
                Self.negativeCapacity
            ])
    }

    @Test("retention 1.2")
    func retentionAboveOne() throws {
        #expect(
            try issues { try $0.replace("Data/levels.csv", ",3,0.96,true,", with: ",3,1.2,true,") } == [Self.retention])
    }

    @Test("a share of 1.5")
    func shareAboveOne() throws {
        #expect(
            try issues { try $0.replace("Data/targets.csv", ",2025,,0.6,,,", with: ",2025,,1.5,,,") } == [Self.share])
    }

    @Test("a year outside the horizon")
    func yearOutsideHorizon() throws {
        #expect(
            try issues { try $0.replace("Data/teacher_leavers.csv", "xt-it,2022,", with: "xt-it,2027,") } == [
                "Data/teacher_leavers.csv:12: year: is 2027, outside the planning years 2021–2025 — fix: give a year from 2021 to 2025, or change years: in the scenario file"
            ])
        #expect(
            try issues { try $0.replace("Data/targets.csv", ",xn-tech,,2025,3000,", with: ",xn-tech,,2026,3000,") } == [
                "Data/targets.csv:7: years: has 2026, outside the planning years 2021–2025 — fix: give years from 2021 to 2025, or change years: in the scenario file"
            ])
    }

    @Test("a target whose tags select nothing")
    func tagsSelectNothing() throws {
        #expect(
            try issues {
                try $0.replace("Data/targets.csv", ",housekeeping,2021-2025,800", with: ",house-keeping,2021-2025,800")
            } == [
                "Data/targets.csv:5: tags: are \"house-keeping\": no programme has any of them — fix: use tags given in the tags column of programmes.csv, or tag the programmes meant"
            ])
    }

    @Test("a missing required file; a missing optional file is no rows")
    func missingFile() throws {
        #expect(
            try issues { try $0.delete("Data/levels.csv") } == [
                "Data/levels.csv: is missing: levels.csv is a required table — fix: add levels.csv to Data (docs/data-format.md lists its columns), or point data: in Models/case.yaml at the folder that holds it"
            ])
        let folder = try ScenarioTestFolder()
        defer { folder.remove() }
        try folder.delete("Data/teacher_leavers.csv")
        let loaded = try folder.load()
        #expect(loaded.scenario.leavers.isEmpty)
        #expect(loaded.inputFiles.count == 10)
    }

    @Test("a malformed CSV: an unterminated quote")
    func unterminatedQuote() throws {
        // The last row's quoted source loses its closing quote.
        let found = try issues {
            try $0.replaceLine("Data/teacher_groups.csv", 11) { line in
                var text = line
                if let quote = text.lastIndex(of: "\"") { text.remove(at: quote) }
                return text
            }
        }
        #expect(
            found == [
                "Data/teacher_groups.csv:11: a quoted field is never closed (a \" is missing) — fix: close the quoted field with \", and write a \" inside a quoted field as \"\""
            ])
    }

    @Test("malformed YAML")
    func malformedYAML() throws {
        #expect(
            try issues(extra: "overrides:\n  schools: {\"*\": {max_expand: 0}\n") == [
                "Models/case.yaml:9: is not valid YAML: did not find expected ',' or '}' (while parsing a flow mapping at line 8) — fix: check the indentation, colons, quotes and brackets at this line (docs/data-format.md shows a scenario file)"
            ])
    }

    @Test("an unknown override column, table and id")
    func unknownOverride() throws {
        #expect(
            try issues(extra: "overrides:\n  teacher_groups:\n    \"*\": {max_hires: 0}\n") == [
                "Models/case.yaml:9: max_hires: is not a column of teacher_groups.csv — fix: use a column of teacher_groups.csv: school, name_zh, name_en, headcount, max_hire, hire_cost, students_per_fte, training_per_fte, hours_per_fte, rotation_away, rotation_max_share, high_training_per_fte, qualified_base, qualified_hire_share, qualify_cost, source"
            ])
        #expect(
            try issues(extra: "overrides:\n  teacher_groups:\n    xt-foo: {max_hire: 0}\n  classes:\n    x: {y: 1}\n")
                == [
                    "Models/case.yaml:9: teacher_groups: \"xt-foo\" is not an id in teacher_groups.csv — fix: use an id from teacher_groups.csv, or \"*\" for every row",
                    "Models/case.yaml:10: overrides: table \"classes\" cannot be overridden — fix: use one of: schools, levels, teacher_groups, programmes, targets",
                ])
    }

    @Test("an override with a bad value is reported at its YAML line")
    func badOverrideValue() throws {
        #expect(
            try issues(extra: "overrides:\n  schools:\n    xn-tech: {max_expand: lots}\n") == [
                "Models/case.yaml:9: max_expand: is \"lots\", not a number — fix: write the places that can be added per year as a plain number, e.g. 1200 or 0.5 (no thousands separators or units)"
            ])
        #expect(
            try issues(extra: "overrides:\n  schools:\n    xn-tech:\n      max_expand: -5\n") == [
                "Models/case.yaml:10: max_expand: is -5, must be ≥ 0 — fix: give the places that can be added per year (0 for none)"
            ])
    }

    @Test(
        "several semantic problems at once: all reported, causes first (the tables in dependency order), then by line")
    func severalAtOnce() throws {
        let found = try issues { folder in
            try folder.replace("Data/schools.csv", ",3300,150,", with: ",-3300,150,")
            try folder.replace("Data/levels.csv", ",3,0.96,true,", with: ",3,1.2,true,")
            try folder.replace("Data/applicants.csv", "cnc-machining,senior,2021", with: "cnc-machinning,senior,2021")
            try folder.replace("Data/targets.csv", ",2025,,0.6,,,", with: ",2025,,1.5,,,")
        }
        #expect(found == [Self.negativeCapacity, Self.retention, Self.notAProgramme, Self.share])
    }

    @Test("several reading problems at once: a bad number, a misspelt column, a backwards range, a bad bool")
    func severalParseProblems() throws {
        let found = try issues { folder in
            try folder.replace("Data/schools.csv", "capacity,", with: "capacty,")
            try folder.replace("Data/teacher_groups.csv", ",44,3,", with: ",forty-four,3,")
            try folder.replace("Data/targets.csv", ",2021-2022,900", with: ",2022-2021,900")
            try folder.replace("Data/levels.csv", ",3,0.96,true,", with: ",3,0.96,yes please,")
        }
        #expect(
            found == [
                "Data/schools.csv:1: capacty: is not a column of schools.csv — fix: rename it to one of: id, name_zh, name_en, capacity, max_expand, expand_cost, source, or delete the column (docs/data-format.md)",
                "Data/schools.csv:1: capacity: column is missing from the header — fix: add a capacity column to schools.csv (docs/data-format.md)",
                "Data/levels.csv:3: high_skill: is \"yes please\", not true or false — fix: write true or false",
                "Data/teacher_groups.csv:2: headcount: is \"forty-four\", not a number — fix: write the teachers in the base year as a plain number, e.g. 1200 or 0.5 (no thousands separators or units)",
                "Data/targets.csv:3: years: is \"2022-2021\": the range 2022-2021 runs backwards — fix: write the earlier year first, e.g. 2021-2022",
            ])
    }

    @Test("scenario file problems: a missing file, an unknown setting, years that do not follow base_year, a bad cycle")
    func scenarioFileProblems() throws {
        let folder = try ScenarioTestFolder()
        defer { folder.remove() }
        #expect(
            try folder.loadIssues("Models/nothing.yaml") == [
                "Models/nothing.yaml: scenario file not found — fix: check the path; the bundled scenarios are in Models/ (`skillplan scenarios` lists them)"
            ])
        #expect(
            try folder.issues(extra: "rotation:\n  cycle_years: 6\n") == [
                "Models/case.yaml:8: rotation.cycle_years: is 6, must be 1–5 (the number of planning years) — fix: give the number of planning years within which every teacher is rotated, at most 5"
            ])
        #expect(
            try folder.issues(extra: "solvr:\n  mip_gap: 0.01\n") == [
                "Models/case.yaml:7: solvr: is not a setting of a scenario file — fix: use one of: name, title_zh, title_en, question_zh, data, base_year, years, solver, rotation, targets, extra_targets, overrides, actuals_until, actuals, tables (docs/data-format.md)"
            ])
        try folder.write("Models/case.yaml", "# Years.\nname: case\ndata: ../Dta\nbase_year: 2020\nyears: 2022-2025\n")
        #expect(
            try folder.loadIssues() == [
                "Models/case.yaml:3: data: is \"../Dta\", but Dta is not a folder — fix: point data: at the folder of CSV tables, relative to Models/case.yaml",
                "Models/case.yaml:4: base_year: is 2020, but the planning years (years: 2022-2025) start in 2022; base_year is the year before the first planning year, whose state the data describe — fix: set base_year: 2021, or plan from 2021 (years: 2021-2025)",
            ])
    }

    @Test(
        "curriculum problems: hours outside the level's years, a module taught by another school's group or by two groups"
    )
    func curriculumProblems() throws {
        #expect(
            try issues { folder in
                try folder.replaceLine("Data/curricula.csv", 418) {
                    $0.replacingOccurrences(of: ",mh-general,1,", with: ",mh-general,4,")
                }
            } == [
                "Data/curricula.csv:418: year_of_study: is 4, must be 1–3 (secondary lasts 3 years) — fix: give the year of study the hours are taught in, from 1 to 3"
            ])
        #expect(
            try issues { folder in
                for line in 358...360 {
                    try folder.replaceLine("Data/curricula.csv", line) {
                        $0.replacingOccurrences(of: ",xt-general,", with: ",mh-general,")
                    }
                }
            } == [
                "Data/curricula.csv:358: group: is \"mh-general\", a group of mz-health, but tourism belongs to xn-tech — fix: give module general a teacher group of xn-tech"
            ])
        #expect(
            try issues { folder in
                try folder.replaceLine("Data/curricula.csv", 359) {
                    $0.replacingOccurrences(of: ",xt-general,", with: ",xt-cuisine,")
                }
            } == [
                "Data/curricula.csv:359: group: is \"xt-cuisine\", but Data/curricula.csv:358 gives \"xt-general\" for module general of tourism intermediate — fix: teach a module by one group: give the same group on every row of the module, or give the module another id"
            ])
    }

    @Test("nothing crashes on garbage")
    func garbage() throws {
        let folder = try ScenarioTestFolder()
        defer { folder.remove() }
        try Data([0xFF, 0xFE, 0x00, 0x41, 0x0A, 0x22]).write(
            to: folder.root.appendingPathComponent("Data/programmes.csv"))
        try folder.write("Data/levels.csv", "")
        let found = try folder.issues()
        // FF FE starts UTF-16 (Excel's "Unicode text"): said once, for the file.
        #expect(
            found.contains {
                $0.hasPrefix("Data/programmes.csv:1: is UTF-16 text, not UTF-8 — fix: save the file as UTF-8")
            })
        #expect(found.contains { $0.hasPrefix("Data/levels.csv: has no header row") })
        try folder.write("Models/case.yaml", "- just\n- a list\n")
        #expect(throws: ScenarioError.self) {
            try ScenarioLoader.load(path: "Models/case.yaml", currentDirectory: folder.root.path)
        }
    }
}
