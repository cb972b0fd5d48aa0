/// What ``DecompositionPlanner`` produced: the plan, what the checker found in it, the
/// bound that proves its gap, and where the time went.
public struct DecompositionResult: Sendable {
    /// The plan of the whole scenario (assembled by ``PlanAssembler``).
    public var plan: Plan
    /// What the independent ``PlanChecker`` found in it (empty for a sound plan).
    public var violations: [PlanViolation]
    /// The plan's objective (cost plus shortfall penalty), recomputed from its decisions.
    public var objective: Double
    /// The same objective summed over the schools' models and the coupling rows (equal to
    /// ``objective`` up to rounding: the builder's and the evaluator's arithmetic agree).
    public var blockObjective: Double
    /// A valid lower bound on the objective of every plan of the scenario: the larger of
    /// ``relaxationBound`` and ``integerBound``.
    public var lowerBound: Double
    /// `(objective − lowerBound) / |objective|`.
    public var gap: Double
    /// The Lagrangian bound with the schools' LP relaxations (at most the whole model's
    /// LP relaxation value).
    public var relaxationBound: Double?
    /// The Lagrangian bound with the schools' integer programs' bounds, at the best prices.
    public var integerBound: Double?
    /// The coordination master's last value (an upper bound on the LP relaxation).
    public var masterValue: Double?
    /// Schools solved.
    public var schools: Int
    /// Coupling rows coordinated.
    public var couplingRows: Int
    /// Pricing rounds of the coordination.
    public var iterations: Int
    /// Schools whose search accepted the rounded start plan.
    public var startsAccepted: Int
    /// Schools whose search found no better plan than its start within its time limit.
    public var schoolsOnStart: Int
    /// Seconds to split the scenario and build the schools' models.
    public var buildSeconds: Double
    /// Seconds of the coordination.
    public var coordinationSeconds: Double
    /// Seconds from the start until every school had a plan (its rounded start), so the
    /// whole scenario had one.
    public var firstPlanSeconds: Double
    /// The objective of that first plan (the schools' rounded starts together), if every school had one.
    public var firstPlanObjective: Double?
    /// Seconds of the schools' integer plans.
    public var planSeconds: Double
    /// Seconds of the bound refinement.
    public var boundSeconds: Double
    /// Seconds from the start until the schools' plans and the bound were known (the
    /// rest of ``totalSeconds`` assembles the plan and checks it).
    public var solvedSeconds: Double
    /// Seconds in all.
    public var totalSeconds: Double
}
