/// What a ``SolveQueue`` is asked to solve: a scenario file, read and solved on the
/// worker thread that takes it.
public struct SolveRequest: Sendable {
    /// The scenario file.
    public var scenarioPath: String
    /// The folder that paths in messages are shown relative to.
    public var displayFolder: String
    /// How to plan it (time limit and gap `nil`: the scenario's). The queue sets its
    /// progress and stop, and keeps the search on one thread (no race); it writes and
    /// saves nothing (the workbench keeps results itself).
    public var plan: PlanRequest
    /// Decisions a planner gave (`skillplan evaluate --optimise-rest`): they are fixed and
    /// the rest is optimised by ``PlanEvaluation``, instead of planning from scratch
    /// (only the time limit and gap of ``plan`` apply).
    public var given: GivenDecisions?
    /// A plan whose targets to price (the workbench's "Price the targets"), instead of
    /// planning: the scenario file must still hold the plan's inputs, and the job's
    /// outcome is the plan with its ``Plan/targetPrices`` (only the time limit and gap of
    /// ``plan`` apply).
    public var prices: PriceRequest?

    /// A request.
    public init(
        scenarioPath: String, displayFolder: String, plan: PlanRequest = PlanRequest(), given: GivenDecisions? = nil,
        prices: PriceRequest? = nil
    ) {
        self.scenarioPath = scenarioPath
        self.displayFolder = displayFolder
        self.plan = plan
        self.given = given
        self.prices = prices
    }
}

/// The target prices of a plan already made, asked of a ``SolveQueue``: each target of
/// its scenario relaxed and solved like the plan (``TargetPricing``), one relaxed solve
/// at a time on the job's worker (the queue runs one job per core).
public struct PriceRequest: Sendable {
    /// The plan to price.
    public var plan: Plan
    /// How each target is relaxed.
    public var relaxation: TargetRelaxation

    /// A request to price a plan's targets.
    ///
    /// - Parameters:
    ///   - plan: the plan.
    ///   - relaxation: how each target is relaxed (each requirement 10% lower by default).
    public init(plan: Plan, relaxation: TargetRelaxation = .defaultStep) {
        self.plan = plan
        self.relaxation = relaxation
    }
}
