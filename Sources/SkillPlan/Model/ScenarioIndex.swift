/// Look-ups over a scenario's data, as the formulation uses it: by id, by programme
/// level and year, and the targets' scopes. Built once per solve or check; pure data,
/// no solver. Both the model builder and the plan evaluator read the scenario through it.
public struct ScenarioIndex: Sendable {
    /// A programme level `(p, l)` with `l ∈ levels(p)`.
    ///
    /// Immutable, and compared by value; a class so that the model builder's walks over
    /// a province's 11,400 offerings copy one reference, not the dozen strings and
    /// arrays of a programme and a level.
    public final class Offering: Sendable, Hashable {
        /// The programme.
        public let programme: Programme
        /// The level.
        public let level: Level
        /// Its position in ``ScenarioIndex/offerings``.
        public let ordinal: Int

        init(programme: Programme, level: Level, ordinal: Int) {
            self.programme = programme
            self.level = level
            self.ordinal = ordinal
        }

        /// The same programme, level and place in the index.
        public static func == (lhs: Offering, rhs: Offering) -> Bool {
            lhs === rhs || (lhs.ordinal == rhs.ordinal && lhs.programme == rhs.programme && lhs.level == rhs.level)
        }

        /// Hashes the programme, level and place, as ``==`` compares them.
        public func hash(into hasher: inout Hasher) {
            hasher.combine(programme)
            hasher.combine(level)
            hasher.combine(ordinal)
        }
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

    /// Offering ordinals by programme id, then level id.
    private let offeringOrdinals: [String: [String: Int]]
    /// `M[p,l]` by offering ordinal.
    private let modulesByOffering: [[CurriculumModule]]
    // By owner, each list in the scenario's order of programmes, levels and modules, so
    // that sums over them add in the same order as a walk over every offering would.
    private let offeringsBySchool: [String: [Offering]]
    private let offeringsByProgramme: [String: [Offering]]
    private let programmesBySchool: [String: [Programme]]
    private let programmesByGroup: [String: [Programme]]
    private let teachingByGroup: [String: [Teaching]]
    private let ratioTaughtByGroup: [String: [Offering]]
    // Positions, for look-ups by number rather than by a key built from strings: the
    // model builder makes millions of them at province size.
    let programmeOrdinals: [String: Int]
    let groupOrdinals: [String: Int]
    let schoolOrdinals: [String: Int]
    private let yearPositions: [Int: Int]
    /// Whether the planning years run one after another from `years[0]` (then a year's
    /// position is arithmetic, not a hash look-up).
    private let yearsAreConsecutive: Bool
    /// Each planning year as text, by position.
    private let yearTexts: [String]
    /// `p,l` of each offering, for element names, by ordinal.
    private let offeringNames: [String]
    /// `p␟l` of each offering, for planning keys, by ordinal.
    private let offeringKeys: [String]
    /// `E0[p,l,k]` by offering ordinal, index `k − 1`.
    private let initialStudentsByOffering: [[Double]]
    /// `C0[p,l,k]` by offering ordinal, index `k − 1`.
    private let initialClassesByOffering: [[Double]]
    /// `demand[p,l,y]` by offering ordinal and year position.
    private let demandByOffering: [[Double?]]
    /// `leavers[g,y]` by group ordinal and year position.
    private let leaversByGroup: [[Double]]

    /// Indexes a scenario. Rows that name unknown ids are ignored (the validator reports them).
    public init(_ scenario: Scenario) {
        self.scenario = scenario
        baseYear = scenario.baseYear
        years = scenario.years
        schools = Dictionary(scenario.schools.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        levels = Dictionary(scenario.levels.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        groups = Dictionary(scenario.groups.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        programmes = Dictionary(scenario.programmes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var list: [Offering] = []
        for programme in scenario.programmes {
            for id in programme.levels {
                if let level = levels[id] {
                    list.append(Offering(programme: programme, level: level, ordinal: list.count))
                }
            }
        }
        offerings = list
        var byProgramme: [String: [String: Int]] = [:]
        for o in list where byProgramme[o.programme.id]?[o.level.id] == nil {
            byProgramme[o.programme.id, default: [:]][o.level.id] = o.ordinal
        }
        offeringOrdinals = byProgramme
        func ordinals(_ ids: [String]) -> [String: Int] {
            Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        }
        programmeOrdinals = ordinals(scenario.programmes.map(\.id))
        groupOrdinals = ordinals(scenario.groups.map(\.id))
        schoolOrdinals = ordinals(scenario.schools.map(\.id))
        let positions = Dictionary(
            scenario.years.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        yearPositions = positions
        yearsAreConsecutive = scenario.years.enumerated().allSatisfy { $1 == scenario.years[0] + $0 }
        yearTexts = scenario.years.map(String.init)
        offeringNames = list.map { ElementName.join($0.programme.id, ",", $0.level.id) }
        offeringKeys = list.map { Self.key($0.programme.id, $0.level.id) }

        // The data tables by position, summed in row order where a key repeats. Rows for
        // unknown ids or years outside the horizon are left out (the validator reports them).
        var students = list.map { Array(repeating: 0.0, count: max($0.level.duration, 1)) }
        var classes = list.map { Array(repeating: Double?.none, count: max($0.level.duration, 1)) }
        for cohort in scenario.initialStudents {
            guard let o = byProgramme[cohort.programme]?[cohort.level], cohort.yearOfStudy >= 1,
                cohort.yearOfStudy <= students[o].count
            else { continue }
            students[o][cohort.yearOfStudy - 1] += cohort.students
            if let given = cohort.classes {
                classes[o][cohort.yearOfStudy - 1] = (classes[o][cohort.yearOfStudy - 1] ?? 0) + given
            }
        }
        initialStudentsByOffering = students
        initialClassesByOffering = list.map { o in
            (0..<students[o.ordinal].count).map { (k: Int) -> Double in
                if let given = classes[o.ordinal][k] { return given }
                let enrolled = students[o.ordinal][k]
                guard enrolled > 0, o.programme.classSize > 0 else { return 0 }
                return (enrolled / o.programme.classSize - 1e-9).rounded(.up)
            }
        }
        var demand = list.map { _ in Array(repeating: Double?.none, count: scenario.years.count) }
        for row in scenario.applicants {
            guard let o = byProgramme[row.programme]?[row.level], let t = positions[row.year] else { continue }
            demand[o][t] = (demand[o][t] ?? 0) + row.applicants
        }
        demandByOffering = demand
        var leavers = scenario.groups.map { _ in Array(repeating: 0.0, count: scenario.years.count) }
        let groupPositions = groupOrdinals
        for row in scenario.leavers {
            guard let g = groupPositions[row.group], let t = positions[row.year] else { continue }
            leavers[g][t] += row.count
        }
        leaversByGroup = leavers
        var modules = list.map { _ in [CurriculumModule]() }
        for module in scenario.curricula {
            guard let o = byProgramme[module.programme]?[module.level] else { continue }
            modules[o].append(module)
        }
        modulesByOffering = modules

        offeringsBySchool = Dictionary(grouping: list, by: \.programme.school)
        offeringsByProgramme = Dictionary(grouping: list, by: \.programme.id)
        programmesBySchool = Dictionary(grouping: scenario.programmes, by: \.school)
        programmesByGroup = Dictionary(grouping: scenario.programmes, by: \.group)
        var teaching: [String: [Teaching]] = [:]
        var ratioTaught: [String: [Offering]] = [:]
        for offering in list {
            let taught = modules[offering.ordinal]
            if taught.isEmpty { ratioTaught[offering.programme.group, default: []].append(offering) }
            for module in taught {
                teaching[module.group, default: []].append(Teaching(offering: offering, module: module))
            }
        }
        teachingByGroup = teaching
        ratioTaughtByGroup = ratioTaught
    }

    /// The ordinal of a programme level, when the scenario offers it.
    func ordinal(_ programme: String, _ level: String) -> Int? {
        offeringOrdinals[programme]?[level]
    }

    /// The position of a planning year in ``years``, or `nil` for a year outside them.
    func yearPosition(_ year: Int) -> Int? {
        guard yearsAreConsecutive else { return yearPositions[year] }
        let position = year - (years.first ?? 0)
        return position >= 0 && position < years.count ? position : nil
    }

    /// A year as text (precomputed for the planning years).
    func yearText(_ year: Int) -> String {
        yearPosition(year).map { yearTexts[$0] } ?? String(year)
    }

    /// `p,l`: the part of an element's name that names the offering.
    func offeringName(_ o: Offering) -> String { offeringNames[o.ordinal] }

    /// The planning key of an offering in a year (``key(_:_:_:)`` of its ids).
    func key(_ o: Offering, _ year: Int) -> String {
        ElementName.join(offeringKeys[o.ordinal], "\u{1F}", yearText(year))
    }

    /// The planning key of a programme's, group's or school's decision in a year.
    func key(_ owner: String, year: Int) -> String {
        ElementName.join(owner, "\u{1F}", yearText(year))
    }

    /// `E0[p,l,k]` of an offering (0 outside its years of study).
    func initialStudents(_ o: Offering, yearOfStudy k: Int) -> Double {
        let row = initialStudentsByOffering[o.ordinal]
        return k >= 1 && k <= row.count ? row[k - 1] : 0
    }

    /// `C0[p,l,k]` of an offering (0 outside its years of study).
    func initialClasses(_ o: Offering, yearOfStudy k: Int) -> Double {
        let row = initialClassesByOffering[o.ordinal]
        return k >= 1 && k <= row.count ? row[k - 1] : 0
    }

    /// `demand[p,l,y]` of an offering, when given.
    func demand(_ o: Offering, year: Int) -> Double? {
        yearPosition(year).flatMap { demandByOffering[o.ordinal][$0] }
    }

    /// `leavers[g,y]` by the group's ordinal (0 when not given).
    func leavers(groupOrdinal g: Int, year: Int) -> Double {
        yearPosition(year).map { leaversByGroup[g][$0] } ?? 0
    }

    static func key(_ parts: CustomStringConvertible...) -> String {
        parts.map(\.description).joined(separator: "\u{1F}")
    }

    // The same keys without the variadic array and the existentials: these are built
    // for every look-up while a province-size model is built or a plan is checked.
    static func key(_ a: String, _ b: String, _ year: Int) -> String {
        ElementName.join(a, "\u{1F}", b, "\u{1F}", String(year))
    }
    static func key(_ a: String, _ year: Int) -> String { ElementName.join(a, "\u{1F}", String(year)) }
    static func key(_ a: String, _ b: String) -> String { ElementName.join(a, "\u{1F}", b) }

    /// `E0[p,l,k]`: students in year of study `k` in the base year.
    public func initialStudents(_ programme: String, _ level: String, yearOfStudy k: Int) -> Double {
        guard let o = ordinal(programme, level) else { return 0 }
        return initialStudents(offerings[o], yearOfStudy: k)
    }

    /// `C0[p,l,k]`: classes in year of study `k` in the base year (given, or
    /// `ceil(E0 / classSize)`).
    public func initialClasses(_ programme: Programme, _ level: String, yearOfStudy k: Int) -> Double {
        guard let o = ordinal(programme.id, level) else { return 0 }
        return initialClasses(offerings[o], yearOfStudy: k)
    }

    /// `demand[p,l,y]`, when given.
    public func demand(_ programme: String, _ level: String, year: Int) -> Double? {
        guard let o = ordinal(programme, level) else { return nil }
        return demand(offerings[o], year: year)
    }

    /// `leavers[g,y]` (0 when not given).
    public func leavers(_ group: String, year: Int) -> Double {
        guard let g = groupOrdinals[group] else { return 0 }
        return leavers(groupOrdinal: g, year: year)
    }

    /// `M[p,l]`: the curriculum modules of a programme level (empty when it has none).
    public func modules(_ programme: String, _ level: String) -> [CurriculumModule] {
        ordinal(programme, level).map { modulesByOffering[$0] } ?? []
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

    /// A school's programmes, in the scenario's order.
    public func programmes(ofSchool school: String) -> [Programme] {
        programmesBySchool[school] ?? []
    }

    /// The programme levels of a school's programmes, in the scenario's order.
    public func offerings(ofSchool school: String) -> [Offering] {
        offeringsBySchool[school] ?? []
    }

    /// Whether `(p, l) ∈ PC`: the programme level has a curriculum.
    public func hasCurriculum(_ programme: String, _ level: String) -> Bool {
        !modules(programme, level).isEmpty
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

    /// The offerings of one programme, in the scenario's order of levels.
    public func offerings(ofProgramme programme: String) -> [Offering] {
        offeringsByProgramme[programme] ?? []
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
