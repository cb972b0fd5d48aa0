/// How a scenario is solved; `nil` settings take the scenario's own.
public struct PlanningOptions: Sendable {
    /// The time limit in seconds.
    public var timeLimit: Double?
    /// The relative MIP gap.
    public var mipGap: Double?
    /// Race two MIP search rules on two threads (deterministic: see `GLPK.Model.solveRace`);
    /// `false` runs GLPK's default rule alone on the calling thread, e.g. when a sweep
    /// already keeps every core busy.
    public var race: Bool = true
    /// Offer the search a plan rounded from the LP relaxation (`StartPlan`) as its first
    /// incumbent, so that a plan exists even if the search is stopped; `nil` does so for
    /// models with at least ``roundingStartColumns`` integer columns. (Offering a plan
    /// turns GLPK's MIP presolver off for that solve.)
    public var roundingStart: Bool?
    /// The integer columns from which a model gets a rounded start plan by default.
    public static let roundingStartColumns = 20_000
    /// Receives GLPK's output as it is printed.
    public var logHandler: (@Sendable (String) -> Void)?
    /// Receives the search's progress (about twice a second, and at each better plan).
    public var progressHandler: (@Sendable (PlanningProgress) -> Void)?

    /// Options that keep the scenario's settings.
    public init(timeLimit: Double? = nil, mipGap: Double? = nil) {
        self.timeLimit = timeLimit
        self.mipGap = mipGap
    }
}
