/// Look-ups over a scenario's data, as the formulation uses it: by id, by programme
/// level and year, and the targets' scopes. Built once per solve or check; pure data,
/// no solver. Both the model builder and the plan evaluator read the scenario through it.
public struct ScenarioIndex: Sendable {
    /// A programme level `(p, l)` with `l ∈ levels(p)`.
    public struct Offering: Sendable, Hashable {
        /// The programme.
        public let programme: Programme
        /// The level.
        public let level: Level
    }

    /// A curriculum module `m ∈ M[p,l]` with its programme level: what a teacher group teaches.
    public struct Teaching: Sendable, Hashable {
        /// The programme level.
        public let offering: Offering
        /// The module.
        public let module: CurriculumModule
    }

    /// The scenario.
    public let scenario: Scenario
    /// The base year `y0`.
    public let baseYear: Int
    /// The planning years `Y`.
    public let years: [Int]
    /// Schools by id.
    public let schools: [String: School]
    /// Levels by id.
    public let levels: [String: Level]
    /// Teacher groups by id.
    public let groups: [String: TeacherGroup]
    /// Programmes by id.
    public let programmes: [String: Programme]
    /// Every programme level, in the scenario's order of programmes and levels.
    public let offerings: [Offering]

    private let initialStudents: [String: Double]
    private let initialClasses: [String: Double]
    private let demand: [String: Double]
    private let leavers: [String: Double]
    private let modules: [String: [CurriculumModule]]
    // By owner, each list in the scenario's order of programmes, levels and modules, so
    // that sums over them add in the same order as a walk over every offering would.
    private let offeringsBySchool: [String: [Offering]]
    private let offeringsByProgramme: [String: [Offering]]
    private let programmesBySchool: [String: [Programme]]
    private let programmesByGroup: [String: [Programme]]
    private let teachingByGroup: [String: [Teaching]]
    private let ratioTaughtByGroup: [String: [Offering]]

    /// Indexes a scenario. Rows that name unknown ids are ignored (the validator reports them).
    public init(_ scenario: Scenario) {
        self.scenario = scenario
        baseYear = scenario.baseYear
        years = scenario.years
        schools = Dictionary(scenario.schools.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        levels = Dictionary(scenario.levels.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        groups = Dictionary(scenario.groups.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        programmes = Dictionary(scenario.programmes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let levels = self.levels
        offerings = scenario.programmes.flatMap { programme in
            programme.levels.compactMap { id in levels[id].map { Offering(programme: programme, level: $0) } }
        }
        var students: [String: Double] = [:]
        var classes: [String: Double] = [:]
        for cohort in scenario.initialStudents {
            let key = Self.key(cohort.programme, cohort.level, cohort.yearOfStudy)
            students[key, default: 0] += cohort.students
            if let given = cohort.classes { classes[key, default: 0] += given }
        }
        initialStudents = students
        initialClasses = classes
        demand = Dictionary(scenario.applicants.map { (Self.key($0.programme, $0.level, $0.year), $0.applicants) }, uniquingKeysWith: +)
        leavers = Dictionary(scenario.leavers.map { (Self.key($0.group, $0.year), $0.count) }, uniquingKeysWith: +)
        let modules = Dictionary(grouping: scenario.curricula, by: { Self.key($0.programme, $0.level) })
        self.modules = modules
        offeringsBySchool = Dictionary(grouping: offerings, by: \.programme.school)
        offeringsByProgramme = Dictionary(grouping: offerings, by: \.programme.id)
        programmesBySchool = Dictionary(grouping: scenario.programmes, by: \.school)
        programmesByGroup = Dictionary(grouping: scenario.programmes, by: \.group)
        var teaching: [String: [Teaching]] = [:]
        var ratioTaught: [String: [Offering]] = [:]
        for offering in offerings {
            let taught = modules[Self.key(offering.programme.id, offering.level.id)] ?? []
            if taught.isEmpty { ratioTaught[offering.programme.group, default: []].append(offering) }
            for module in taught { teaching[module.group, default: []].append(Teaching(offering: offering, module: module)) }
        }
        teachingByGroup = teaching
        ratioTaughtByGroup = ratioTaught
    }

    static func key(_ parts: CustomStringConvertible...) -> String {
        parts.map(\.description).joined(separator: "\u{1F}")
    }

    // The same keys without the variadic array and the existentials: these are built
    // for every look-up while a province-size model is built or a plan is checked.
    static func key(_ a: String, _ b: String, _ year: Int) -> String { a + "\u{1F}" + b + "\u{1F}" + String(year) }
    static func key(_ a: String, _ year: Int) -> String { a + "\u{1F}" + String(year) }
    static func key(_ a: String, _ b: String) -> String { a + "\u{1F}" + b }

    /// `E0[p,l,k]`: students in year of study `k` in the base year.
    public func initialStudents(_ programme: String, _ level: String, yearOfStudy k: Int) -> Double {
        initialStudents[Self.key(programme, level, k)] ?? 0
    }

    /// `C0[p,l,k]`: classes in year of study `k` in the base year (given, or
    /// `ceil(E0 / classSize)`).
    public func initialClasses(_ programme: Programme, _ level: String, yearOfStudy k: Int) -> Double {
        let key = Self.key(programme.id, level, k)
        if let given = initialClasses[key] { return given }
        let students = initialStudents[key] ?? 0
        guard students > 0, programme.classSize > 0 else { return 0 }
        return (students / programme.classSize - 1e-9).rounded(.up)
    }

    /// `demand[p,l,y]`, when given.
    public func demand(_ programme: String, _ level: String, year: Int) -> Double? {
        demand[Self.key(programme, level, year)]
    }

    /// `leavers[g,y]` (0 when not given).
    public func leavers(_ group: String, year: Int) -> Double {
        leavers[Self.key(group, year)] ?? 0
    }

    /// `M[p,l]`: the curriculum modules of a programme level (empty when it has none).
    public func modules(_ programme: String, _ level: String) -> [CurriculumModule] {
        modules[Self.key(programme, level)] ?? []
    }

    /// The modules a teacher group teaches, with their programme levels, in the scenario's
    /// order of programmes, levels and modules.
    public func teaching(by group: String) -> [Teaching] {
        teachingByGroup[group] ?? []
    }

    /// The programme levels of a group's programmes that have no curriculum (taught by
    /// the student-per-FTE ratio), in the scenario's order.
    public func ratioTaughtOfferings(of group: String) -> [Offering] {
        ratioTaughtByGroup[group] ?? []
    }

    /// The programmes whose group is `group`, in the scenario's order.
    public func programmes(ofGroup group: String) -> [Programme] {
        programmesByGroup[group] ?? []
    }

    /// The programme levels of a school's programmes, in the scenario's order.
    public func offerings(ofSchool school: String) -> [Offering] {
        offeringsBySchool[school] ?? []
    }

    /// Whether `(p, l) ∈ PC`: the programme level has a curriculum.
    public func hasCurriculum(_ programme: String, _ level: String) -> Bool {
        !(modules[Self.key(programme, level)] ?? []).isEmpty
    }

    /// The year of the planning horizon's `n`-th year after the base year.
    public func yearsSinceBase(_ year: Int) -> Int { year - baseYear }

    /// The programmes a target's scope selects: of its school (or every school), having
    /// any of its tags (or any programme when it names none).
    public func programmes(inScopeOf target: Target) -> [Programme] {
        let candidates = target.school.map { programmesBySchool[$0] ?? [] } ?? scenario.programmes
        guard !target.tags.isEmpty else { return candidates }
        let tags = Set(target.tags)
        return candidates.filter { $0.tags.contains(where: tags.contains) }
    }

    /// The programmes having any of the given tags (for the workforce target's course scopes).
    public func programmes(taggedWithAnyOf tags: [String]) -> [Programme] {
        guard !tags.isEmpty else { return [] }
        let wanted = Set(tags)
        return scenario.programmes.filter { $0.tags.contains(where: wanted.contains) }
    }

    /// The teacher groups a target's scope selects: of its school (or every school); with
    /// tags, only the groups of the programmes it selects.
    public func groups(inScopeOf target: Target) -> [TeacherGroup] {
        let chosen = target.tags.isEmpty ? nil : Set(programmes(inScopeOf: target).map(\.group))
        return scenario.groups.filter { group in
            (target.school == nil || group.school == target.school) && (chosen?.contains(group.id) ?? true)
        }
    }

    /// The offerings of the given programmes.
    public func offerings(of programmes: [Programme]) -> [Offering] {
        var seen = Set<String>()
        return programmes.flatMap { seen.insert($0.id).inserted ? offeringsByProgramme[$0.id] ?? [] : [] }
    }

    /// The years of rotation coverage: the whole horizon, or its first `cycle` years.
    public var rotationYears: [Int] {
        guard let cycle = scenario.rotationCycleYears, cycle < years.count else { return years }
        return Array(years.prefix(max(cycle, 0)))
    }
}
