/// One phase of a plan's solve (see ``PlanPhase``): its search's outcome on its own
/// objective. A plan solved in phases reports each: the shortfall with its bound and gap,
/// the cost with its bound and gap, and with `--like` the distance to the reference.
public struct SolverPhase: Codable, Sendable, Hashable {
    /// Which phase.
    public var phase: PlanPhase
    /// `optimal`, `feasible`, or `no solution` (this phase's search only).
    public var status: String
    /// Why this phase's search stopped early, if it did.
    public var stopReason: String?
    /// The phase's objective at the plan (weighted shortfall, cost in yuan, or distance).
    public var value: Double?
    /// The best bound proven on the phase's objective (under the earlier phases' rows).
    public var bound: Double?
    /// `(value − bound) / |value|`, 0 when the two agree (a value of 0 proven).
    public var gap: Double?
    /// The relative gap asked for.
    public var requestedGap: Double
    /// Branch-and-bound nodes of its search, when GLPK counted them. (Its seconds, which
    /// differ between identical runs, are in the plan's ``RunFacts/phaseSeconds``.)
    public var nodes: Int?
    /// The search rule that found its plan.
    public var searchRule: String

    /// A phase's report.
    public init(
        phase: PlanPhase, status: String, stopReason: String?, value: Double?, bound: Double?, gap: Double?,
        requestedGap: Double, nodes: Int?, searchRule: String
    ) {
        self.phase = phase
        self.status = status
        self.stopReason = stopReason
        self.value = value
        self.bound = bound
        self.gap = gap
        self.requestedGap = requestedGap
        self.nodes = nodes
        self.searchRule = searchRule
    }

    /// Whether the phase proved its gap (optimal, or stopped at the gap asked for).
    public var withinGap: Bool {
        guard let gap else { return status == "optimal" }
        return status == "optimal" || gap <= requestedGap + 1e-9
    }

    /// The relative gap between a value and its bound: 0 when they agree to 1e-9
    /// (relative, or absolute near 0, so that a proven 0 has gap 0, not 0/0).
    public static func gap(value: Double?, bound: Double?) -> Double? {
        guard let value, let bound, value.isFinite, bound.isFinite else { return nil }
        let difference = max(0, value - bound)
        if difference <= 1e-9 * max(1, abs(value)) { return 0 }
        return difference / max(abs(value), 1e-9)
    }
}

/// The phases of the solve order (docs/model.md, "Solve order").
public enum PlanPhase: String, Codable, Sendable, Hashable, CaseIterable {
    /// Phase 1: the weighted shortfall `S = Σ_k w[k]·Σ u[k,·]` alone.
    case shortfall
    /// Phase 2: the cost alone, with `S ≤ S* + tol`.
    case cost
    /// Phase 3 (`--like`): the distance to a reference plan's decisions, with the
    /// shortfall held and the cost within the gap of phase 2's.
    case distance
    /// The one weighted objective `S + cost` (the solve order before the phases, kept for
    /// comparison in `skillplan-bench phases`).
    case weighted

    /// The phase's number in the solve order (1 for the weighted search, its only one).
    public var number: Int {
        switch self {
        case .shortfall, .weighted: 1
        case .cost: 2
        case .distance: 3
        }
    }
}
