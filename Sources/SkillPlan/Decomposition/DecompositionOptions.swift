/// How ``DecompositionPlanner`` solves a large scenario; `nil` settings take the scenario's.
public struct DecompositionOptions: Sendable {
    /// The time budget of the whole solve, in seconds, counted from ``started``: the
    /// model build, the coordination, the schools' start plans and searches and the bound
    /// all fit in it, each stage handed the time left; 600 by default.
    public var timeLimit: Double = 600
    /// When the time limit started counting: the command's start, so that reading the
    /// scenario counts too; the solve's own start when `nil`.
    public var started: ContinuousClock.Instant?
    /// The relative MIP gap each school's integer plan is solved to; the scenario's when `nil`.
    public var mipGap: Double?
    /// Threads: one GLPK problem each; all cores by default.
    public var jobs: Int = WorkerPool.cores
    /// Coordination stops when the master's value and the Lagrangian bound are this
    /// close, relative to the master's value.
    public var coordinationTolerance: Double = 1e-4
    /// Coordination stops after this many pricing rounds.
    public var maxIterations: Int = 60
    /// The share of the time left after the build that the coordination may use.
    public var coordinationShare: Double = 0.3
    /// After the plan: solve each school's priced integer program at the best prices,
    /// whose bounds give a stronger Lagrangian bound than the LP relaxations.
    public var refineBound: Bool = true
    /// Offer each school's search a plan rounded from its LP relaxation (``RoundingStart``).
    public var roundingStart: Bool = true
    /// Search the schools' MIPs with pseudo-cost branching and best-projection
    /// backtracking instead of GLPK's default rules (off: on 40-programme schools with a
    /// few seconds each, GLPK's default found the better plans).
    public var bestProjection: Bool = false
    /// Stops the solve early (a Ctrl-C, a Stop button): coordination ends after its
    /// current round, each school's search at its next node with its best plan (or its
    /// rounded start), and the stronger bound is skipped; the plan's stop reason says
    /// `interrupted`. `nil` for none.
    public var stop: PlanningStop?
    /// Receives each step's progress, on any thread.
    public var progressHandler: (@Sendable (DecompositionProgress) -> Void)?

    /// Options with the defaults.
    public init(timeLimit: Double = 600, mipGap: Double? = nil, jobs: Int = WorkerPool.cores) {
        self.timeLimit = timeLimit
        self.mipGap = mipGap
        self.jobs = jobs
    }
}
