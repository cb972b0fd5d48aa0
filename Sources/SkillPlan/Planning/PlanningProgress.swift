/// The state of a long solve, for a progress display.
public struct PlanningProgress: Sendable, Equatable {
    /// The objective of the best plan so far in this phase, if any: the weighted
    /// shortfall, the cost, or the distance to the reference (``phase``).
    public var bestObjective: Double?
    /// The proven lower bound on this phase's objective.
    public var bound: Double
    /// The relative gap between the two, if there is a plan.
    public var gap: Double?
    /// Seconds since the solve started.
    public var elapsed: Double
    /// The phase searching (a new phase starts its own best plan and bound).
    public var phase: PlanPhase = .weighted

    /// A progress report.
    public init(bestObjective: Double?, bound: Double, gap: Double?, elapsed: Double, phase: PlanPhase = .weighted) {
        self.bestObjective = bestObjective
        self.bound = bound
        self.gap = gap
        self.elapsed = elapsed
        self.phase = phase
    }
}
