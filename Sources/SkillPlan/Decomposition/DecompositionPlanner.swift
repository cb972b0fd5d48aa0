import Foundation
import GLPK

/// Plans a large scenario school by school.
///
/// Schools share nothing but the targets whose scope spans schools (province- or
/// city-wide training, the workforce's high-skill share, …). So:
///
/// 1. **Split** the scenario by school (``SchoolSplit``) and build each school's model
///    in parallel; make the coupling targets' rows and split them by school (``SchoolBlocks``).
/// 2. **Coordinate** the coupling rows with prices (Dantzig–Wolfe, ``CoordinationMaster``):
///    solve every school's LP relaxation with each coupling row's contribution earning its
///    price, offer the solutions to the master, take its duals as the next prices
///    (smoothed towards the prices of the best bound), until the master's value meets the
///    Lagrangian bound `Σ_s z_s(λ) + Σ_k λ_k·b_k`, which is a valid lower bound on every
///    plan's objective for any prices between 0 and the rows' weights.
/// 3. **Plan** each school in parallel as an integer program with its share of each
///    coupling row (what the master's mix has it deliver) as a soft row priced at the
///    target's weight, starting from the planning heuristic's plan (``PlanHeuristic``:
///    rounded from its LP relaxation, improved part by part), so that every school has
///    a plan before its search begins.
/// 4. **Bound**: optionally solve each school's priced integer program at the best
///    prices; their MIP bounds give a Lagrangian bound at least as strong.
/// 5. **Assemble** one plan with ``PlanAssembler`` (every target, coupling ones included,
///    evaluated on the whole scenario) and check it with ``PlanChecker``.
///
/// Every hard constraint belongs to one school, so any combination of the schools'
/// plans is a plan of the scenario; only the coupling targets' attainment depends on the
/// coordination.
public enum DecompositionPlanner {
    /// Plans a scenario by school.
    ///
    /// - Parameters:
    ///   - scenario: a validated scenario.
    ///   - inputHash: SHA-256 of its resolved inputs.
    ///   - options: time budget, gap, threads, progress.
    /// - Returns: the plan, its check, the lower bound and the gap, and the timings.
    /// - Throws: ``PlanningError`` when a school has no plan (its hard constraints
    ///   conflict); ``GLPKError`` for a model GLPK refuses.
    public static func solve(
        _ scenario: Scenario, inputHash: String, options: DecompositionOptions = DecompositionOptions()
    ) throws -> DecompositionResult {
        let clock = ContinuousClock()
        let started = options.started ?? clock.now
        @Sendable func elapsed() -> Double { (clock.now - started) / .seconds(1) }
        let jobs = max(1, options.jobs)
        let report = options.progressHandler

        let split = SchoolSplit(scenario)
        report?(
            DecompositionProgress(
                phase: "build", done: 0, total: split.schools.count, bound: nil, masterValue: nil, elapsed: elapsed()))
        let modelsStarted = clock.now
        let blocks = try SchoolBlocks.build(split, jobs: jobs) { done in
            report?(
                DecompositionProgress(
                    phase: "build", done: done, total: split.schools.count, bound: nil, masterValue: nil,
                    elapsed: elapsed()))
        }
        let rows = blocks.rows
        let schools = split.schools.indices.map { s in
            SchoolSubproblem(
                scenario: split.schools[s], built: blocks.models[s], contributions: rows.map { $0.terms[s] })
        }
        let buildSeconds = elapsed()
        // Every stage is handed the time left of the whole command's limit, less what the
        // plan's assembly and check will take (``Planner/finishReserve(buildSeconds:timeLimit:)``).
        let reserve = Planner.finishReserve(
            buildSeconds: (clock.now - modelsStarted) / .seconds(1), timeLimit: options.timeLimit)
        let deadline = started + .seconds(options.timeLimit - reserve)
        func left() -> Double { max(0, (deadline - clock.now) / .seconds(1)) }
        report?(
            DecompositionProgress(
                phase: "build", done: schools.count, total: schools.count, bound: nil, masterValue: nil,
                elapsed: buildSeconds))

        // 2. Coordination.
        var coordination = Coordination(rows: rows, schools: schools, jobs: jobs)
        if !rows.isEmpty {
            try coordination.run(
                until: left() * options.coordinationShare, tolerance: options.coordinationTolerance,
                maxIterations: options.maxIterations, stop: options.stop
            ) { iteration, bound, master in
                report?(
                    DecompositionProgress(
                        phase: "coordinate", done: iteration, total: options.maxIterations,
                        bound: bound, masterValue: master, elapsed: elapsed()))
            }
        }
        let coordinationSeconds = elapsed() - buildSeconds

        // 3. The schools' integer plans.
        let gap = options.mipGap ?? scenario.solver.mipGap
        // The plans get the time left (0.6 of it when a bound stage follows): a third for
        // the start plans, the rest for the searches; each school, as it starts, its fair
        // share of what its stage has left.
        let planWindow = left() * (options.refineBound && !rows.isEmpty ? 0.6 : 1)
        let planDeadline = clock.now + .seconds(planWindow)
        let startShares = TimeShares(until: clock.now + .seconds(planWindow / 3), jobs: schools.count, threads: jobs)
        let searchShares = TimeShares(until: planDeadline, jobs: schools.count, threads: jobs)
        let shares = coordination.shares
        let planStarted = elapsed()
        // 3a. Every school's rounded start plan: a plan of the whole scenario before any search.
        let models = try WorkerPool.map(count: schools.count, jobs: jobs) { s in
            rows.isEmpty ? schools[s].built.model : try schools[s].shared(shares[s], rows: rows)
        }
        let starts = try WorkerPool.map(count: schools.count, jobs: jobs) { s -> [Double]? in
            guard options.roundingStart else { return nil }
            let heuristic = PlanHeuristic(scenario: schools[s].scenario, built: schools[s].built)
            if let values = try heuristic.run(on: models[s], timeLimit: max(0.5, startShares.next())).values {
                return values
            }
            // The floor: a school whose rounding found nothing within its share (a solve
            // of the rounding stopped by the clock on a loaded machine) is rounded again
            // without improvement and with time for each solve, so that every school
            // has a plan before its search: without one, a search that finds nothing
            // leaves the scenario without a plan.
            return try heuristic.run(on: models[s], timeLimit: Self.floorSeconds, improve: false).values
        }
        let firstPlanSeconds = elapsed()
        let firstPlanObjective =
            starts.allSatisfy({ $0 != nil })
            ? Self.objective(schools: schools, rows: rows, values: starts.map { $0 ?? [] }) : nil
        // 3b. Every school's search, from its start.
        let plans = try WorkerPool.map(
            count: schools.count, jobs: jobs,
            finished: { done in
                report?(
                    DecompositionProgress(
                        phase: "plan", done: done, total: schools.count, bound: nil, masterValue: nil,
                        elapsed: elapsed()))
            }
        ) { s in
            let school = schools[s]
            let model = models[s]
            let start = starts[s]
            let budget = searchShares.next()
            if budget < 0.25, let start {
                // The stage's time is gone: the school keeps its start plan, unsearched.
                return SchoolPlan(
                    values: Array(start.prefix(school.built.model.variableCount)), startAccepted: false, onStart: true,
                    bound: nil)
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
            let count = school.built.model.variableCount
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
                scenario: scenario.name, school: school.scenario.schools.first?.id ?? school.scenario.name,
                reason: solution.status.description)
        }
        let planSeconds = elapsed() - planStarted

        // 4. A stronger bound from the schools' priced integer programs.
        let boundStarted = elapsed()
        var integerBound: Double?
        // Only with time for a pricing round's worth of solves (each school's priced program
        // needs at least its LP relaxation, which the clock cannot cut).
        if options.refineBound && !rows.isEmpty && options.stop?.isStopped != true
            && left() >= max(1, 2 * coordination.longestRound)
        {
            let budget = max(0.25, left() * min(1, Double(jobs) / Double(max(1, schools.count))) * 0.9)
            let bound = coordination.bestBound
            integerBound = try coordination.integerBound(gap: gap, timeLimit: budget) { done in
                report?(
                    DecompositionProgress(
                        phase: "bound", done: done, total: schools.count, bound: bound,
                        masterValue: nil, elapsed: elapsed()))
            }
        } else if rows.isEmpty, plans.allSatisfy({ $0.bound != nil }) {
            integerBound = plans.reduce(0) { $0 + ($1.bound ?? 0) }
        }
        let boundSeconds = elapsed() - boundStarted

        // 5. One plan, checked.
        let solvedSeconds = elapsed()
        var decisions = PlanDecisions()
        for (s, school) in schools.enumerated() {
            let solution = plans[s].decisions(of: school.built)
            decisions.intake.merge(solution.intake) { a, _ in a }
            decisions.classes.merge(solution.classes) { a, _ in a }
            decisions.training.merge(solution.training) { a, _ in a }
            decisions.hires.merge(solution.hires) { a, _ in a }
            decisions.rotation.merge(solution.rotation) { a, _ in a }
            decisions.expansion.merge(solution.expansion) { a, _ in a }
        }
        let blockObjective = Self.objective(schools: schools, rows: rows, values: plans.map(\.values))
        let relaxationBound = rows.isEmpty ? nil : coordination.bestBound
        let lowerBound = max(relaxationBound ?? -.infinity, integerBound ?? -.infinity)
        let sizes = schools.reduce(into: (rows: 0, columns: 0, integers: 0, nonzeros: 0)) { total, school in
            let m = school.built.model
            total.rows += m.constraintCount
            total.columns += m.variableCount
            total.integers += m.variableKinds.filter { $0 != .continuous }.count
            total.nonzeros += m.nonzeroCount
        }
        let rule =
            "decomposition by school: \(schools.count) schools, \(rows.count) coupling rows priced over \(coordination.iterations) rounds; "
            + "school MIPs from rounded LP starts"
        var solver = SolverReport(
            status: "feasible", stopReason: nil, objective: nil, bestBound: lowerBound.isFinite ? lowerBound : nil,
            gap: nil,
            requestedGap: gap, timeLimit: options.timeLimit, searchRule: rule, glpkVersion: GLPKLibrary.version,
            rows: sizes.rows + rows.count, columns: sizes.columns + rows.count, integerColumns: sizes.integers,
            nonzeros: sizes.nonzeros + rows.reduce(0) { $0 + $1.terms.reduce(1) { $0 + $1.indices.count } })
        let run = RunFacts(
            buildSeconds: buildSeconds, solveSeconds: elapsed() - buildSeconds,
            createdAt: ISO8601DateFormatter().string(from: Date()),
            machine: "\(ProcessInfo.processInfo.hostName), \(ProcessInfo.processInfo.activeProcessorCount) cores")
        let assembler = PlanAssembler(scenario: scenario, inputHash: inputHash)
        var plan = assembler.plan(decisions: decisions, solver: solver, run: run)
        let objective = plan.costs.objective
        let relativeGap =
            lowerBound.isFinite ? max(0, objective - lowerBound) / (abs(objective) + Double.ulpOfOne) : .infinity
        solver.objective = objective
        solver.gap = relativeGap.isFinite ? relativeGap : nil
        if relativeGap <= gap + 1e-12 {
            solver.stopReason = SolutionStatus.StopReason.gapLimit.rawValue
        } else if options.stop?.isStopped == true {
            solver.stopReason = SolutionStatus.StopReason.interrupted.rawValue
        } else if left() <= 0.1 * options.timeLimit {
            solver.stopReason = SolutionStatus.StopReason.timeLimit.rawValue
        }
        plan.solver = solver
        let violations = PlanChecker(scenario: scenario).check(plan)
        return DecompositionResult(
            plan: plan, violations: violations, objective: objective, blockObjective: blockObjective,
            lowerBound: lowerBound, gap: relativeGap,
            relaxationBound: relaxationBound, integerBound: integerBound, masterValue: coordination.masterValue,
            schools: schools.count, couplingRows: rows.count, iterations: coordination.iterations,
            startsAccepted: plans.filter(\.startAccepted).count, schoolsOnStart: plans.filter(\.onStart).count,
            buildSeconds: buildSeconds, coordinationSeconds: coordinationSeconds,
            firstPlanSeconds: firstPlanSeconds, firstPlanObjective: firstPlanObjective, planSeconds: planSeconds,
            boundSeconds: boundSeconds,
            solvedSeconds: solvedSeconds, totalSeconds: elapsed())
    }

    /// Seconds each solve of a school's floor rounding may take (the rounding run again,
    /// unimproved, when it found nothing within the school's share of the time).
    static let floorSeconds = 30.0

    /// The whole model's objective at the schools' plans: each school's own objective,
    /// plus each coupling row's shortfall at its weight.
    static func objective(schools: [SchoolSubproblem], rows: [CouplingRow], values: [[Double]]) -> Double {
        var total = 0.0
        for (s, school) in schools.enumerated() { total += school.cost(values[s]) }
        for row in rows {
            let reached = schools.indices.reduce(0) { $0 + row.terms[$1].value(values[$1]) }
            total += row.weight * max(0, row.bound - reached)
        }
        return total
    }
}
