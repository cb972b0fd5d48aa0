/// The state of a MIP search, reported to ``SolverOptions/progressHandler``.
public struct MIPProgress: Sendable, Equatable {
    /// What the search should do after a progress report.
    public enum Decision: Sendable, Equatable {
        /// Go on searching.
        case proceed
        /// End the search now; the solution is the incumbent, if there is one.
        case stop
    }

    /// The objective of the best integer plan found so far, if any.
    public var incumbent: Double?
    /// The best bound on the objective over the open part of the search.
    public var bound: Double
    /// The relative gap between incumbent and bound (as GLPK computes it), if there is an incumbent.
    public var gap: Double?
    /// Open nodes of the search tree.
    public var activeNodes: Int
    /// Nodes created so far.
    public var totalNodes: Int
    /// Seconds since the solve started.
    public var elapsed: Double

    /// Creates a progress report.
    public init(incumbent: Double?, bound: Double, gap: Double?, activeNodes: Int, totalNodes: Int, elapsed: Double) {
        self.incumbent = incumbent
        self.bound = bound
        self.gap = gap
        self.activeNodes = activeNodes
        self.totalNodes = totalNodes
        self.elapsed = elapsed
    }
}
