/// The state of a long solve, for a progress display.
public struct PlanningProgress: Sendable, Equatable {
    /// The objective (cost plus shortfall penalty) of the best plan so far, if any.
    public var bestObjective: Double?
    /// The proven lower bound on any plan's objective.
    public var bound: Double
    /// The relative gap between the two, if there is a plan.
    public var gap: Double?
    /// Seconds since the solve started.
    public var elapsed: Double
}
