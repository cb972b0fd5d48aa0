/// Makes synthetic scenarios of any size, deterministically from a seed: schools with
/// programmes, levels, teacher groups, teaching plans, students in the base year,
/// applicants, leavers and targets of every kind.
///
/// Every scenario it makes is hard-feasible by construction: the base year's teachers
/// cover the classes that continue, the seats exceed the base year's students, and
/// the rotation share leaves room to rotate every teacher in time, so the plan that
/// admits nobody new (``HoldingPlan``) satisfies every hard constraint. Targets are set
/// within reach of the schools' short-course and teaching capacity, so a good plan
/// meets most of them; the few it cannot are reported as shortfalls.
///
/// The schools are coupled only through the targets without a school: province-wide
/// annual training (with training by outside providers), cumulative training by tag,
/// the workforce's high-skill share, and serve-demand (which decomposes by programme).
/// Every third school is a technician-college candidate with targets of its own.
public struct ScenarioGenerator: Sendable {
    /// The size and seed.
    public let size: SyntheticScenarioSize

    /// A generator for a size.
    public init(size: SyntheticScenarioSize) {
        self.size = size
    }

    /// The base year of every synthetic scenario.
    public static let baseYear = 2020

    /// The levels a synthetic scenario may use, in the order they are taken.
    static let allLevels = [
        Level(
            id: "intermediate", nameZh: "中级工", nameEn: "Intermediate worker", duration: 3, retention: 0.96,
            isHighSkill: false,
            source: "assumption: synthetic; 技工院校 中级工班, 3 years, 4% leave a year"),
        Level(
            id: "senior", nameZh: "高级工", nameEn: "Senior worker", duration: 3, retention: 0.96, isHighSkill: true,
            source: "assumption: synthetic; 技工院校 高级工班, 3 years, 4% leave a year"),
        Level(
            id: "technician", nameZh: "预备技师", nameEn: "Preparatory technician", duration: 4, retention: 0.97,
            isHighSkill: true,
            source: "assumption: synthetic; 技工院校 预备技师班, 4 years, 3% leave a year"),
    ]

    /// The sectors programmes are drawn from, with the special tags targets select on.
    static let sectors: [(id: String, zh: String, special: String?)] = [
        ("manufacturing", "制造", nil), ("automotive", "汽车", nil), ("digital", "信息技术", nil),
        ("health", "健康护理", "elderly-care"), ("cuisine", "烹饪", "hakka-cuisine"),
        ("construction", "建筑", "rural-craftsman"),
        ("logistics", "物流", nil), ("agriculture", "现代农业", "rural-craftsman"), ("tourism", "旅游服务", "housekeeping"),
        ("electrical", "电气", nil),
    ]

    /// The scenario.
    public func scenario() -> Scenario {
        var random = SplitMix64(seed: size.seed)
        let levels = Array(Self.allLevels.prefix(max(1, min(3, size.levels))))
        let lastYear = Self.baseYear + max(1, size.years)
        var parts = SyntheticParts()
        for number in 1...max(1, size.schools) {
            var schoolRandom = SplitMix64(seed: random.next())
            let draft = SchoolDraft.make(
                number: number, size: size, levels: levels, lastYear: lastYear, random: &schoolRandom)
            parts.add(draft)
        }
        let years = Array((Self.baseYear + 1)...lastYear)
        let base = Scenario(
            name: size.scenarioName,
            titleZh: "合成情景：\(size.schools)所学校 × \(size.programmesPerSchool)个专业 × \(size.years)年",
            titleEn:
                "Synthetic scenario: \(size.schools) schools × \(size.programmesPerSchool) programmes × \(size.years) years",
            question:
                "Synthetic (seed \(size.seed)): can \(size.schools) technical schools meet province-wide and school targets over \(size.years) years at least cost?",
            baseYear: Self.baseYear, lastYear: lastYear, solver: SolverSettings(mipGap: 0.005, timeLimit: 60),
            schools: parts.schools, levels: levels, groups: parts.groups, programmes: parts.programmes,
            initialStudents: parts.initialStudents, applicants: parts.applicants, curricula: parts.curricula,
            leavers: parts.leavers, targets: [])
        var scenario = base
        scenario.targets = SyntheticTargets(scenario: base, years: years).all()
        return scenario
    }
}
