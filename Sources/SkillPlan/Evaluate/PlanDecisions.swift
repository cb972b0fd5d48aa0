/// The decisions of a plan, by planning key: what the solver chooses, and all that the
/// rest of a plan is computed from.
public struct PlanDecisions: Sendable, Hashable {
    /// `x[p,l,y]` by (programme, level, year).
    public var intake: [String: Double] = [:]
    /// `c[p,l,y]` by (programme, level, year).
    public var classes: [String: Double] = [:]
    /// `t[p,y]` by (programme, year).
    public var training: [String: Double] = [:]
    /// `h[g,y]` by (group, year).
    public var hires: [String: Double] = [:]
    /// `r[g,y]` by (group, year).
    public var rotation: [String: Double] = [:]
    /// `e[s,y]` by (school, year).
    public var expansion: [String: Double] = [:]

    /// No decisions (every value 0).
    public init() {}

    /// The key of a programme level's decision in a year.
    public static func key(_ programme: String, _ level: String, _ year: Int) -> String {
        ScenarioIndex.key(programme, level, year)
    }

    /// The key of a programme's, group's or school's decision in a year.
    public static func key(_ owner: String, _ year: Int) -> String {
        ScenarioIndex.key(owner, year)
    }

    /// The decisions a plan records.
    public init(_ plan: Plan) {
        for row in plan.programmeLevels {
            intake[Self.key(row.programme, row.level, row.year)] = row.intake
            classes[Self.key(row.programme, row.level, row.year)] = row.classes
        }
        for row in plan.training { training[Self.key(row.programme, row.year)] = row.places }
        for row in plan.groups {
            hires[Self.key(row.group, row.year)] = row.hires
            rotation[Self.key(row.group, row.year)] = row.onRotation
        }
        for row in plan.schools { expansion[Self.key(row.school, row.year)] = row.seatsAdded }
    }
}
