/// What a solve established, read from GLPK's return code and solution status together.
public enum SolutionStatus: Sendable, Equatable, CustomStringConvertible {
    /// Why a solve stopped before proving optimality.
    public enum StopReason: String, Sendable, Equatable, CaseIterable {
        /// The time limit ran out.
        case timeLimit = "time limit"
        /// The iteration limit ran out.
        case iterationLimit = "iteration limit"
        /// The MIP search reached its node limit.
        case nodeLimit = "node limit"
        /// The MIP search reached the requested relative gap.
        case gapLimit = "gap limit"
        /// The progress handler asked to stop.
        case cancelled
        /// Another thread asked to stop, through ``SolveInterruption/request()``
        /// (a user's Ctrl-C, a Stop button).
        case interrupted
        /// GLPK gave up for numerical reasons (its return code is in the log).
        case numericalFailure = "numerical failure"
    }

    /// A proven optimal solution.
    case optimal
    /// A feasible solution (the incumbent of a MIP), not proven optimal.
    case feasible(StopReason)
    /// No solution satisfies the constraints and bounds.
    case infeasible
    /// The objective can improve without limit.
    case unbounded
    /// The solve ended without a feasible solution and without a proof either way.
    case noSolution(StopReason)

    /// Whether the solution's values satisfy the model (optimal or feasible).
    public var hasSolution: Bool {
        switch self {
        case .optimal, .feasible: true
        default: false
        }
    }

    /// A short name: `optimal`, `feasible`, `infeasible`, `unbounded`, `no solution`.
    public var name: String {
        switch self {
        case .optimal: "optimal"
        case .feasible: "feasible"
        case .infeasible: "infeasible"
        case .unbounded: "unbounded"
        case .noSolution: "no solution"
        }
    }

    /// The stop reason, when the solve stopped early.
    public var stopReason: StopReason? {
        switch self {
        case .feasible(let reason), .noSolution(let reason): reason
        default: nil
        }
    }

    /// `optimal`, `feasible (time limit)`, …
    public var description: String {
        if let stopReason { return "\(name) (\(stopReason.rawValue))" }
        return name
    }
}
