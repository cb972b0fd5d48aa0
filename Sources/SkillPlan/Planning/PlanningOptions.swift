/// How a scenario is solved; `nil` settings take the scenario's own.
public struct PlanningOptions: Sendable {
    /// The time limit in seconds.
    public var timeLimit: Double?
    /// The relative MIP gap.
    public var mipGap: Double?
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
