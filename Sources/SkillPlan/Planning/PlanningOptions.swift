import GLPK

/// How a scenario is solved; `nil` settings take the scenario's own.
public struct PlanningOptions: Sendable {
    /// The time limit in seconds.
    public var timeLimit: Double?
    /// The relative MIP gap.
    public var mipGap: Double?
    /// Race two MIP search rules on two threads when GLPK's default rule alone does not
    /// finish within ``soloNodes`` (deterministic: see `GLPK.Model.solveRace`); `false`
    /// runs the default rule alone on the calling thread, e.g. when a sweep already
    /// keeps every core busy.
    public var race: Bool = true
    /// Nodes the default search rule gets alone, on one thread, before the race starts:
    /// most scenarios finish within them at the cost of one search, and the race (two
    /// searches on two threads) is kept for those that do not. `nil` races from the
    /// start. A node count, not a time, so that the plan does not depend on timing.
    public var soloNodes: Int? = PlanningOptions.defaultSoloNodes
    /// The default of ``soloNodes``: without the heuristic's start (calibrated data) the
    /// default rule proves the gap alone, in 181 (20,000 training) to 4,853 nodes (hiring
    /// freeze); on the earlier data the 3-year rotation (17,425) and the hiring freeze
    /// (35,691) went on to the race, where pseudo-cost branching needed 6,221 and 12,391
    /// (`skillplan-bench rules`). With the start most phases prove the gap at their first
    /// nodes (`skillplan-bench phases`, docs/benchmarks.md).
    public static let defaultSoloNodes = 15_000
    /// Stop each search once it has this many nodes, with the best plan found; `nil`
    /// for none. A sweep sets it so that a point stopped early gives the same plan in
    /// every run (a time limit cannot).
    public var nodeLimit: Int?
    /// Offer the search the planning heuristic's plan (`StartPlan`: rounded from the LP
    /// relaxation, improved part by part) as its first incumbent, so that the search
    /// starts close to the optimum and a plan exists even if it is stopped; `nil` does so
    /// (every size), `false` leaves the search to GLPK alone (the plan glpsol finds on
    /// the exported model). Offering a plan turns GLPK's MIP presolver off for that solve.
    public var roundingStart: Bool?
    /// Receives GLPK's output as it is printed.
    public var logHandler: (@Sendable (String) -> Void)?
    /// Receives the search's progress (about twice a second, and at each better plan).
    public var progressHandler: (@Sendable (PlanningProgress) -> Void)?
    /// Stops the search at its next node, keeping its best plan so far (its solver
    /// report says `interrupted`); `nil` for none.
    public var stop: PlanningStop?
    /// Shortfalls first, then cost (the default), or the one weighted search of before.
    public var order: SolveOrder = .shortfallsThenCost
    /// Decisions fixed to the given values (`skillplan evaluate --optimise-rest`): the
    /// search chooses only the others, with GLPK's MIP presolver off (glpk-notes: a model
    /// presolved to no columns makes the cut setup abort). A fixed value replaces the
    /// builder's bound on that column, so a planner's extra class is taken as given.
    public var fixed: PlanDecisions?
    /// A reference plan: phase 3 minimises the distance to its decisions (`--like`).
    public var like: PlanReference?
    /// Start phases 1 and 2 from the reference plan's decisions where they hold in the
    /// scenario (``like``'s; target prices do: relaxing a target keeps the plan feasible):
    /// the heuristic improves the better of them and its rounded plan, rather than of the
    /// rounded plan and phase 1's plan.
    public var startFromReference = false
    /// When the time limit started counting: the command's start, so that reading the
    /// scenario counts too (`skillplan solve`); the model build's start when `nil`.
    public var started: ContinuousClock.Instant?
    /// With ``like``: phase 3 (the distance to the reference) gets at most this many
    /// times the seconds phases 1 and 2 took (at least 1 s), rather than all the time
    /// left (`nil`).
    /// Target prices set 1, so that a re-plan's distance search, which only chooses
    /// among plans of the same cost, does not take the whole limit.
    public var distanceTimeFactor: Double?
    /// Receives each phase's model just before that phase's search, as GLPK searches it
    /// (phase 1: the shortfall objective; phase 2: the cost objective with the row
    /// `shortfall-held` at phase 1's value; phase 3: the distance), so that
    /// `skillplan-bench solvers` can give other solvers the very same phase.
    public var phaseModelHandler: (@Sendable (PlanPhase, Model) -> Void)?
    /// With ``startFromReference``: a lower bound on phase 1 (the weighted shortfall)
    /// proven before the solve, within the gap of which the reference's decisions are
    /// (target prices: ``PlanKeptProof`` settled the shortfall but not the cost). Phase 1
    /// then takes the reference's start with no heuristic and no search.
    var settledShortfallBound: Double?
    /// The core-share turn the solve runs in (a sweep's points take turns on its
    /// cores): the search gives way between nodes, and never races.
    var turn: CoreShare.Turn?

    /// Options that keep the scenario's settings.
    public init(timeLimit: Double? = nil, mipGap: Double? = nil) {
        self.timeLimit = timeLimit
        self.mipGap = mipGap
    }
}
