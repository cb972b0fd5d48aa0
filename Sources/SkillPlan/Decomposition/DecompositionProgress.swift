/// A step of ``DecompositionPlanner``, for a progress display.
public struct DecompositionProgress: Sendable, Equatable {
    /// The phase: `build`, `coordinate`, `plan`, `bound`.
    public var phase: String
    /// Units done in the phase (schools, or pricing rounds).
    public var done: Int
    /// Units in the phase (0 when open-ended).
    public var total: Int
    /// The best lower bound so far, if any.
    public var bound: Double?
    /// The coordination master's value (an upper bound on the LP relaxation), if any.
    public var masterValue: Double?
    /// Seconds since the solve started.
    public var elapsed: Double
    /// The phase of the solve order the step belongs to (`nil` for the model build).
    public var solvePhase: PlanPhase? = nil
}
