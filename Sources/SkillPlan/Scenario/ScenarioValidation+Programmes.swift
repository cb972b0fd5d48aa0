import Foundation

/// Checks of programmes, students in the base year and applicants.
extension ScenarioValidation {
    mutating func checkProgrammes() {
        let seen = occurrences(
            of: scenario.programmes, kind: .programme, field: "id", key: \.id,
            describe: { ("\"\($0)\" is the id of another programme too", "“\($0)”也是另一个专业的编号") },
            fix: ("give each programme its own id, or delete one of the rows", "每个专业用自己的编号，或删去其中一行"))
        for (programme, n) in zip(scenario.programmes, seen) {
            let key = programme.id
            checkReference(
                programme.school, known: schools[programme.school] != nil, to: .school, .programme, key,
                occurrence: n, field: "school")
            if let group = groups[programme.group] {
                if schools[programme.school] != nil, schools[group.school] != nil, group.school != programme.school {
                    report(
                        .programme, key, occurrence: n, field: "group",
                        "is \"\(group.id)\", a group of \(group.school), but \(key) belongs to \(programme.school)",
                        fix: "give a teacher group of \(programme.school), or move the programme to \(group.school)",
                        zh: (
                            "为“\(group.id)”，是 \(group.school) 的教研组，但 \(key) 属于 \(programme.school)",
                            "指定 \(programme.school) 的教研组，或把该专业移到 \(group.school)"
                        ))
                }
            } else {
                checkReference(
                    programme.group, known: false, to: .teacherGroup, .programme, key, occurrence: n, field: "group")
            }
            for level in programme.levels where levels[level] == nil {
                report(
                    .programme, key, occurrence: n, field: "levels", "has \"\(level)\", not a level id",
                    fix: "use ids from levels.csv, separated by ; (e.g. intermediate;senior), or add the level there",
                    zh: (
                        "含“\(level)”，不是层次编号",
                        "使用 levels.csv 中的编号，以 ; 分隔（如 intermediate;senior），或在该表中添加这个层次"
                    ))
            }
            checkFields(programme, Self.programmeFields, .programme, key, occurrence: n)
            checkSource(programme.source, .programme, key, occurrence: n)
        }
    }

    /// The range of each numeric column of programmes.csv; the class size only of a
    /// programme that enrols a level (a training-only one has no classes).
    static var programmeFields: [FieldRange<Programme>] {
        [
            FieldRange(
                "class_size", .positive, { $0.levels.isEmpty ? nil : $0.classSize },
                fix: "give the number of students per class", zh: "填写每班学生数"),
            FieldRange(
                "min_fill", .share, \.minFill,
                fix: "give the least share of a class that must be filled, e.g. 0.5, or leave it empty for 0.5",
                zh: "填写班级的最低满额比例，如 0.5，留空即为 0.5"),
            FieldRange(
                "class_cost", .notNegative, \.classCost, fix: "give the cost per class opened, in yuan (0 or more)",
                zh: "填写每开设一个班级的费用，单位元（0 或以上）"),
            FieldRange(
                "training_capacity", .notNegative, \.trainingCapacity,
                fix: "give the most short-course person-times a year (0 for no short courses)",
                zh: "填写每年短期培训的最多人次（不办短期培训填 0）"),
            FieldRange(
                "training_cost", .notNegative, \.trainingCost,
                fix: "give the cost per short-course person-time, in yuan (0 or more)",
                zh: "填写每培训一人次短期培训的费用，单位元（0 或以上）"),
        ]
    }

    /// Checks that a row's programme and level exist and that the programme enrols the
    /// level; returns the level when all three hold.
    mutating func checkProgrammeLevel(
        _ programmeID: String, _ levelID: String, _ kind: ScenarioEntityKind,
        _ key: String, occurrence n: Int
    ) -> Level? {
        let programme = programmes[programmeID]
        let level = levels[levelID]
        checkReference(
            programmeID, known: programme != nil, to: .programme, kind, key, occurrence: n, field: "programme")
        checkReference(levelID, known: level != nil, to: .level, kind, key, occurrence: n, field: "level")
        guard let programme, let level else { return nil }
        guard programme.levels.contains(levelID) else {
            let enrolled =
                programme.levels.isEmpty ? "none: it is training only" : programme.levels.joined(separator: ";")
            let enrolledZh = programme.levels.isEmpty ? "无：只办短期培训" : programme.levels.joined(separator: ";")
            report(
                kind, key, occurrence: n, field: "level",
                "is \"\(levelID)\", which \(programmeID) does not enrol (its levels: \(enrolled))",
                fix: "add \(levelID) to the levels of \(programmeID) in programmes.csv, or delete the row",
                zh: (
                    "为“\(levelID)”，\(programmeID) 不招收这一层次（其层次：\(enrolledZh)）",
                    "在 programmes.csv 中把 \(levelID) 加入 \(programmeID) 的 levels，或删去这一行"
                ))
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
            describe: {
                let row = $0.replacingOccurrences(of: "/", with: " ")
                return ("a second row for \(row)", "\(row) 有第二行")
            },
            fix: (
                "keep one row per programme, level and year of study (add the students up)",
                "每个专业、层次和学年只保留一行（把学生数相加）"
            ))
        for (cohort, n) in zip(scenario.initialStudents, seen) {
            let rowKey = key(cohort)
            if let level = checkProgrammeLevel(cohort.programme, cohort.level, .initialStudents, rowKey, occurrence: n),
                level.duration >= 1, cohort.yearOfStudy < 1 || cohort.yearOfStudy > level.duration
            {
                report(
                    .initialStudents, rowKey, occurrence: n, field: "year_of_study",
                    "is \(cohort.yearOfStudy), must be 1–\(level.duration) (\(level.id) lasts \(Self.count(level.duration, "year")))",
                    fix: "give the year of study the students are in, from 1 to \(level.duration)",
                    zh: (
                        "为 \(cohort.yearOfStudy)，须为 1–\(level.duration)（\(level.id) 学制 \(level.duration) 年）",
                        "填写这些学生所在的学年，1 到 \(level.duration)"
                    ))
            }
            checkNotNegative(
                cohort.students, .initialStudents, rowKey, occurrence: n, field: "students",
                fix: ("give the students in the base year (0 or more)", "填写基准年的在校生人数（0 或以上）"))
            if let classes = cohort.classes {
                checkNotNegative(
                    classes, .initialStudents, rowKey, occurrence: n, field: "classes",
                    fix: (
                        "give the classes running, or leave it empty for ceil(students / class_size)",
                        "填写在读班级数，留空即按 students ÷ class_size 向上取整"
                    ))
            }
            checkSource(cohort.source, .initialStudents, rowKey, occurrence: n)
        }
    }

    mutating func checkApplicants() {
        let key: (Applicants) -> String = { ScenarioSourceMap.key([$0.programme, $0.level, String($0.year)]) }
        let seen = occurrences(
            of: scenario.applicants, kind: .applicants, field: "year", key: key,
            describe: {
                let row = $0.replacingOccurrences(of: "/", with: " ")
                return ("a second row for \(row)", "\(row) 有第二行")
            },
            fix: ("keep one row per programme, level and year (add the applicants up)", "每个专业、层次和年份只保留一行（把报名人数相加）"))
        for (row, n) in zip(scenario.applicants, seen) {
            let rowKey = key(row)
            _ = checkProgrammeLevel(row.programme, row.level, .applicants, rowKey, occurrence: n)
            checkPlanningYear(row.year, .applicants, rowKey, occurrence: n, field: "year")
            checkNotNegative(
                row.applicants, .applicants, rowKey, occurrence: n, field: "applicants",
                fix: ("give the applicants for a first-year place (0 or more)", "填写报名一年级学位的人数（0 或以上）"))
            checkSource(row.source, .applicants, rowKey, occurrence: n)
        }
    }
}
