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
