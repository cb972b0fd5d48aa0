/// What ``DecompositionPlanner`` produced: the plan, what the checker found in it, each
/// phase's value, bound and gap, and where the time went.
public struct DecompositionResult: Sendable {
    /// The plan of the whole scenario (assembled by ``PlanAssembler``).
    public var plan: Plan
    /// What the independent ``PlanChecker`` found in it (empty for a sound plan).
    public var violations: [PlanViolation]
    /// The plan's weighted objective (cost plus shortfall penalty), recomputed from its decisions.
    public var objective: Double
    /// Phase 1's value: the weighted shortfall of its plans, over the schools' models and
    /// the coupling rows.
    public var shortfall: Double
    /// Phase 2's value: the cost of the plan, over the schools' models; `nil` when phase 2
    /// did not run (stopped), and the plan is phase 1's.
    public var cost: Double?
    /// Each phase's report (as in the plan's ``SolverReport/phases``): value, bound, gap.
    public var phases: [SolverPhase]
    /// The larger of the phases' gaps.
    public var gap: Double
    /// Schools solved.
    public var schools: Int
    /// Coupling rows coordinated.
    public var couplingRows: Int
    /// Pricing rounds of the coordination, both phases.
    public var iterations: Int
    /// Schools whose last phase's search accepted the rounded start plan.
    public var startsAccepted: Int
    /// Schools whose last phase's search found no better plan than its start within its time limit.
    public var schoolsOnStart: Int
    /// Seconds before the decomposition started: reading and checking the scenario, when
    /// the limit counts from the command's start (``DecompositionOptions/started``); 0
    /// otherwise.
    public var readSeconds: Double
    /// Seconds until the schools' models were built (``readSeconds`` included).
    public var buildSeconds: Double
    /// Seconds of the coordination, both phases.
    public var coordinationSeconds: Double
    /// Seconds until every school had a plan (its rounded start in phase 1), so the
    /// whole scenario had one.
    public var firstPlanSeconds: Double
    /// The shortfall of that first plan (the schools' rounded starts together), if every school had one.
    public var firstPlanObjective: Double?
    /// Seconds of the schools' integer plans, both phases.
    public var planSeconds: Double
    /// Seconds of the bound refinement, both phases.
    public var boundSeconds: Double
    /// Seconds of each phase.
    public var phaseSeconds: [Double]
    /// Seconds until the schools' plans and the bounds were known (the rest of
    /// ``totalSeconds`` assembles the plan and checks it).
    public var solvedSeconds: Double
    /// Seconds in all.
    public var totalSeconds: Double

    /// Seconds of the schools' models alone: splitting the scenario, building each
    /// school's model and the coupling rows.
    public var modelBuildSeconds: Double { max(0, buildSeconds - readSeconds) }

    /// Seconds from the models' build to the end of the search outside the coordination,
    /// the schools' plans and the bound: each phase's models made from the schools'
    /// (objective and held rows), the values of its plans, and phase 2's choice between
    /// each school's two plans.
    public var phaseSetupSeconds: Double {
        max(0, solvedSeconds - buildSeconds - coordinationSeconds - planSeconds - boundSeconds)
    }

    /// Seconds after the search: the plan assembled from the schools' decisions and
    /// checked by ``PlanChecker``.
    public var assemblySeconds: Double { max(0, totalSeconds - solvedSeconds) }
}
