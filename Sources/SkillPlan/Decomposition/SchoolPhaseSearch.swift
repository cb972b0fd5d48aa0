import GLPK

/// One phase of a school-by-school solve (``DecompositionPlanner``): the coordination of
/// the coupling rows, every school's start plan and search, and the bound, for the
/// schools' models with that phase's objective (their shortfall, or their cost with the
/// shortfall held).
struct SchoolPhaseSearch {
    /// The phase.
    let phase: PlanPhase
    /// The schools, their models carrying the phase's objective and rows.
    let schools: [SchoolSubproblem]
    /// The coupling rows, with the phase's bounds.
    let rows: [CouplingRow]
    /// The relative gap each school's search is asked for.
    let gap: Double
    /// Threads.
    let jobs: Int
    /// The solve's options (coordination, start plans, bound, stop).
    let options: DecompositionOptions
    /// Seconds since the solve's time limit started counting.
    let elapsed: @Sendable () -> Double

    /// What the phase found.
    struct Outcome {
        /// Each school's plan: one value per column of its model.
        var values: [[Double]]
        /// Each school's plan and how its search ended.
        var plans: [SchoolPlan]
        /// The Lagrangian bound with the schools' LP relaxations, if the rows were coordinated.
        var relaxationBound: Double?
        /// The Lagrangian bound with the schools' priced integer programs, or (without
        /// coupling rows) the sum of the schools' search bounds.
        var integerBound: Double?
        /// The coordination master's last value.
        var masterValue: Double?
        /// Pricing rounds.
        var iterations = 0
        /// Each school's share of each coupling row in the master's last mix.
        var shares: [[Double]]
        /// Seconds of the coordination, the start plans and searches, and the bound.
        var coordinationSeconds = 0.0
        var planSeconds = 0.0
        var boundSeconds = 0.0
        /// Seconds (since the limit started) until every school had its start plan.
        var firstPlanSeconds = 0.0
        /// The phase's objective at the schools' start plans together.
        var firstPlanObjective: Double?

        /// The better of the two bounds, if any.
        var bound: Double? {
            let best = max(relaxationBound ?? -.infinity, integerBound ?? -.infinity)
            return best.isFinite ? best : nil
        }
    }

    /// Runs the phase until `deadline`.
    /// - Parameters:
    ///   - fallbacks: a plan of every school's model known to hold in this phase (phase
    ///     2: phase 1's plans, which keep their own shortfall), offered to the heuristic
    ///     and kept when the rounding and the search find nothing better; `nil` in phase 1.
    ///   - report: receives each stage's progress.
    func run(
        until deadline: ContinuousClock.Instant, fallbacks: [[Double]]?,
        report: (@Sendable (DecompositionProgress) -> Void)?
    ) throws -> Outcome {
        let clock = ContinuousClock()
        func left() -> Double { max(0, (deadline - clock.now) / .seconds(1)) }
        let phase = self.phase
        let elapsed = self.elapsed
        let schools = self.schools
        let rows = self.rows
        let options = self.options
        let gap = self.gap
        @Sendable func progress(_ stage: String, _ done: Int, _ total: Int, bound: Double? = nil, master: Double? = nil)
        {
            report?(
                DecompositionProgress(
                    phase: stage, done: done, total: total, bound: bound, masterValue: master, elapsed: elapsed(),
                    solvePhase: phase))
        }

        // Coordination.
        let coordinationStarted = elapsed()
        var coordination = Coordination(rows: rows, schools: schools, jobs: jobs)
        if !rows.isEmpty {
            try coordination.run(
                until: left() * options.coordinationShare, tolerance: options.coordinationTolerance,
                maxIterations: options.maxIterations, stop: options.stop
            ) { iteration, bound, master in
                progress("coordinate", iteration, options.maxIterations, bound: bound, master: master)
            }
        }
        var outcome = Outcome(values: [], plans: [], shares: coordination.shares)
        outcome.coordinationSeconds = elapsed() - coordinationStarted
        outcome.iterations = coordination.iterations
        outcome.masterValue = coordination.masterValue
        outcome.relaxationBound = rows.isEmpty ? nil : coordination.bestBound

        // The schools' integer plans: the time left (0.6 of it when a bound stage
        // follows), a third for the start plans, the rest for the searches; each school,
        // as it starts, its fair share of what its stage has left.
        let planStarted = elapsed()
        let planWindow = left() * (options.refineBound && !rows.isEmpty ? 0.6 : 1)
        let planDeadline = clock.now + .seconds(planWindow)
        let startShares = TimeShares(until: clock.now + .seconds(planWindow / 3), jobs: schools.count, threads: jobs)
        let searchShares = TimeShares(until: planDeadline, jobs: schools.count, threads: jobs)
        let shares = coordination.shares
        let models = try WorkerPool.map(count: schools.count, jobs: jobs) { s in
            rows.isEmpty ? schools[s].built.model : try schools[s].shared(shares[s], rows: rows)
        }
        let known = fallbacks.map { plans in
            schools.indices.map { s in rows.isEmpty ? plans[s] : schools[s].sharedValues(plans[s], shares: shares[s]) }
        }
        let starts = try WorkerPool.map(count: schools.count, jobs: jobs) { s -> [Double]? in
            let fallback = known?[s]
            guard options.roundingStart else { return fallback }
            let heuristic = PlanHeuristic(scenario: schools[s].scenario, built: schools[s].built)
            if let values = try heuristic.run(
                on: models[s], timeLimit: max(0.5, startShares.next()), fallback: fallback
            ).values {
                return values
            }
            // The floor: a school whose rounding found nothing within its share (a solve
            // of the rounding stopped by the clock on a loaded machine) is rounded again
            // without improvement and with time for each solve, so that every school has
            // a plan before its search: without one, a search that finds nothing leaves
            // the scenario without a plan.
            return try heuristic.run(on: models[s], timeLimit: DecompositionPlanner.floorSeconds, improve: false)
                .values
        }
        outcome.firstPlanSeconds = elapsed()
        if starts.allSatisfy({ $0 != nil }) {
            outcome.firstPlanObjective = DecompositionPlanner.objective(
                schools: schools, rows: rows, values: starts.map { $0 ?? [] })
        }
        let plans = try WorkerPool.map(
            count: schools.count, jobs: jobs, finished: { done in progress("plan", done, schools.count) }
        ) { s in
            try Self.search(
                schools[s], model: models[s], start: starts[s], budget: searchShares.next(), gap: gap,
                options: options)
        }
        outcome.plans = plans
        outcome.values = plans.map(\.values)
        outcome.planSeconds = elapsed() - planStarted

        // A stronger bound from the schools' priced integer programs, unless the LP's
        // bound already proves the gap; only with time for a pricing round's worth of
        // solves (each school's priced program needs its LP relaxation, which the clock
        // cannot cut).
        let boundStarted = elapsed()
        if rows.isEmpty {
            if plans.allSatisfy({ $0.bound != nil }) { outcome.integerBound = plans.reduce(0) { $0 + ($1.bound ?? 0) } }
        } else if options.refineBound, options.stop?.isStopped != true, left() >= max(1, 2 * coordination.longestRound)
        {
            let value = DecompositionPlanner.objective(schools: schools, rows: rows, values: outcome.values)
            let proven = SolverPhase.gap(value: value, bound: outcome.relaxationBound).map { $0 <= gap } ?? false
            if !proven {
                let budget = max(0.25, left() * min(1, Double(jobs) / Double(max(1, schools.count))) * 0.9)
                let bound = coordination.bestBound
                outcome.integerBound = try coordination.integerBound(gap: gap, timeLimit: budget) { done in
                    progress("bound", done, schools.count, bound: bound)
                }
            }
        }
        outcome.boundSeconds = elapsed() - boundStarted
        return outcome
    }

    /// One school's search from its start plan, within its budget; the start plan kept
    /// when the budget is gone or the search finds nothing better.
    static func search(
        _ school: SchoolSubproblem, model: Model, start: [Double]?, budget: Double, gap: Double,
        options: DecompositionOptions
    ) throws -> SchoolPlan {
        let count = school.built.model.variableCount
        if budget < 0.25, let start {
            // The stage's time is gone: the school keeps its start plan, unsearched.
            return SchoolPlan(values: Array(start.prefix(count)), startAccepted: false, onStart: true, bound: nil)
        }
        var solverOptions = SolverOptions()
        solverOptions.mipGap = gap
        solverOptions.timeLimit = max(0.25, budget)
        solverOptions.verbosity = .errors
        solverOptions.start = start
        solverOptions.interruption = options.stop?.interruption
        if options.bestProjection {
            solverOptions.branching = .pseudoCost
            solverOptions.backtracking = .bestProjection
        }
        let solution = try model.solve(solverOptions)
        if solution.status.hasSolution, let value = solution.objectiveValue {
            let startValue = start.map { model.objective.evaluate($0) }
            let onStart = startValue.map { abs($0 - value) <= 1e-9 * max(1, abs(value)) } ?? false
            return SchoolPlan(
                values: Array(solution.values.prefix(count)), startAccepted: solution.startAccepted == true,
                onStart: onStart && solution.status != .optimal, bound: solution.bestBound)
        }
        if let start {
            return SchoolPlan(values: Array(start.prefix(count)), startAccepted: false, onStart: true, bound: nil)
        }
        throw PlanningError.schoolNoPlan(
            scenario: school.scenario.name.components(separatedBy: "/").first ?? school.scenario.name,
            school: school.scenario.schools.first?.id ?? school.scenario.name,
            reason: solution.status.stopReason?.rawValue ?? solution.status.description)
    }
}
