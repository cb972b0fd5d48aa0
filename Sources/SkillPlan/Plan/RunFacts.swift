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
}
