/// What ``ScenarioPlanning`` is asked to do: how to search, where the plan goes, and
/// whom to tell while it searches. `nil` settings take the scenario's own.
public struct PlanRequest: Sendable {
    /// Whole-model search or school by school.
    public var method: PlanMethod = .wholeModel
    /// The time limit in seconds (the scenario's when `nil`).
    public var timeLimit: Double?
    /// The relative MIP gap (the scenario's when `nil`).
    public var mipGap: Double?
    /// Stop the whole-model search at this many branch-and-bound nodes; `nil` for none.
    /// (`--by-school` stops each school's search by time only.)
    public var nodeLimit: Int?
    /// A reference plan: the whole-model search adds phase 3, the distance to its
    /// decisions with shortfall and cost held (`--like`).
    public var like: PlanReference?
    /// Price every target (`--target-prices`): each relaxed this way and the plan solved
    /// again like itself (``TargetPricing``), the prices kept in the plan; `nil` for none.
    /// The relaxed solves get a time limit of their own, as long as the plan's, and run
    /// one per core. Whole-model search only.
    public var targetPrices: TargetRelaxation?
    /// Receives the target prices' progress: targets priced and the total.
    public var priceProgress: (@Sendable (Int, Int) -> Void)?
    /// Where to write the plan file (JSON); `nil` writes none. Written even when the
    /// checker finds a violation, so that it can be inspected.
    public var destination: String?
    /// Keep the plan as a version of the plan store; only a plan the checker passes is kept.
    public var save: PlanSaveRequest?
    /// Receives GLPK's output as it is printed (whole-model search).
    public var log: (@Sendable (String) -> Void)?
    /// Receives the whole-model search's progress.
    public var progress: (@Sendable (PlanningProgress) -> Void)?
    /// Receives the school-by-school search's progress: each stage (the model build,
    /// the coordination rounds, the school plans, the bound) as it goes.
    public var schoolProgress: (@Sendable (DecompositionProgress) -> Void)?
    /// When the time limit started counting (the command's start, so that reading the
    /// scenario counts); the search's own start when `nil`. The plan's assembly and
    /// check are set aside within the limit.
    public var started: ContinuousClock.Instant?
    /// Stops the search at its next node, keeping its best plan so far (school by
    /// school: after the current coordination round, each school at its next node).
    public var stop: PlanningStop?
    /// Race two search rules on two threads when the default rule alone does not finish
    /// soon (``PlanningOptions/race``); `false` keeps the whole search on the calling
    /// thread, as the workbench's solve queue does (one solve per core).
    public var race = true

    /// A request with the scenario's settings.
    public init(method: PlanMethod = .wholeModel, timeLimit: Double? = nil, mipGap: Double? = nil) {
        self.method = method
        self.timeLimit = timeLimit
        self.mipGap = mipGap
    }
}
