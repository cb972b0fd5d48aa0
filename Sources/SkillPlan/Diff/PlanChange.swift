/// One number that differs between two plans: what it is, where (programme, level,
/// group, school, target, year, cost item), before, after and the difference.
public struct PlanChange: Codable, Sendable, Hashable {
    /// What changed.
    public var kind: PlanChangeKind
    /// The school (of the programme, group or seats; a target's scope school).
    public var school: String?
    /// The programme.
    public var programme: String?
    /// The level.
    public var level: String?
    /// The teacher group.
    public var group: String?
    /// The target.
    public var target: String?
    /// The cost item.
    public var costItem: CostItem?
    /// The year.
    public var year: Int?
    /// The value in the first plan, `nil` when the row is not in it. For targets, the
    /// shortfall.
    public var before: Double?
    /// The value in the second plan, `nil` when the row is not in it. For targets, the
    /// shortfall.
    public var after: Double?
    /// For targets, the unit of the shortfall (`person-times`, `students`, `workers`,
    /// `applicants`); for costs `yuan`; otherwise `nil`.
    public var unit: String?

    /// Creates a change.
    public init(
        kind: PlanChangeKind, school: String? = nil, programme: String? = nil, level: String? = nil,
        group: String? = nil, target: String? = nil, costItem: CostItem? = nil, year: Int? = nil,
        before: Double?, after: Double?, unit: String? = nil
    ) {
        self.kind = kind
        self.school = school
        self.programme = programme
        self.level = level
        self.group = group
        self.target = target
        self.costItem = costItem
        self.year = year
        self.before = before
        self.after = after
        self.unit = unit
    }

    /// `after − before`, an absent value counting as 0.
    public var delta: Double { (after ?? 0) - (before ?? 0) }

    /// A stable key naming the changed number, e.g. `intake[footwear,senior,2023]`,
    /// `hires[xt-mech,2022]`, `target[serve,2022,footwear,senior]`, `cost[hiring]`: the
    /// tie-break when two changes are as large.
    public var key: String {
        let parts: [String?] =
            switch kind.section {
            case .targets: [target, year.map(String.init), programme, level]
            case .costs: [costItem?.rawValue]
            case .seats, .teachers:
                [programme, level, group, kind == .seatsAdded ? school : nil, year.map(String.init)]
            }
        let base = kind.section == .targets ? "target" : kind.rawValue
        return base + "[" + parts.compactMap { $0 }.joined(separator: ",") + "]"
    }
}
