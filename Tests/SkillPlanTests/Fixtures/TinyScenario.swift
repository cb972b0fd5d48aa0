import SkillPlan

/// Small scenarios whose optimum can be worked out by hand: one school, one teacher
/// group, one level of one year's study (retention 1), nothing in the base year. Each
/// test changes what it needs.
enum TinyScenario {
    static let level = Level(id: "basic", nameZh: "中级工", nameEn: "Basic", duration: 1, retention: 1, isHighSkill: false)
    static let highLevel = Level(
        id: "high", nameZh: "高级工", nameEn: "High", duration: 1, retention: 1, isHighSkill: true)

    static func school(capacity: Double = 10_000, maxExpand: Double = 0, expandCost: Double = 0) -> School {
        School(
            id: "s", nameZh: "学校", nameEn: "School", capacity: capacity, maxExpand: maxExpand, expandCost: expandCost)
    }

    /// A group that teaches without limit unless a test says otherwise: students per FTE
    /// and training per FTE 1,000, nobody away on rotation.
    static func group(
        headcount: Double = 10, maxHire: Double = 0, hireCost: Double = 0, studentsPerFTE: Double = 1_000,
        trainingPerFTE: Double = 1_000, hoursPerFTE: Double? = nil, rotationAway: Double = 0,
        rotationMaxShare: Double = 1
    ) -> TeacherGroup {
        TeacherGroup(
            id: "g", school: "s", nameZh: "教研组", nameEn: "Group", headcount: headcount, maxHire: maxHire,
            hireCost: hireCost, studentsPerFTE: studentsPerFTE, trainingPerFTE: trainingPerFTE,
            hoursPerFTE: hoursPerFTE, rotationAway: rotationAway, rotationMaxShare: rotationMaxShare)
    }

    static func programme(
        id: String = "p", levels: [String] = ["basic"], classSize: Double = 40, minFill: Double = 0,
        classCost: Double = 1_000, trainingCapacity: Double = 0, trainingCost: Double = 0,
        tags: [String] = []
    ) -> Programme {
        Programme(
            id: id, school: "s", group: "g", nameZh: id, nameEn: id, levels: levels, classSize: classSize,
            minFill: minFill, classCost: classCost, trainingCapacity: trainingCapacity,
            trainingCost: trainingCost, tags: tags)
    }

    static func serveDemand(weight: Double = 10_000, years: [Int] = [2021]) -> Target {
        Target(id: "serve", kind: .serveDemand, years: years, weight: weight)
    }

    static func scenario(
        years: Int = 1, school: School = school(), group: TeacherGroup = group(),
        programmes: [Programme] = [programme()], applicants: [Applicants] = [],
        curricula: [CurriculumModule] = [], levels: [Level] = [level, highLevel],
        targets: [Target] = [], leavers: [Leavers] = [],
        initialStudents: [InitialCohort] = []
    ) -> Scenario {
        Scenario(
            name: "tiny", baseYear: 2020, lastYear: 2020 + years,
            solver: SolverSettings(mipGap: 0, timeLimit: 30),
            schools: [school], levels: levels, groups: [group], programmes: programmes,
            initialStudents: initialStudents, applicants: applicants, curricula: curricula,
            leavers: leavers, targets: targets)
    }

    static func applicants(_ count: Double, programme: String = "p", level: String = "basic", year: Int = 2021)
        -> Applicants
    {
        Applicants(programme: programme, level: level, year: year, applicants: count)
    }
}
