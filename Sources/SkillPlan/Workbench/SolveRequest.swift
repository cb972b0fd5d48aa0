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

    /// A request.
    public init(
        scenarioPath: String, displayFolder: String, plan: PlanRequest = PlanRequest(), given: GivenDecisions? = nil
    ) {
        self.scenarioPath = scenarioPath
        self.displayFolder = displayFolder
        self.plan = plan
        self.given = given
    }
}
