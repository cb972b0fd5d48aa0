import Testing

@testable import SkillPlan

/// Scenarios built in code: no source map, so every issue names the file `scenario`.
@Suite("Validating a scenario built in code")
struct ScenarioValidatorTests {
    /// A small sound scenario: one school, two levels, two groups, a full-time and a
    /// training-only programme, a module, every row kind and three targets.
    static func sound() -> Scenario {
        Scenario(
            name: "small", baseYear: 2020, lastYear: 2022,
            schools: [School(id: "s", nameZh: "学校", nameEn: "School", capacity: 100, maxExpand: 10, expandCost: 1)],
            levels: [
                Level(id: "mid", nameZh: "中级工", nameEn: "Mid", duration: 2, retention: 0.9, isHighSkill: false),
                Level(id: "high", nameZh: "高级工", nameEn: "High", duration: 3, retention: 1, isHighSkill: true),
            ],
            groups: [
                TeacherGroup(
                    id: "g", school: "s", nameZh: "组", nameEn: "G", headcount: 5, maxHire: 1, hireCost: 1,
                    studentsPerFTE: 20, trainingPerFTE: 100, hoursPerFTE: 500, rotationAway: 0.1,
                    rotationMaxShare: 0.5),
                TeacherGroup(
                    id: "t", school: "s", nameZh: "培训", nameEn: "T", headcount: 2, maxHire: 0, hireCost: 1,
                    studentsPerFTE: 20, trainingPerFTE: 100, hoursPerFTE: nil, rotationAway: 0,
                    rotationMaxShare: 1),
            ],
            programmes: [
                Programme(
                    id: "p", school: "s", group: "g", nameZh: "p", nameEn: "p", levels: ["mid", "high"],
                    classSize: 40, classCost: 1, trainingCapacity: 0, trainingCost: 0, tags: ["x"]),
                Programme(
                    id: "q", school: "s", group: "t", nameZh: "q", nameEn: "q", levels: [],
                    classSize: 0, classCost: 0, trainingCapacity: 50, trainingCost: 1, tags: ["y"]),
            ],
            initialStudents: [InitialCohort(programme: "p", level: "mid", yearOfStudy: 2, students: 30)],
            applicants: [Applicants(programme: "p", level: "mid", year: 2021, applicants: 40)],
            curricula: [
                CurriculumModule(
                    programme: "p", level: "mid", module: "m", nameZh: "课", nameEn: "M", group: "g",
                    hoursByYearOfStudy: [100, 50])
            ],
            leavers: [Leavers(group: "g", year: 2022, count: 1)],
            targets: [
                Target(
                    id: "train", kind: .annualTraining, tags: ["y"], years: [2021, 2022], value: 20, weight: 1e6,
                    externalTraining: [2021: 5]),
                Target(
                    id: "city", kind: .workforceHighSkillShare, years: [2022], share: 0.3, weight: 1e6,
                    highScope: ["x"], newScope: ["y"], highSkillBase: 10, skilledBase: 40,
                    highSkillAdded: [2021: 1], skilledAdded: [2021: 2]),
                Target(id: "serve", kind: .serveDemand, years: [2021, 2022], weight: 1e4),
            ])
    }

    private func issues(_ change: (inout Scenario) -> Void) -> [String] {
        var scenario = Self.sound()
        change(&scenario)
        let found = ScenarioValidator.issues(in: scenario)
        ChineseWording.expectChinese(found, ids: ChineseWording.ids(of: scenario))
        return found.map(\.description)
    }

    @Test("a sound scenario has no issues")
    func sound() {
        #expect(ScenarioValidator.issues(in: Self.sound()).isEmpty)
    }

    @Test("issues of a scenario built in code name the file `scenario` and no line")
    func placeless() {
        let found = ScenarioValidator.issues(
            in: {
                var s = Self.sound()
                s.schools[0].capacity = -1
                return s
            }())
        #expect(
            found == [
                ScenarioIssue(
                    file: "scenario", field: "capacity", message: "is -1, must be ≥ 0",
                    fix: "give the full-time places in the base year (0 or more)",
                    zh: ("为 -1，须 ≥ 0", "填写基准年的全日制学位数（0 或以上）"))
            ])
    }

    @Test("duplicate ids and rows")
    func duplicates() {
        #expect(
            issues { s in
                s.schools.append(s.schools[0])
                s.applicants.append(s.applicants[0])
                s.curricula.append(s.curricula[0])
                s.leavers.append(s.leavers[0])
                s.initialStudents.append(s.initialStudents[0])
            } == [
                "scenario: id: \"s\" is the id of another school too — fix: give each school its own id, or delete one of the rows",
                "scenario: year: a second row for g 2022 — fix: keep one row per group and year (add the leavers up)",
                "scenario: year_of_study: a second row for p mid 2 — fix: keep one row per programme, level and year of study (add the students up)",
                "scenario: year: a second row for p mid 2021 — fix: keep one row per programme, level and year (add the applicants up)",
                "scenario: module: \"m\" is the id of another module of p mid too — fix: give each module of a programme level its own id",
            ])
    }

    @Test("unknown ids, a group of another school, a level the programme does not enrol")
    func references() {
        #expect(
            issues { s in
                s.schools.append(School(id: "s2", nameZh: "", nameEn: "", capacity: 0, maxExpand: 0, expandCost: 0))
                s.groups.append(
                    TeacherGroup(
                        id: "g2", school: "s2", nameZh: "", nameEn: "", headcount: 1, maxHire: 0,
                        hireCost: 0, studentsPerFTE: 1, trainingPerFTE: 1, hoursPerFTE: 1,
                        rotationAway: 0, rotationMaxShare: 1))
                s.programmes[0].group = "g2"
                s.programmes[1].levels = ["nope"]
                s.programmes[1].classSize = 10
                s.groups[1].school = "elsewhere"
                s.applicants[0].level = "high"
                s.applicants[0].programme = "q"
                s.curricula[0].group = "t"
                s.targets[0].school = "s9"
            } == [
                "scenario: school: is \"elsewhere\", not a school id — fix: use an id from schools.csv, or add the school there",
                "scenario: group: is \"g2\", a group of s2, but p belongs to s — fix: give a teacher group of s, or move the programme to s2",
                "scenario: levels: has \"nope\", not a level id — fix: use ids from levels.csv, separated by ; (e.g. intermediate;senior), or add the level there",
                "scenario: level: is \"high\", which q does not enrol (its levels: nope) — fix: add high to the levels of q in programmes.csv, or delete the row",
                "scenario: group: is \"t\", which has no hours_per_fte, so its teaching hours cannot be counted — fix: give hours_per_fte for t in teacher_groups.csv",
                "scenario: school: is \"s9\", not a school id — fix: use an id from schools.csv, or leave it empty for every school",
            ])
    }

    @Test("quantities, rates and shares out of range")
    func ranges() {
        #expect(
            issues { s in
                s.levels[0].duration = 0
                s.levels[1].retention = 0
                s.groups[0].studentsPerFTE = 0
                s.groups[0].rotationAway = 1.5
                s.groups[0].rotationMaxShare = 0
                s.groups[0].hoursPerFTE = -1
                s.programmes[0].classSize = 0
                s.programmes[0].minFill = -0.1
                s.programmes[1].trainingCapacity = -5
                s.initialStudents[0].students = -1
                s.curricula[0].hoursByYearOfStudy = [100, -2]
                s.leavers[0].count = -1
                s.levels.append(Level(id: "one", nameZh: "", nameEn: "", duration: 1, retention: 1, isHighSkill: false))
                s.programmes[0].levels.append("one")
                s.initialStudents.append(InitialCohort(programme: "p", level: "one", yearOfStudy: 2, students: 1))
                s.curricula.append(
                    CurriculumModule(
                        programme: "p", level: "one", module: "m", nameZh: "", nameEn: "",
                        group: "g", hoursByYearOfStudy: [10, 0, 5]))
            } == [
                "scenario: duration: is 0, must be at least 1 — fix: give the years of study, e.g. 3",
                "scenario: retention: is 0, must be more than 0 and at most 1 — fix: give the share of students who stay from one year to the next, e.g. 0.96",
                "scenario: students_per_fte: is 0, must be > 0 — fix: give the students one full-time teacher teaches, e.g. 20",
                "scenario: hours_per_fte: is -1, must be > 0 — fix: give the teaching hours one full-time teacher gives a year, e.g. 500, or leave it empty",
                "scenario: rotation_away: is 1.5, must be between 0 and 1 — fix: give the fraction of a year a teacher on rotation is away, e.g. 0.15",
                "scenario: rotation_max_share: is 0, must be more than 0 and at most 1 — fix: give the largest share of the group on rotation in one year, e.g. 0.35",
                "scenario: leavers: is -1, must be ≥ 0 — fix: give the teachers leaving that year (0 or more)",
                "scenario: class_size: is 0, must be > 0 — fix: give the number of students per class",
                "scenario: min_fill: is -0.1, must be between 0 and 1 — fix: give the least share of a class that must be filled, e.g. 0.5, or leave it empty for 0.5",
                "scenario: training_capacity: is -5, must be ≥ 0 — fix: give the most short-course person-times a year (0 for no short courses)",
                "scenario: students: is -1, must be ≥ 0 — fix: give the students in the base year (0 or more)",
                "scenario: year_of_study: is 2, must be 1–1 (one lasts 1 year) — fix: give the year of study the students are in, from 1 to 1",
                "scenario: hours: is -2, must be ≥ 0 — fix: give the teaching hours per class in year of study 2 (0 or more)",
                "scenario: year_of_study: is 3, must be 1–1 (one lasts 1 year) — fix: give the year of study the hours are taught in, from 1 to 1",
            ])
    }

    @Test("values too large to be meant: people above 1e9, yuan above 1e12, with the range")
    func tooLarge() {
        #expect(
            issues { s in
                s.schools[0].capacity = 1e20
                s.groups[0].headcount = 1e9 + 1
                s.programmes[0].classCost = 1e20
                s.groups[0].hireCost = 1e12  // at the limit: accepted
            } == [
                "scenario: capacity: is 1e+20, must be at most 1,000,000,000 — fix: check the digits: a value this large is a typing mistake, and GLPK's arithmetic cannot plan with it",
                "scenario: headcount: is 1000000001, must be at most 1,000,000,000 — fix: check the digits: a value this large is a typing mistake, and GLPK's arithmetic cannot plan with it",
                "scenario: class_cost: is 1e+20, must be at most 1,000,000,000,000 yuan — fix: check the digits: a value this large is a typing mistake, and GLPK's arithmetic cannot plan with it",
            ])
    }

    @Test("years outside the horizon, and settings")
    func years() {
        #expect(
            issues { s in
                s.applicants[0].year = 2020
                s.targets[0].years = [2021, 2023, 2024]
                s.targets[0].externalTraining = [2019: 5]
                s.targets[1].skilledAdded = [2030: 1]
                s.rotationCycleYears = 3
                s.solver.timeLimit = 0
            } == [
                "scenario: rotation.cycle_years: is 3, must be 1–2 (the number of planning years) — fix: give the number of planning years within which every teacher is rotated, at most 2",
                "scenario: solver.time_limit: is 0 s, must be more than 0 and at most 2,147,483 s (24.8 days, GLPK's longest) — fix: give the time limit in seconds, e.g. 60",
                "scenario: year: is 2020, outside the planning years 2021–2022 — fix: give a year from 2021 to 2022, or change years: in the scenario file",
                "scenario: years: has 2023-2024, outside the planning years 2021–2022 — fix: give years from 2021 to 2022, or change years: in the scenario file",
                "scenario: year: is 2019, outside the planning years 2021–2022 (training of train) — fix: give a year from 2021 to 2022, or delete the row",
                "scenario: year: is 2030, outside the planning years 2021–2022 (skilled_added of city) — fix: give a year from 2021 to 2022, or delete the row",
            ])
        #expect(
            issues { s in s.solver.timeLimit = 1e308 } == [
                "scenario: solver.time_limit: is 1e+308 s, must be more than 0 and at most 2,147,483 s (24.8 days, GLPK's longest) — fix: give the time limit in seconds, e.g. 60"
            ])
        #expect(
            issues { s in s.lastYear = 2020 }.first
                == "scenario: years: end in 2020, not after base_year 2020 — fix: plan at least one year after base_year, e.g. years: 2021-2025"
        )
    }

    @Test("targets: scope selecting nothing, missing fields of their kind, weight")
    func targets() {
        #expect(
            issues { s in
                s.schools.append(School(id: "empty", nameZh: "", nameEn: "", capacity: 0, maxExpand: 0, expandCost: 0))
                s.targets.append(Target(id: "enrol", kind: .minEnrolment, school: "empty", years: [2022], weight: 0))
                s.targets.append(Target(id: "ratio", kind: .studentTeacherRatio, years: [2022], weight: 1))
                s.targets.append(Target(id: "share", kind: .highSkillShare, tags: ["x"], years: [2022], weight: 1))
                s.targets[1].highSkillBase = nil
                s.targets[1].skilledBase = 0
                s.targets[1].newScope = ["zzz"]
            } == [
                "scenario: new_scope: is \"zzz\": no programme has any of these tags — fix: use tags given in the tags column of programmes.csv, or tag the programmes meant",
                "scenario: high_skill_base: is missing, but a workforce-high-skill-share target needs the base year's high-skill workers — fix: add a row city,2020,high_skill_base,<high-skill workers>,<source> to target_external.csv",
                "scenario: skilled_base: is 0, must be > 0 — fix: give the city's skilled workers in the base year 2020",
                "scenario: weight: is 0, must be > 0 — fix: give the penalty per unit of shortfall, far above every unit cost (e.g. 1000000)",
                "scenario: school: selects nothing: school empty has no programmes — fix: scope the target to a school with programmes, or add its programmes to programmes.csv",
                "scenario: value: is empty, but a min-enrolment target needs it — fix: give the required students",
                "scenario: ratio: is empty, but a student-teacher-ratio target needs it — fix: give the most students per teacher, e.g. 20",
                "scenario: share: is empty, but a high-skill-share target needs it — fix: give the required share as a fraction, e.g. 0.3 for 30%",
            ])
    }

    @Test("non-finite numbers are caught, not crashed on")
    func nonFinite() {
        let found = issues { s in
            s.schools[0].capacity = .nan
            s.levels[0].retention = .infinity
        }
        #expect(
            found == [
                "scenario: capacity: is nan, must be ≥ 0 — fix: give the full-time places in the base year (0 or more)",
                "scenario: retention: is inf, must be more than 0 and at most 1 — fix: give the share of students who stay from one year to the next, e.g. 0.96",
            ])
    }
}
