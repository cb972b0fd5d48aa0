import GLPK

/// The integer program of a scenario, with its decision variables by planning key.
///
/// Made by ``ModelBuilder``; the keys are the planners' (programme, level, year), the
/// model underneath is GLPK's. Names are readable: `intake[footwear-forming,senior,2023]`.
public struct PlanningModel: Sendable {
    /// The GLPK model.
    public var model: Model
    /// `x[p,l,y]`, by ``ScenarioIndex`` key (programme, level, year).
    public var intake: [String: Variable] = [:]
    /// `c[p,l,y]`.
    public var classes: [String: Variable] = [:]
    /// `t[p,y]`, by (programme, year).
    public var training: [String: Variable] = [:]
    /// `h[g,y]`, by (group, year).
    public var hires: [String: Variable] = [:]
    /// `r[g,y]`, by (group, year).
    public var rotation: [String: Variable] = [:]
    /// `e[s,y]`, by (school, year).
    public var expansion: [String: Variable] = [:]
    /// `th[p,y]`: high-level short-course places, by (programme, year); only for the
    /// programmes that run them (the basic places `tb[p,y]` are ``training``).
    public var highTraining: [String: Variable] = [:]
    /// `q[g,y]`: teachers qualified through rotation, by (group, year); only for the
    /// groups whose qualification is planned.
    public var qualification: [String: Variable] = [:]
    /// `u[k,·]`: the shortfall variables of each target, by target id, in row order.
    public var shortfalls: [String: [Variable]] = [:]
    /// The same decision variables by position (``ScenarioIndex`` ordinals and year
    /// positions), for the builder's own look-ups (the decomposition's side-by-side
    /// model gets one from its schools'); `nil` when the positions are not known, and
    /// then look-ups go through the keyed tables.
    var grid: VariableGrid?

    /// Decision variables by position: `[ordinal][year position]`.
    struct VariableGrid: Sendable {
        /// `x`, by offering ordinal.
        var intake: [[Variable?]]
        /// `c`, by offering ordinal.
        var classes: [[Variable?]]
        /// `t`, by programme ordinal.
        var training: [[Variable?]]
        /// `h`, by group ordinal.
        var hires: [[Variable?]]
        /// `r`, by group ordinal.
        var rotation: [[Variable?]]
        /// `e`, by school ordinal.
        var expansion: [[Variable?]]
    }

    /// The decisions of a solution: each variable's value read by `value`.
    public func decisions(_ value: (Variable) -> Double) -> PlanDecisions {
        var decisions = PlanDecisions()
        decisions.intake = intake.mapValues(value)
        decisions.classes = classes.mapValues(value)
        decisions.training = training.mapValues(value)
        decisions.hires = hires.mapValues(value)
        decisions.rotation = rotation.mapValues(value)
        decisions.expansion = expansion.mapValues(value)
        decisions.highTraining = highTraining.mapValues(value)
        decisions.qualification = qualification.mapValues(value)
        return decisions
    }

    /// The key of a programme level's variable in a year.
    public static func key(_ programme: String, _ level: String, _ year: Int) -> String {
        ScenarioIndex.key(programme, level, year)
    }

    /// The key of a programme's, group's or school's variable in a year.
    public static func key(_ owner: String, _ year: Int) -> String {
        ScenarioIndex.key(owner, year)
    }
}
