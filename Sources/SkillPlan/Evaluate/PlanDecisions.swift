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
    /// `th[p,y]`, high-level short-course places, by (programme, year); ``training`` holds
    /// the basic places `tb[p,y]`.
    public var highTraining: [String: Double] = [:]
    /// `q[g,y]`, teachers qualified through rotation, by (group, year).
    public var qualification: [String: Double] = [:]

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
        for row in plan.training {
            let high = row.highPlaces ?? 0
            training[Self.key(row.programme, row.year)] = row.places - high
            if row.highPlaces != nil { highTraining[Self.key(row.programme, row.year)] = high }
        }
        for row in plan.groups {
            hires[Self.key(row.group, row.year)] = row.hires
            rotation[Self.key(row.group, row.year)] = row.onRotation
            if let qualified = row.newlyQualified { qualification[Self.key(row.group, row.year)] = qualified }
        }
        for row in plan.schools { expansion[Self.key(row.school, row.year)] = row.seatsAdded }
    }

    /// These decisions with `other`'s values where it has one.
    public mutating func override(with other: PlanDecisions) {
        combine(other) { _, given in given }
    }

    /// Adds another part's decisions (a school's, in a decomposed solve); where both
    /// have a key, this one's value stays.
    public mutating func merge(_ other: PlanDecisions) {
        combine(other) { kept, _ in kept }
    }

    /// Every table merged with `other`'s, `pick` choosing between two values of a key.
    private mutating func combine(_ other: PlanDecisions, _ pick: (Double, Double) -> Double) {
        intake.merge(other.intake, uniquingKeysWith: pick)
        classes.merge(other.classes, uniquingKeysWith: pick)
        training.merge(other.training, uniquingKeysWith: pick)
        hires.merge(other.hires, uniquingKeysWith: pick)
        rotation.merge(other.rotation, uniquingKeysWith: pick)
        expansion.merge(other.expansion, uniquingKeysWith: pick)
        highTraining.merge(other.highTraining, uniquingKeysWith: pick)
        qualification.merge(other.qualification, uniquingKeysWith: pick)
    }
}
