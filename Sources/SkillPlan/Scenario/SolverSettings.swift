/// How a scenario asks to be solved (the command line can override each setting).
public struct SolverSettings: Codable, Sendable, Hashable {
    /// The relative MIP gap the plan is solved to; 0.5% by default (the spec's advice).
    public var mipGap: Double
    /// The time limit in seconds; 60 by default.
    public var timeLimit: Double

    /// Creates settings.
    public init(mipGap: Double = 0.005, timeLimit: Double = 60) {
        self.mipGap = mipGap
        self.timeLimit = timeLimit
    }
}
