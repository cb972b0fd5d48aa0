/// The figures of one plan that a comparison leads with: what it costs, how far each
/// target is met, how many applicants it turns away, and each school's teachers, seats
/// and students in the last planning year.
///
/// ``PlanDiff`` compares two plans' figures in its headline; ``PlanLineup`` lays out the
/// figures of several plans side by side.
public struct PlanFigures: Codable, Sendable, Hashable {
    /// How far one target is met over all its rows.
    public struct TargetStanding: Codable, Sendable, Hashable {
        /// The target's id.
        public var target: String
        /// Whether every row is met.
        public var met: Bool
        /// The shortfall summed over the target's rows, in ``unit``.
        public var shortfall: Double
        /// The unit of the shortfall (`person-times`, `students`, `workers`, `applicants`).
        public var unit: String
        /// The years of the rows that are short (empty for a target without years, or met).
        public var yearsShort: [Int]
    }

    /// One programme's applicants turned away, summed over its levels and the years.
    public struct ProgrammeTurnedAway: Codable, Sendable, Hashable {
        /// The programme's id.
        public var programme: String
        /// Applicants turned away.
        public var turnedAway: Double
    }

    /// One school in the last planning year.
    public struct SchoolStanding: Codable, Sendable, Hashable {
        /// The school's id.
        public var school: String
        /// Teachers of its groups (headcount).
        public var teachers: Double
        /// Full-time seats.
        public var seats: Double
        /// Full-time students.
        public var students: Double
        /// Full-time teachers its teaching needs.
        public var fteNeeded: Double
        /// Full-time teachers available (headcount less time away on rotation).
        public var fteAvailable: Double
    }

    /// The costs.
    public var costs: CostBreakdown
    /// Each target, in the plan's order.
    public var targets: [TargetStanding]
    /// Applicants over every programme level and year (where known).
    public var applicants: Double
    /// Applicants turned away over every programme level and year.
    public var turnedAway: Double
    /// The programmes that turn applicants away, most first (ties by the catalogue's order).
    public var turnedAwayByProgramme: [ProgrammeTurnedAway]
    /// The last planning year (`nil` for a plan without years).
    public var lastYear: Int?
    /// Each school in the last planning year, in the catalogue's order.
    public var schools: [SchoolStanding]

    /// The figures of a plan.
    ///
    /// - Parameter plan: the plan.
    /// - Complexity: O(n) in the number of rows of the plan, plus sorting the programmes.
    public init(_ plan: Plan) {
        costs = plan.costs
        var byTarget: [String: [TargetResult]] = [:]
        for row in plan.targets { byTarget[row.target, default: []].append(row) }
        targets = plan.targetIDs.map { id in
            let rows = byTarget[id] ?? []
            let short = rows.filter { !$0.met }
            var years: [Int] = []
            for y in short.compactMap(\.year) where !years.contains(y) { years.append(y) }
            return TargetStanding(
                target: id, met: short.isEmpty, shortfall: short.reduce(0) { $0 + $1.shortfall },
                unit: rows.first?.shortfallUnit ?? "", yearsShort: years.sorted())
        }
        applicants = plan.programmeLevels.reduce(0) { $0 + ($1.applicants ?? 0) }
        turnedAway = plan.programmeLevels.reduce(0) { $0 + $1.turnedAway }
        var perProgramme: [String: Double] = [:]
        for row in plan.programmeLevels where row.turnedAway > 0 {
            perProgramme[row.programme, default: 0] += row.turnedAway
        }
        let order = Dictionary(
            plan.catalog.programmes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        turnedAwayByProgramme = perProgramme.map { ProgrammeTurnedAway(programme: $0.key, turnedAway: $0.value) }
            .sorted { x, y in
                if x.turnedAway != y.turnedAway { return x.turnedAway > y.turnedAway }
                let ox = order[x.programme] ?? Int.max, oy = order[y.programme] ?? Int.max
                return ox != oy ? ox < oy : x.programme < y.programme
            }
        let last = plan.years.max()
        lastYear = last
        var schoolIDs = plan.catalog.schools.map(\.id)
        for row in plan.schools where !schoolIDs.contains(row.school) { schoolIDs.append(row.school) }
        schools = schoolIDs.map { school in
            let seats = plan.schools.first { $0.school == school && $0.year == last }
            let groups = plan.groups.filter { $0.school == school && $0.year == last }
            return SchoolStanding(
                school: school, teachers: groups.reduce(0) { $0 + $1.headcount },
                seats: seats?.capacity ?? 0, students: seats?.enrolment ?? 0,
                fteNeeded: groups.reduce(0) { $0 + $1.fteNeeded },
                fteAvailable: groups.reduce(0) { $0 + $1.fteAvailable })
        }
    }

    /// The standing of a target, if the plan has it.
    ///
    /// - Parameter id: the target's id.
    /// - Returns: its standing.
    public func target(_ id: String) -> TargetStanding? {
        targets.first { $0.target == id }
    }

    /// The standing of a school, if the plan has it.
    ///
    /// - Parameter id: the school's id.
    /// - Returns: its standing in the last year.
    public func school(_ id: String) -> SchoolStanding? {
        schools.first { $0.school == id }
    }

    /// Applicants a programme turns away (0 when it turns none away).
    ///
    /// - Parameter id: the programme's id.
    /// - Returns: applicants turned away over its levels and the years.
    public func turnedAway(programme id: String) -> Double {
        turnedAwayByProgramme.first { $0.programme == id }?.turnedAway ?? 0
    }

    /// Targets met in full.
    public var targetsMet: Int { targets.filter(\.met).count }
}
