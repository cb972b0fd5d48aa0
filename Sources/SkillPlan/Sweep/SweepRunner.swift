import GLPK

/// Solves every point of a sweep: the scenario with the point's values, one plan per
/// point, each on its own thread with one GLPK problem (no racing within a point, so
/// every core does a point), results in grid order whatever the threads' timing.
///
/// More points are in progress than there are cores (``inProgress``), taking turns on
/// the ``jobs`` cores (`GLPK.CoreShare`): each search gives its core to a waiting point
/// between nodes every half second. Point times differ tenfold (0.2 to 11 s on
/// the bundled baseline), and the longest is not known before it runs; with one point
/// per core, a long point that starts last runs alone while the other core idles, and
/// with turns it runs beside the others. The plans are the same either way: each search
/// stops at a node count, and a turn only pauses it.
public struct SweepRunner: Sendable {
    /// The scenario file.
    public let scenarioPath: String
    /// The grid.
    public let grid: SweepGrid
    /// Time limit, gap and node limit of each point's solve (the scenario's where `nil`;
    /// ``defaultNodeLimit`` nodes when `nodeLimit` is `nil`); `race` is always off in a
    /// sweep.
    public var options: PlanningOptions
    /// Each point's search stops at this many nodes unless the options say otherwise:
    /// a point stopped by a node count gives the same plan in every run (one stopped
    /// by the time limit may not), and no point holds a core for long. The bundled
    /// baseline's search needs about 1,150 (`skillplan-bench rules`); the hiring freeze
    /// about 4,850.
    public static let defaultNodeLimit = 20_000
    /// The status of a point whose search was stopped (``PlanningOptions/stop``) before
    /// it ended: its row is not a result.
    public static let interrupted = "interrupted"
    /// Cores: points solved at once.
    public var jobs: Int
    /// Points in progress at once, taking turns on the ``jobs`` cores; each holds its
    /// model and search tree in memory until it ends. `nil`: ``defaultInProgress(points:jobs:)``.
    public var inProgress: Int?
    /// The seconds a point's search runs before it gives its core to a waiting point:
    /// longer turns change cores less often (each change costs the caches), shorter
    /// ones end the sweep closer to when its longest point ends. 0.5 s by default: the
    /// all-core runs took 1.01–1.05 times the processor time of one thread with 0.1 s
    /// turns (five runs), 0.98–1.02 with 0.5 s (three of four; docs/benchmarks.md).
    public var turnLength: Double = SweepRunner.defaultTurnLength
    /// The default ``turnLength``.
    public static let defaultTurnLength = 0.5

    /// A runner.
    /// - Parameters:
    ///   - scenarioPath: the scenario file.
    ///   - grid: the points.
    ///   - options: time limit and gap of each solve.
    ///   - jobs: cores, points solved at once; all cores by default.
    ///   - inProgress: points in progress at once, taking turns on the cores; at least
    ///     `jobs`. `nil`: ``defaultInProgress(points:jobs:)``.
    public init(
        scenarioPath: String, grid: SweepGrid, options: PlanningOptions = PlanningOptions(),
        jobs: Int = WorkerPool.cores,
        inProgress: Int? = nil
    ) {
        self.scenarioPath = scenarioPath
        self.grid = grid
        self.options = options
        self.jobs = jobs
        self.inProgress = inProgress
    }

    /// Points in progress at once by default: four per core, up to every point; one
    /// point at a time on one core, where turns would only delay the first results.
    /// - Parameters:
    ///   - points: the grid's points.
    ///   - jobs: the cores.
    public static func defaultInProgress(points: Int, jobs: Int) -> Int {
        jobs <= 1 ? 1 : max(1, min(points, 4 * jobs))
    }

    /// What the sweep's points depend on (the scenario's input hash, the grid, the limits
    /// and the reference), for its ``SweepCheckpoint``.
    /// - Throws: ``ScenarioError`` when the scenario does not load.
    public func definition() throws -> SweepDefinition {
        let source = try SweepScenarioSource(path: scenarioPath)
        return SweepDefinition(scenario: source.base, grid: grid, options: Self.pointOptions(options))
    }

    /// Solves the grid.
    /// - Parameters:
    ///   - checkpoint: where each finished point is kept as it finishes; the points it
    ///     already holds (an earlier, interrupted run's) are not solved again.
    ///   - progress: called after each point with the points done (those of the
    ///     checkpoint included) and the total, on any thread.
    /// - Returns: the results, in grid order.
    /// - Throws: ``ScenarioError`` when the scenario does not load, ``SweepError`` when an
    ///   axis names a row the scenario does not have.
    public func run(checkpoint: SweepCheckpoint? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil) throws
        -> SweepResult
    {
        let source = try SweepScenarioSource(path: scenarioPath)
        try source.check(grid.axes)
        let grid = self.grid
        let solveOptions = Self.pointOptions(options)
        let total = grid.count
        let kept = checkpoint?.finished ?? [:]
        let pending = (0..<total).filter { kept[$0] == nil }
        let cores = max(1, jobs)
        let open = max(cores, inProgress ?? Self.defaultInProgress(points: pending.count, jobs: cores))
        let share = try CoreShare(cores: cores, turnLength: turnLength)
        let solved = try WorkerPool.map(
            count: pending.count, jobs: open, finished: { done in progress?(kept.count + done, total) }
        ) { k in
            let n = pending[k]
            let point = share.run { turn in
                var options = solveOptions
                options.turn = turn
                return Self.solve(source: source, grid: grid, point: n, options: options)
            }
            checkpoint?.record(point, at: n)
            return point
        }
        var points = kept
        for (k, n) in pending.enumerated() { points[n] = solved[k] }
        return SweepResult(
            scenario: source.base.name, grid: grid, targets: Self.targetIDs(source.base),
            points: (0..<total).compactMap { points[$0] })
    }

    static func pointOptions(_ given: PlanningOptions) -> PlanningOptions {
        var options = given
        options.race = false
        options.nodeLimit = options.nodeLimit ?? defaultNodeLimit
        options.logHandler = nil
        options.progressHandler = nil
        return options
    }

    static func targetIDs(_ scenario: Scenario) -> [String] {
        var seen = Set<String>()
        return scenario.targets.map(\.id).filter { seen.insert($0).inserted }
    }

    static func solve(source: SweepScenarioSource, grid: SweepGrid, point n: Int, options: PlanningOptions)
        -> SweepPointResult
    {
        let values = grid.point(n)
        let (scenario, issues) = source.scenario(axes: grid.axes, values: values)
        guard issues.isEmpty else {
            return SweepPointResult(
                values: values, status: "invalid", cost: nil, objective: nil, gap: nil, shortfalls: [:],
                note: .invalid(issues))
        }
        do {
            let result = try Planner.solve(scenario, inputHash: ScenarioHash.hash(of: scenario), options: options)
            var shortfalls: [String: Double] = [:]
            for id in targetIDs(scenario) { shortfalls[id] = 0 }
            for row in result.plan.targets { shortfalls[row.target, default: 0] += row.shortfall }
            // A point stopped by the user is not a result: it is marked, to be solved again.
            let interrupted = result.plan.solver.stopReason == SolutionStatus.StopReason.interrupted.rawValue
            let status =
                !result.violations.isEmpty ? "failed" : interrupted ? Self.interrupted : result.plan.solver.status
            let note = result.violations.first.map(OutcomeNote.check) ?? .stopped(result.plan.solver.stopReason)
            var point = SweepPointResult(
                values: values, status: status, cost: result.plan.costs.total, objective: result.plan.costs.objective,
                gap: result.plan.solver.gap, shortfalls: shortfalls, note: note)
            point.shortfallGap = result.plan.solver.phase(.shortfall)?.gap
            point.costGap = result.plan.solver.phase(.cost)?.gap
            point.decisionsDiffering = result.plan.like?.decisionsDiffering
            return point
        } catch let error as PlanningError {
            let status: String
            switch error {
            case .infeasible: status = "infeasible"
            case .unbounded: status = "unbounded"
            case .noPlan(_, let reason), .schoolNoPlan(_, _, let reason):
                status = reason == SolutionStatus.StopReason.interrupted.rawValue ? Self.interrupted : "no plan"
            }
            return SweepPointResult(
                values: values, status: status, cost: nil, objective: nil, gap: nil, shortfalls: [:],
                note: .planning(error))
        } catch {
            return SweepPointResult(
                values: values, status: "failed", cost: nil, objective: nil, gap: nil, shortfalls: [:],
                note: .failure(error)
            )
        }
    }
}
