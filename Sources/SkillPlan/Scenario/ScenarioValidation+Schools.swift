import Foundation

/// Checks of schools, levels, teacher groups and teacher leavers.
extension ScenarioValidation {
    mutating func checkSchools() {
        let seen = occurrences(
            of: scenario.schools, kind: .school, field: "id", key: \.id,
            describe: { "\"\($0)\" is the id of another school too" },
            fix: "give each school its own id, or delete one of the rows")
        for (school, n) in zip(scenario.schools, seen) {
            checkFields(school, Self.schoolFields, .school, school.id, occurrence: n)
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
            checkFields(level, Self.levelFields, .level, level.id, occurrence: n)
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
            checkReference(
                group.school, known: schools[group.school] != nil, to: .school, .teacherGroup, key, occurrence: n,
                field: "school")
            checkFields(group, Self.groupFields, .teacherGroup, key, occurrence: n)
            checkSource(group.source, .teacherGroup, key, occurrence: n)
        }
    }

    /// The range of each numeric column of schools.csv.
    static var schoolFields: [FieldRange<School>] {
        [
            FieldRange(
                "capacity", .notNegative, \.capacity, fix: "give the full-time places in the base year (0 or more)"),
            FieldRange(
                "max_expand", .notNegative, \.maxExpand, fix: "give the places that can be added per year (0 for none)"),
            FieldRange(
                "expand_cost", .notNegative, \.expandCost, fix: "give the cost per place added, in yuan (0 or more)"),
        ]
    }

    /// The range of each numeric column of levels.csv (duration is a whole number,
    /// checked on its own).
    static var levelFields: [FieldRange<Level>] {
        [
            FieldRange(
                "retention", .positiveShare, \.retention,
                fix: "give the share of students who stay from one year to the next, e.g. 0.96"),
            FieldRange(
                "stay_share", .share, \.stayShare,
                fix: "give the share of graduates who stay to work in the city, e.g. 0.5 (empty: all of them)"),
        ]
    }

    /// The range of each numeric column of teacher_groups.csv.
    static var groupFields: [FieldRange<TeacherGroup>] {
        [
            FieldRange("headcount", .notNegative, \.headcount, fix: "give the teachers in the base year (0 or more)"),
            FieldRange(
                "max_hire", .notNegative, \.maxHire, fix: "give the teachers that can be hired per year (0 for none)"),
            FieldRange(
                "hire_cost", .notNegative, \.hireCost, fix: "give the cost per teacher hired, in yuan (0 or more)"),
            FieldRange(
                "students_per_fte", .positive, \.studentsPerFTE,
                fix: "give the students one full-time teacher teaches, e.g. 20"),
            FieldRange(
                "training_per_fte", .positive, \.trainingPerFTE,
                fix: "give the short-course person-times one full-time teacher delivers a year, e.g. 250"),
            FieldRange(
                "hours_per_fte", .positive, { $0.hoursPerFTE },
                fix: "give the teaching hours one full-time teacher gives a year, e.g. 500, or leave it empty"),
            FieldRange(
                "rotation_away", .share, \.rotationAway,
                fix: "give the fraction of a year a teacher on rotation is away, e.g. 0.15"),
            FieldRange(
                "rotation_max_share", .positiveShare, \.rotationMaxShare,
                fix: "give the largest share of the group on rotation in one year, e.g. 0.35"),
        ]
    }

    mutating func checkLeavers() {
        let key: (Leavers) -> String = { ScenarioSourceMap.key([$0.group, String($0.year)]) }
        let seen = occurrences(
            of: scenario.leavers, kind: .leavers, field: "year", key: key,
            describe: { "a second row for \($0.replacingOccurrences(of: "/", with: " "))" },
            fix: "keep one row per group and year (add the leavers up)")
        for (row, n) in zip(scenario.leavers, seen) {
            let rowKey = key(row)
            checkReference(
                row.group, known: groups[row.group] != nil, to: .teacherGroup, .leavers, rowKey, occurrence: n,
                field: "group")
            checkPlanningYear(row.year, .leavers, rowKey, occurrence: n, field: "year")
            checkNotNegative(
                row.count, .leavers, rowKey, occurrence: n, field: "leavers",
                fix: "give the teachers leaving that year (0 or more)")
            checkSource(row.source, .leavers, rowKey, occurrence: n)
        }
    }
}
