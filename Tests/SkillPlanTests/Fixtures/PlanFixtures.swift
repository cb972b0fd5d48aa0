import Foundation
import SkillPlan

/// Two small hand-made plans for the export and diff tests: two schools of Xingning,
/// four programmes with Chinese and English names (one of them short courses only),
/// three levels, three teacher groups, two teaching plans (教学计划), five targets and two
/// planning years (2021–2022), every section of a plan filled.
///
/// The decisions are written by hand below; ``PlanAssembler`` computes every reported
/// number from them (students, classes running, FTE, targets, costs), so the plans are
/// consistent. ``planB`` changes a few decisions of ``planA``: 40 senior footwear students
/// admitted in 2022 (a class opened; serving demand there becomes met), two more
/// mechatronics hires in 2021, 50 fewer housekeeping places in 2022 (the annual training
/// target of 2022 becomes short by 30) and 30 seats added to the health school in 2022.
enum PlanFixtures {
    /// The first plan.
    static func planA() throws -> Plan {
        try plan(
            scenario: scenario(name: "xingning-test", titleZh: "兴宁市测试方案", titleEn: "Xingning test plan"),
            decisions: decisionsA)
    }

    /// The second plan: ``planA`` with the changes described above.
    static func planB() throws -> Plan {
        var d = decisionsA
        d.intake[PlanDecisions.key("footwear", "senior", 2022)] = 40
        d.classes[PlanDecisions.key("footwear", "senior", 2022)] = 1
        d.hires[PlanDecisions.key("xt-mech", 2021)] = 3
        d.training[PlanDecisions.key("housekeeping", 2022)] = 500
        d.expansion[PlanDecisions.key("mz-health", 2022)] = 30
        return try plan(
            scenario: scenario(
                name: "xingning-test-b", titleZh: "兴宁市测试方案（扩招）",
                titleEn: "Xingning test plan (more places)"), decisions: d)
    }

    /// A third plan for the headline: ``planA`` with 250 more housekeeping places in 2021
    /// (the annual training target, short by 50 in 2021, becomes met) and no nursing
    /// teacher hired (10 teachers for about 300 students: the student–teacher ratio target
    /// of at most 25 becomes short).
    static func planC() throws -> Plan {
        var d = decisionsA
        d.training[PlanDecisions.key("housekeeping", 2021)] = 800
        d.hires[PlanDecisions.key("mh-nursing", 2021)] = 0
        d.hires[PlanDecisions.key("mh-nursing", 2022)] = 0
        return try plan(
            scenario: scenario(
                name: "xingning-test-c", titleZh: "兴宁市测试方案（护理不招聘）",
                titleEn: "Xingning test plan (no nursing hires)"), decisions: d)
    }

    /// The scenario behind the plans.
    static func scenario(name: String, titleZh: String, titleEn: String) -> Scenario {
        Scenario(
            name: name, titleZh: titleZh, titleEn: titleEn,
            question: "Can two schools meet the training targets and serve their applicants at least cost?",
            baseYear: 2020, lastYear: 2022,
            schools: [
                School(
                    id: "xn-tech", nameZh: "兴宁市高级技工学校", nameEn: "Xingning Senior Technical School",
                    capacity: 400, maxExpand: 100, expandCost: 20_000),
                School(
                    id: "mz-health", nameZh: "梅州市卫生职业学校", nameEn: "Meizhou Health Vocational School",
                    capacity: 350, maxExpand: 50, expandCost: 25_000),
            ],
            levels: [
                Level(
                    id: "intermediate", nameZh: "中级工", nameEn: "Intermediate", duration: 2, retention: 0.9,
                    isHighSkill: false),
                Level(id: "senior", nameZh: "高级工", nameEn: "Senior", duration: 3, retention: 0.95, isHighSkill: true),
                Level(
                    id: "secondary", nameZh: "中专", nameEn: "Secondary vocational", duration: 3, retention: 0.95,
                    isHighSkill: false),
            ],
            groups: [
                group("xt-mech", "xn-tech", "机电系", "Mechatronics department", headcount: 12),
                group("xt-service", "xn-tech", "服务系", "Services department", headcount: 8),
                group("mh-nursing", "mz-health", "护理教研组", "Nursing group", headcount: 10),
            ],
            programmes: [
                Programme(
                    id: "footwear", school: "xn-tech", group: "xt-mech", nameZh: "制鞋成型", nameEn: "Footwear forming",
                    levels: ["intermediate", "senior"], classSize: 40, classCost: 100_000, trainingCapacity: 200,
                    trainingCost: 1_500, tags: ["manufacturing"]),
                Programme(
                    id: "hakka-cuisine", school: "xn-tech", group: "xt-service", nameZh: "客家菜", nameEn: "Hakka cuisine",
                    levels: ["intermediate"], classSize: 45, classCost: 90_000, trainingCapacity: 300,
                    trainingCost: 1_200, tags: ["hakka-cuisine"]),
                Programme(
                    id: "housekeeping", school: "xn-tech", group: "xt-service", nameZh: "家政", nameEn: "Housekeeping",
                    levels: [], classSize: 40, classCost: 0, trainingCapacity: 600, trainingCost: 800,
                    tags: ["housekeeping"]),
                Programme(
                    id: "nursing", school: "mz-health", group: "mh-nursing", nameZh: "护理", nameEn: "Nursing",
                    levels: ["secondary"], classSize: 50, classCost: 80_000, trainingCapacity: 0, trainingCost: 0),
            ],
            initialStudents: [
                InitialCohort(programme: "footwear", level: "intermediate", yearOfStudy: 1, students: 80, classes: 2),
                InitialCohort(programme: "footwear", level: "intermediate", yearOfStudy: 2, students: 70, classes: 2),
                InitialCohort(
                    programme: "hakka-cuisine", level: "intermediate", yearOfStudy: 1, students: 40, classes: 1),
                InitialCohort(programme: "nursing", level: "secondary", yearOfStudy: 1, students: 100, classes: 2),
                InitialCohort(programme: "nursing", level: "secondary", yearOfStudy: 2, students: 95, classes: 2),
                InitialCohort(programme: "nursing", level: "secondary", yearOfStudy: 3, students: 90, classes: 2),
            ],
            applicants: [
                Applicants(programme: "footwear", level: "intermediate", year: 2021, applicants: 90),
                Applicants(programme: "footwear", level: "intermediate", year: 2022, applicants: 100),
                Applicants(programme: "footwear", level: "senior", year: 2021, applicants: 30),
                Applicants(programme: "footwear", level: "senior", year: 2022, applicants: 40),
                Applicants(programme: "hakka-cuisine", level: "intermediate", year: 2021, applicants: 45),
                Applicants(programme: "hakka-cuisine", level: "intermediate", year: 2022, applicants: 50),
                Applicants(programme: "nursing", level: "secondary", year: 2021, applicants: 110),
                Applicants(programme: "nursing", level: "secondary", year: 2022, applicants: 120),
            ],
            curricula: [
                CurriculumModule(
                    programme: "footwear", level: "intermediate", module: "shoe-design", nameZh: "鞋类设计",
                    nameEn: "Shoe design", group: "xt-mech", hoursByYearOfStudy: [160, 120]),
                CurriculumModule(
                    programme: "footwear", level: "intermediate", module: "chinese", nameZh: "语文",
                    nameEn: "Chinese language", group: "xt-service", hoursByYearOfStudy: [72, 36]),
                CurriculumModule(
                    programme: "nursing", level: "secondary", module: "basic-nursing", nameZh: "基础护理",
                    nameEn: "Basic nursing", group: "mh-nursing", hoursByYearOfStudy: [120, 160, 0]),
                CurriculumModule(
                    programme: "nursing", level: "secondary", module: "anatomy", nameZh: "人体解剖学",
                    nameEn: "Human anatomy", group: "mh-nursing", hoursByYearOfStudy: [90, 0, 0]),
            ],
            leavers: [Leavers(group: "xt-mech", year: 2022, count: 1)],
            targets: [
                Target(
                    id: "annual-training", kind: .annualTraining, nameZh: "每年培训800人次以上",
                    nameEn: "At least 800 training person-times a year", years: [2021, 2022], value: 800,
                    weight: 1_000_000),
                Target(
                    id: "hakka-2022", kind: .cumulativeTraining, nameZh: "到2022年培训客家菜人才150人以上",
                    nameEn: "At least 150 Hakka-cuisine trainees by 2022", tags: ["hakka-cuisine"],
                    years: [2021, 2022],
                    value: 150, countsIntake: true, weight: 1_000_000),
                Target(
                    id: "senior-share", kind: .highSkillShare, nameZh: "高级工以上学生占30%以上",
                    nameEn: "Senior-level students at least 30%", school: "xn-tech", years: [2021, 2022], share: 0.3,
                    weight: 1_000_000),
                Target(
                    id: "teacher-ratio", kind: .studentTeacherRatio, nameZh: "生师比不高于25",
                    nameEn: "At most 25 students per teacher", school: "mz-health", years: [2021, 2022], ratio: 25,
                    weight: 1_000_000),
                Target(
                    id: "serve-demand", kind: .serveDemand, nameZh: "满足报名", nameEn: "Serve every applicant",
                    years: [2021, 2022], weight: 50_000),
            ])
    }

    /// The decisions of ``planA``.
    static var decisionsA: PlanDecisions {
        var d = PlanDecisions()
        for (p, l, y, x, c) in [
            ("footwear", "intermediate", 2021, 80.0, 2.0), ("footwear", "intermediate", 2022, 80, 2),
            ("footwear", "senior", 2021, 30, 1), ("footwear", "senior", 2022, 0, 0),
            ("hakka-cuisine", "intermediate", 2021, 45, 1), ("hakka-cuisine", "intermediate", 2022, 45, 1),
            ("nursing", "secondary", 2021, 100, 2), ("nursing", "secondary", 2022, 120, 3),
        ] {
            d.intake[PlanDecisions.key(p, l, y)] = x
            d.classes[PlanDecisions.key(p, l, y)] = c
        }
        for (p, y, t) in [
            ("footwear", 2021, 150.0), ("footwear", 2022, 150), ("hakka-cuisine", 2021, 100),
            ("hakka-cuisine", 2022, 120), ("housekeeping", 2021, 500), ("housekeeping", 2022, 550),
        ] {
            d.training[PlanDecisions.key(p, y)] = t
        }
        for (g, y, h, r) in [
            ("xt-mech", 2021, 1.0, 4.0), ("xt-mech", 2022, 0, 4), ("xt-service", 2021, 0, 4),
            ("xt-service", 2022, 1, 4), ("mh-nursing", 2021, 2, 5), ("mh-nursing", 2022, 1, 5),
        ] {
            d.hires[PlanDecisions.key(g, y)] = h
            d.rotation[PlanDecisions.key(g, y)] = r
        }
        d.expansion[PlanDecisions.key("xn-tech", 2022)] = 50
        return d
    }

    /// A teacher group with the fixture's common settings.
    static func group(_ id: String, _ school: String, _ zh: String, _ en: String, headcount: Double) -> TeacherGroup {
        TeacherGroup(
            id: id, school: school, nameZh: zh, nameEn: en, headcount: headcount, maxHire: 3, hireCost: 150_000,
            studentsPerFTE: 20, trainingPerFTE: 250, hoursPerFTE: 500, rotationAway: 0.15, rotationMaxShare: 0.5)
    }

    /// The plan of decisions, with a fixed solver report and run facts.
    static func plan(scenario: Scenario, decisions: PlanDecisions) throws -> Plan {
        let solver = try JSONDecoder().decode(
            SolverReport.self,
            from: Data(
                """
                {"status": "feasible", "stopReason": "gap limit", "gap": 0.0042, "requestedGap": 0.005, "timeLimit": 60, "searchRule": "",
                 "glpkVersion": "5.0", "rows": 120, "columns": 80, "integerColumns": 60, "nonzeros": 400}
                """.utf8))
        let run = try JSONDecoder().decode(
            RunFacts.self,
            from: Data(
                """
                {"buildSeconds": 0.05, "solveSeconds": 1.25, "createdAt": "2026-01-02T03:04:05Z", "machine": "fixture (2 cores)"}
                """.utf8))
        var plan = PlanAssembler(scenario: scenario, inputHash: "sha256-fixture-" + scenario.name)
            .plan(decisions: decisions, solver: solver, run: run)
        plan.solver.objective = plan.costs.objective
        plan.solver.bestBound = plan.costs.objective * (1 - 0.0042)
        return plan
    }
}
