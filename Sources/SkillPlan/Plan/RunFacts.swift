/// Facts of one run that differ between identical runs: kept apart so that the rest of
/// a plan is identical, byte for byte, for identical inputs and settings.
public struct RunFacts: Codable, Sendable, Hashable {
    /// Seconds spent building the model.
    public var buildSeconds: Double
    /// Seconds spent solving.
    public var solveSeconds: Double
    /// When the plan was made (ISO 8601, UTC).
    public var createdAt: String
    /// The machine: host name and cores.
    public var machine: String
    /// Seconds of each phase of the solve, in the order of ``SolverReport/phases``;
    /// absent for a solve without phases.
    public var phaseSeconds: [Double]?
    /// Seconds of every relaxed solve of the target prices together, wall clock; absent
    /// for a plan without target prices (``Plan/targetPrices``).
    public var targetPricesSeconds: Double?
    /// Relaxed solves of the target prices run at once (cores).
    public var targetPricesJobs: Int?
    /// Seconds of each target's relaxed solve, in the order of ``TargetPrices/prices``.
    public var targetPriceSeconds: [Double]?
}
