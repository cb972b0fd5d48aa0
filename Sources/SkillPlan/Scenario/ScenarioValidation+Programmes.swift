import Foundation

/// Checks of programmes, students in the base year and applicants.
extension ScenarioValidation {
    mutating func checkProgrammes() {
        let seen = occurrences(
            of: scenario.programmes, kind: .programme, field: "id", key: \.id,
            describe: { "\"\($0)\" is the id of another programme too" },
            fix: "give each programme its own id, or delete one of the rows")
        for (programme, n) in zip(scenario.programmes, seen) {
            let key = programme.id
            if schools[programme.school] == nil {
                report(
                    .programme, key, occurrence: n, field: "school", "is \"\(programme.school)\", not a school id",
                    fix: "use an id from schools.csv, or add the school there")
            }
            if let group = groups[programme.group] {
                if schools[programme.school] != nil, schools[group.school] != nil, group.school != programme.school {
                    report(
                        .programme, key, occurrence: n, field: "group",
                        "is \"\(group.id)\", a group of \(group.school), but \(key) belongs to \(programme.school)",
                        fix: "give a teacher group of \(programme.school), or move the programme to \(group.school)")
                }
            } else {
                report(
                    .programme, key, occurrence: n, field: "group", "is \"\(programme.group)\", not a teacher group id",
                    fix: "use an id from teacher_groups.csv, or add the group there")
            }
            for level in programme.levels where levels[level] == nil {
                report(
                    .programme, key, occurrence: n, field: "levels", "has \"\(level)\", not a level id",
                    fix: "use ids from levels.csv, separated by ; (e.g. intermediate;senior), or add the level there")
            }
            if !programme.levels.isEmpty {
                checkPositive(
                    programme.classSize, .programme, key, occurrence: n, field: "class_size",
                    fix: "give the number of students per class")
            }
            checkShare(
                programme.minFill, .programme, key, occurrence: n, field: "min_fill",
                fix: "give the least share of a class that must be filled, e.g. 0.5, or leave it empty for 0.5")
            checkNotNegative(
                programme.classCost, .programme, key, occurrence: n, field: "class_cost",
                fix: "give the cost per class opened, in yuan (0 or more)")
            checkNotNegative(
                programme.trainingCapacity, .programme, key, occurrence: n, field: "training_capacity",
                fix: "give the most short-course person-times a year (0 for no short courses)")
            checkNotNegative(
                programme.trainingCost, .programme, key, occurrence: n, field: "training_cost",
                fix: "give the cost per short-course person-time, in yuan (0 or more)")
            checkSource(programme.source, .programme, key, occurrence: n)
        }
    }

    /// Checks that a row's programme and level exist and that the programme enrols the
    /// level; returns the level when all three hold.
    mutating func checkProgrammeLevel(
        _ programmeID: String, _ levelID: String, _ kind: ScenarioEntityKind,
        _ key: String, occurrence n: Int
    ) -> Level? {
        let programme = programmes[programmeID]
        let level = levels[levelID]
        if programme == nil {
            report(
                kind, key, occurrence: n, field: "programme", "is \"\(programmeID)\", not a programme id",
                fix: "use an id from programmes.csv, or add the programme there")
        }
        if level == nil {
            report(
                kind, key, occurrence: n, field: "level", "is \"\(levelID)\", not a level id",
                fix: "use an id from levels.csv, or add the level there")
        }
        guard let programme, let level else { return nil }
        guard programme.levels.contains(levelID) else {
            let enrolled =
                programme.levels.isEmpty ? "none: it is training only" : programme.levels.joined(separator: ";")
            report(
                kind, key, occurrence: n, field: "level",
                "is \"\(levelID)\", which \(programmeID) does not enrol (its levels: \(enrolled))",
                fix: "add \(levelID) to the levels of \(programmeID) in programmes.csv, or delete the row")
            return nil
        }
        return level
    }

    mutating func checkInitialStudents() {
        let key: (InitialCohort) -> String = {
            ScenarioSourceMap.key([$0.programme, $0.level, String($0.yearOfStudy)])
        }
        let seen = occurrences(
            of: scenario.initialStudents, kind: .initialStudents, field: "year_of_study", key: key,
            describe: { "a second row for \($0.replacingOccurrences(of: "/", with: " "))" },
            fix: "keep one row per programme, level and year of study (add the students up)")
        for (cohort, n) in zip(scenario.initialStudents, seen) {
            let rowKey = key(cohort)
            if let level = checkProgrammeLevel(cohort.programme, cohort.level, .initialStudents, rowKey, occurrence: n),
                level.duration >= 1, cohort.yearOfStudy < 1 || cohort.yearOfStudy > level.duration
            {
                report(
                    .initialStudents, rowKey, occurrence: n, field: "year_of_study",
                    "is \(cohort.yearOfStudy), must be 1–\(level.duration) (\(level.id) lasts \(Self.count(level.duration, "year")))",
                    fix: "give the year of study the students are in, from 1 to \(level.duration)")
            }
            checkNotNegative(
                cohort.students, .initialStudents, rowKey, occurrence: n, field: "students",
                fix: "give the students in the base year (0 or more)")
            if let classes = cohort.classes {
                checkNotNegative(
                    classes, .initialStudents, rowKey, occurrence: n, field: "classes",
                    fix: "give the classes running, or leave it empty for ceil(students / class_size)")
            }
            checkSource(cohort.source, .initialStudents, rowKey, occurrence: n)
        }
    }

    mutating func checkApplicants() {
        let key: (Applicants) -> String = { ScenarioSourceMap.key([$0.programme, $0.level, String($0.year)]) }
        let seen = occurrences(
            of: scenario.applicants, kind: .applicants, field: "year", key: key,
            describe: { "a second row for \($0.replacingOccurrences(of: "/", with: " "))" },
            fix: "keep one row per programme, level and year (add the applicants up)")
        for (row, n) in zip(scenario.applicants, seen) {
            let rowKey = key(row)
            _ = checkProgrammeLevel(row.programme, row.level, .applicants, rowKey, occurrence: n)
            checkPlanningYear(row.year, .applicants, rowKey, occurrence: n, field: "year")
            checkNotNegative(
                row.applicants, .applicants, rowKey, occurrence: n, field: "applicants",
                fix: "give the applicants for a first-year place (0 or more)")
            checkSource(row.source, .applicants, rowKey, occurrence: n)
        }
    }
}
