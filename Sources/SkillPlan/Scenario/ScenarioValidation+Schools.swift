import Foundation

/// Checks of schools, levels, teacher groups and teacher leavers.
extension ScenarioValidation {
    mutating func checkSchools() {
        let seen = occurrences(
            of: scenario.schools, kind: .school, field: "id", key: \.id,
            describe: { "\"\($0)\" is the id of another school too" },
            fix: "give each school its own id, or delete one of the rows")
        for (school, n) in zip(scenario.schools, seen) {
            checkNotNegative(
                school.capacity, .school, school.id, occurrence: n, field: "capacity",
                fix: "give the full-time places in the base year (0 or more)")
            checkNotNegative(
                school.maxExpand, .school, school.id, occurrence: n, field: "max_expand",
                fix: "give the places that can be added per year (0 for none)")
            checkNotNegative(
                school.expandCost, .school, school.id, occurrence: n, field: "expand_cost",
                fix: "give the cost per place added, in yuan (0 or more)")
            checkSource(school.source, .school, school.id, occurrence: n)
        }
    }

    mutating func checkLevels() {
        let seen = occurrences(
            of: scenario.levels, kind: .level, field: "id", key: \.id,
            describe: { "\"\($0)\" is the id of another level too" },
            fix: "give each level its own id, or delete one of the rows")
        for (level, n) in zip(scenario.levels, seen) {
            if level.duration < 1 {
                report(
                    .level, level.id, occurrence: n, field: "duration", "is \(level.duration), must be at least 1",
                    fix: "give the years of study, e.g. 3")
            }
            checkPositiveShare(
                level.retention, .level, level.id, occurrence: n, field: "retention",
                fix: "give the share of students who stay from one year to the next, e.g. 0.96")
            checkShare(
                level.stayShare, .level, level.id, occurrence: n, field: "stay_share",
                fix: "give the share of graduates who stay to work in the city, e.g. 0.5 (empty: all of them)")
            checkSource(level.source, .level, level.id, occurrence: n)
        }
    }

    mutating func checkGroups() {
        let seen = occurrences(
            of: scenario.groups, kind: .teacherGroup, field: "id", key: \.id,
            describe: { "\"\($0)\" is the id of another teacher group too" },
            fix: "give each teacher group its own id, or delete one of the rows")
        for (group, n) in zip(scenario.groups, seen) {
            let key = group.id
            if schools[group.school] == nil {
                report(
                    .teacherGroup, key, occurrence: n, field: "school", "is \"\(group.school)\", not a school id",
                    fix: "use an id from schools.csv, or add the school there")
            }
            checkNotNegative(
                group.headcount, .teacherGroup, key, occurrence: n, field: "headcount",
                fix: "give the teachers in the base year (0 or more)")
            checkNotNegative(
                group.maxHire, .teacherGroup, key, occurrence: n, field: "max_hire",
                fix: "give the teachers that can be hired per year (0 for none)")
            checkNotNegative(
                group.hireCost, .teacherGroup, key, occurrence: n, field: "hire_cost",
                fix: "give the cost per teacher hired, in yuan (0 or more)")
            checkPositive(
                group.studentsPerFTE, .teacherGroup, key, occurrence: n, field: "students_per_fte",
                fix: "give the students one full-time teacher teaches, e.g. 20")
            checkPositive(
                group.trainingPerFTE, .teacherGroup, key, occurrence: n, field: "training_per_fte",
                fix: "give the short-course person-times one full-time teacher delivers a year, e.g. 250")
            if let hours = group.hoursPerFTE {
                checkPositive(
                    hours, .teacherGroup, key, occurrence: n, field: "hours_per_fte",
                    fix: "give the teaching hours one full-time teacher gives a year, e.g. 500, or leave it empty")
            }
            checkShare(
                group.rotationAway, .teacherGroup, key, occurrence: n, field: "rotation_away",
                fix: "give the fraction of a year a teacher on rotation is away, e.g. 0.15")
            checkPositiveShare(
                group.rotationMaxShare, .teacherGroup, key, occurrence: n, field: "rotation_max_share",
                fix: "give the largest share of the group on rotation in one year, e.g. 0.35")
            checkSource(group.source, .teacherGroup, key, occurrence: n)
        }
    }

    mutating func checkLeavers() {
        let key: (Leavers) -> String = { ScenarioSourceMap.key([$0.group, String($0.year)]) }
        let seen = occurrences(
            of: scenario.leavers, kind: .leavers, field: "year", key: key,
            describe: { "a second row for \($0.replacingOccurrences(of: "/", with: " "))" },
            fix: "keep one row per group and year (add the leavers up)")
        for (row, n) in zip(scenario.leavers, seen) {
            let rowKey = key(row)
            if groups[row.group] == nil {
                report(
                    .leavers, rowKey, occurrence: n, field: "group", "is \"\(row.group)\", not a teacher group id",
                    fix: "use an id from teacher_groups.csv, or add the group there")
            }
            checkPlanningYear(row.year, .leavers, rowKey, occurrence: n, field: "year")
            checkNotNegative(
                row.count, .leavers, rowKey, occurrence: n, field: "leavers",
                fix: "give the teachers leaving that year (0 or more)")
            checkSource(row.source, .leavers, rowKey, occurrence: n)
        }
    }
}
