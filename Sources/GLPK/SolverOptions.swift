/// How GLPK solves a model.
///
/// The defaults match `glpsol`: primal simplex with GLPK's presolver; for a MIP,
/// branch-and-cut with the MIP presolver and all of GLPK's cut generators.
public struct SolverOptions: Sendable {
    /// The algorithm for a linear program (and for a MIP's relaxation when the
    /// presolver is off; a MIP never uses interior point or exact arithmetic).
    public enum Method: String, Sendable, CaseIterable, Codable {
        /// Primal simplex (`glp_simplex`, `GLP_PRIMAL`).
        case primalSimplex = "primal"
        /// Dual simplex, falling back to primal (`glp_simplex`, `GLP_DUALP`).
        case dualSimplex = "dual"
        /// Interior point (`glp_interior`); no presolve, no ranging.
        case interiorPoint = "interior"
        /// Simplex in exact rational arithmetic (`glp_exact`); no presolve.
        case exact
    }

    /// How a MIP search picks the variable to branch on (GLPK's `br_tech`).
    public enum Branching: Int32, Sendable, CaseIterable {
        /// The first fractional variable.
        case firstFractional = 1
        /// The last fractional variable.
        case lastFractional = 2
        /// The most fractional variable.
        case mostFractional = 3
        /// Driebeck and Tomlin's heuristic (GLPK's default).
        case driebeckTomlin = 4
        /// The hybrid pseudo-cost heuristic.
        case pseudoCost = 5
    }

    /// How a MIP search picks the next node (GLPK's `bt_tech`).
    public enum Backtracking: Int32, Sendable, CaseIterable {
        /// Depth first.
        case depthFirst = 1
        /// Breadth first.
        case breadthFirst = 2
        /// The node with the best local bound (GLPK's default).
        case bestLocalBound = 3
        /// The best projection heuristic.
        case bestProjection = 4
    }

    /// How much of GLPK's own output goes into the log.
    public enum Verbosity: Int32, Sendable, CaseIterable {
        /// Nothing but errors.
        case errors = 1
        /// GLPK's normal output (the default, as `glpsol` prints it).
        case normal = 2
        /// Everything GLPK can say.
        case all = 3
    }

    /// The algorithm; primal simplex by default.
    public var method: Method = .primalSimplex
    /// Whether GLPK's presolver runs first; on by default.
    public var presolve: Bool = true
    /// A limit on the solve time in seconds; `nil` for none.
    public var timeLimit: Double?
    /// For a MIP: stop when the relative gap between the incumbent and the best bound
    /// is at most this (GLPK's `mip_gap`); `nil` for GLPK's default, 0.
    public var mipGap: Double?
    /// A limit on simplex iterations; `nil` for none.
    public var iterationLimit: Int?
    /// For a MIP: stop once the search tree has this many nodes, with the incumbent;
    /// `nil` for none. Unlike a time limit, a node limit stops every run of the same
    /// model at the same point, so a stopped search gives the same plan each time.
    public var nodeLimit: Int?
    /// For a MIP: use Gomory, MIR, cover and clique cuts; on by default.
    public var cuts: Bool = true
    /// For a MIP: the branching rule; GLPK's default (Driebeck–Tomlin) when `nil`.
    public var branching: Branching?
    /// For a MIP: the node selection rule; GLPK's default (best local bound) when `nil`.
    public var backtracking: Backtracking?
    /// For a MIP: run GLPK's feasibility pump heuristic for a first plan.
    public var feasibilityPump: Bool = false
    /// For a MIP: run GLPK's proximity search heuristic to improve the incumbent.
    public var proximitySearch: Bool = false
    /// For an LP solved by simplex to optimality: compute the ranging report.
    public var sensitivity: Bool = false
    /// Solve a MIP's continuous relaxation instead (integrality dropped).
    public var relaxIntegrality: Bool = false
    /// How much GLPK says in the log.
    public var verbosity: Verbosity = .normal
    /// Called with each piece of GLPK's output as it is printed, on the solving thread.
    public var logHandler: (@Sendable (String) -> Void)?
    /// Called during a MIP search, at most every ``progressInterval`` seconds and at
    /// every new incumbent; return `.stop` to end the search with the incumbent.
    public var progressHandler: (@Sendable (MIPProgress) -> MIPProgress.Decision)?
    /// The least time in seconds between two progress calls (new incumbents always call).
    public var progressInterval: Double = 0.5
    /// For a MIP: a plan (one value per variable) offered to the search as its first
    /// incumbent, so that a plan exists even if the search is stopped early. It is
    /// offered only if it satisfies every bound, integrality and constraint (GLPK
    /// itself would take it on trust). Offering a plan turns GLPK's MIP presolver off
    /// for that solve: the presolver renumbers the columns the plan is written for.
    public var start: [Double]?
    /// For a MIP search run inside ``CoreShare/run(_:)``: the turn that body was given.
    /// The search gives its core to a waiting solve between nodes once it has run for
    /// the share's turn length, and its time limit counts only the time it runs. Ignored
    /// on any other thread than the one the turn was given on; a race
    /// (``Model/solveRace(_:)``) refuses it.
    public var turn: CoreShare.Turn?
    /// For a MIP: a stop request shared with other threads. Once it is requested the
    /// search ends where GLPK next hands control back, with its incumbent (or, if it has
    /// none, the feasible ``start`` plan), and the status says
    /// ``SolutionStatus/StopReason/interrupted``. An LP and a MIP's root relaxation run
    /// to their end first (GLPK's simplex has no callback). `nil` for none.
    public var interruption: SolveInterruption?
    /// For a MIP: a bound on the objective proven earlier for this very model (a lower
    /// bound when minimising, an upper one when maximising), e.g. by an earlier search of
    /// it that a node limit stopped. When the feasible ``start`` plan is already within
    /// ``mipGap`` of it, the solve returns that plan at once, with status
    /// ``SolutionStatus/StopReason/gapLimit`` and this bound, and no search; otherwise the
    /// search runs as usual and its solution's ``Solution/bestBound`` is the better of its
    /// own and this. Give only a proven bound: a wrong one makes a wrong claim. `nil` for none.
    public var knownBound: Double?

    /// Default options.
    public init() {}

    /// Options with the common settings.
    public init(method: Method = .primalSimplex, presolve: Bool = true, timeLimit: Double? = nil, mipGap: Double? = nil)
    {
        self.method = method
        self.presolve = presolve
        self.timeLimit = timeLimit
        self.mipGap = mipGap
    }

    /// Checks every option's range.
    /// - Throws: ``GLPKError`` `.invalidOption` naming the option.
    public func validate() throws {
        if let timeLimit {
            guard timeLimit.isFinite, timeLimit >= 0 else {
                throw GLPKError(
                    .invalidOption, "the time limit is \(timeLimit) s; give a number of seconds ≥ 0",
                    context: "timeLimit")
            }
            guard timeLimit <= Double(Int32.max) / 1000 else {
                throw GLPKError(
                    .invalidOption,
                    "the time limit is \(timeLimit) s; GLPK takes at most \(Int32.max / 1000) s (or none)",
                    context: "timeLimit")
            }
        }
        if let mipGap {
            guard mipGap.isFinite, mipGap >= 0, mipGap < 1 else {
                throw GLPKError(
                    .invalidOption, "the MIP gap is \(mipGap); give a relative gap in [0, 1), e.g. 0.005",
                    context: "mipGap")
            }
        }
        if let iterationLimit {
            guard iterationLimit >= 0, iterationLimit <= Int(Int32.max) else {
                throw GLPKError(
                    .invalidOption, "the iteration limit is \(iterationLimit); give a count from 0 to \(Int32.max)",
                    context: "iterationLimit")
            }
        }
        if let nodeLimit {
            guard nodeLimit >= 1, nodeLimit <= Int(Int32.max) else {
                throw GLPKError(
                    .invalidOption, "the node limit is \(nodeLimit); give a count from 1 to \(Int32.max)",
                    context: "nodeLimit")
            }
        }
        if let knownBound, !knownBound.isFinite {
            throw GLPKError(
                .invalidOption, "the known bound is \(knownBound); give a finite bound or none", context: "knownBound")
        }
        guard progressInterval.isFinite, progressInterval >= 0 else {
            throw GLPKError(
                .invalidOption, "the progress interval is \(progressInterval) s; give a number of seconds ≥ 0",
                context: "progressInterval")
        }
    }
}
