import Foundation

/// Checks of schools, levels, teacher groups and teacher leavers.
extension ScenarioValidation {
    mutating func checkSchools() {
        let seen = occurrences(
            of: scenario.schools, kind: .school, field: "id", key: \.id,
            describe: { ("\"\($0)\" is the id of another school too", "“\($0)”也是另一所学校的编号") },
            fix: ("give each school its own id, or delete one of the rows", "每所学校用自己的编号，或删去其中一行"))
        for (school, n) in zip(scenario.schools, seen) {
            checkFields(school, Self.schoolFields, .school, school.id, occurrence: n)
            checkSource(school.source, .school, school.id, occurrence: n)
        }
    }

    mutating func checkLevels() {
        let seen = occurrences(
            of: scenario.levels, kind: .level, field: "id", key: \.id,
            describe: { ("\"\($0)\" is the id of another level too", "“\($0)”也是另一个层次的编号") },
            fix: ("give each level its own id, or delete one of the rows", "每个层次用自己的编号，或删去其中一行"))
        for (level, n) in zip(scenario.levels, seen) {
            if level.duration < 1 {
                report(
                    .level, level.id, occurrence: n, field: "duration", "is \(level.duration), must be at least 1",
                    fix: "give the years of study, e.g. 3", zh: ("为 \(level.duration)，须至少为 1", "填写学制年数，如 3"))
            }
            checkFields(level, Self.levelFields, .level, level.id, occurrence: n)
            checkSource(level.source, .level, level.id, occurrence: n)
        }
    }

    mutating func checkGroups() {
        let seen = occurrences(
            of: scenario.groups, kind: .teacherGroup, field: "id", key: \.id,
            describe: { ("\"\($0)\" is the id of another teacher group too", "“\($0)”也是另一个教研组的编号") },
            fix: ("give each teacher group its own id, or delete one of the rows", "每个教研组用自己的编号，或删去其中一行"))
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
                "capacity", .notNegative, \.capacity, fix: "give the full-time places in the base year (0 or more)",
                zh: "填写基准年的全日制学位数（0 或以上）"),
            FieldRange(
                "max_expand", .notNegative, \.maxExpand, fix: "give the places that can be added per year (0 for none)",
                zh: "填写每年可新增的学位数（不新增填 0）"),
            FieldRange(
                "expand_cost", .notNegative, \.expandCost, fix: "give the cost per place added, in yuan (0 or more)",
                zh: "填写每新增一个学位的费用，单位元（0 或以上）"),
        ]
    }

    /// The range of each numeric column of levels.csv (duration is a whole number,
    /// checked on its own).
    static var levelFields: [FieldRange<Level>] {
        [
            FieldRange(
                "retention", .positiveShare, \.retention,
                fix: "give the share of students who stay from one year to the next, e.g. 0.96",
                zh: "填写学生从一学年升入下一学年的保留比例，如 0.96"),
            FieldRange(
                "stay_share", .share, \.stayShare,
                fix: "give the share of graduates who stay to work in the city, e.g. 0.5 (empty: all of them)",
                zh: "填写毕业生留在本市就业的比例，如 0.5（留空表示全部留下）"),
        ]
    }

    /// The range of each numeric column of teacher_groups.csv.
    static var groupFields: [FieldRange<TeacherGroup>] {
        [
            FieldRange(
                "headcount", .notNegative, \.headcount, fix: "give the teachers in the base year (0 or more)",
                zh: "填写基准年的教师数（0 或以上）"),
            FieldRange(
                "max_hire", .notNegative, \.maxHire, fix: "give the teachers that can be hired per year (0 for none)",
                zh: "填写每年可招聘的教师数（不招聘填 0）"),
            FieldRange(
                "hire_cost", .notNegative, \.hireCost, fix: "give the cost per teacher hired, in yuan (0 or more)",
                zh: "填写每招聘一名教师的费用，单位元（0 或以上）"),
            FieldRange(
                "students_per_fte", .positive, \.studentsPerFTE,
                fix: "give the students one full-time teacher teaches, e.g. 20", zh: "填写一名专任教师（折合全职）所教的学生数，如 20"),
            FieldRange(
                "training_per_fte", .positive, \.trainingPerFTE,
                fix: "give the short-course person-times one full-time teacher delivers a year, e.g. 250",
                zh: "填写一名专任教师（折合全职）每年承担的短期培训人次，如 250"),
            FieldRange(
                "hours_per_fte", .positive, { $0.hoursPerFTE },
                fix: "give the teaching hours one full-time teacher gives a year, e.g. 500, or leave it empty",
                zh: "填写一名专任教师（折合全职）每年的教学课时，如 500，或留空"),
            FieldRange(
                "rotation_away", .share, \.rotationAway,
                fix: "give the fraction of a year a teacher on rotation is away, e.g. 0.15",
                zh: "填写轮训教师一年中离岗的时间比例，如 0.15"),
            FieldRange(
                "rotation_max_share", .positiveShare, \.rotationMaxShare,
                fix: "give the largest share of the group on rotation in one year, e.g. 0.35",
                zh: "填写一年内该教研组参加轮训教师的最大比例，如 0.35"),
        ]
    }

    mutating func checkLeavers() {
        let key: (Leavers) -> String = { ScenarioSourceMap.key([$0.group, String($0.year)]) }
        let seen = occurrences(
            of: scenario.leavers, kind: .leavers, field: "year", key: key,
            describe: {
                let row = $0.replacingOccurrences(of: "/", with: " ")
                return ("a second row for \(row)", "\(row) 有第二行")
            },
            fix: ("keep one row per group and year (add the leavers up)", "每个教研组每年只保留一行（把离职人数相加）"))
        for (row, n) in zip(scenario.leavers, seen) {
            let rowKey = key(row)
            checkReference(
                row.group, known: groups[row.group] != nil, to: .teacherGroup, .leavers, rowKey, occurrence: n,
                field: "group")
            checkPlanningYear(row.year, .leavers, rowKey, occurrence: n, field: "year")
            checkNotNegative(
                row.count, .leavers, rowKey, occurrence: n, field: "leavers",
                fix: ("give the teachers leaving that year (0 or more)", "填写当年离职的教师数（0 或以上）"))
            checkSource(row.source, .leavers, rowKey, occurrence: n)
        }
    }
}
