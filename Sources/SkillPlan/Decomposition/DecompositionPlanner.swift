import Foundation
import GLPK

/// Plans a large scenario school by school, in the solve order of the whole model
/// (docs/model.md, "Solve order"): phase 1 the weighted shortfall, phase 2 the cost with
/// the shortfall held.
///
/// Schools share nothing but the targets whose scope spans schools (province- or
/// city-wide training, the workforce's high-skill share, …). So:
///
/// 1. **Split** the scenario by school (``SchoolSplit``) and build each school's model
///    in parallel; make the coupling targets' rows and split them by school (``SchoolBlocks``).
///    Each school's objective is cut in its two parts (``ObjectiveParts``): its own
///    targets' weighted shortfall and its cost.
/// 2. **Phase 1, the shortfall** (``SchoolPhaseSearch``): every school's model minimises
///    its own shortfall; the coupling rows keep their weights. Their prices are
///    coordinated (Dantzig–Wolfe, ``CoordinationMaster``): each school's LP relaxation
///    with each coupling row's contribution earning its price, the master's duals as the
///    next prices, until the master's value meets the Lagrangian bound
///    `Σ_s z_s(λ) + Σ_k λ_k·b_k`, a valid lower bound on every plan's shortfall. Then
///    each school's integer plan with its share of each coupling row as a soft row at the
///    target's weight, from the planning heuristic's plan (``PlanHeuristic``), and
///    optionally the bound from the schools' priced integer programs.
/// 3. **Phase 2, the cost, the shortfall held**: each school's model minimises its cost
///    with the row `shortfall-held: S_s ≤ S_s(phase 1) + tol/n`, and each coupling row must
///    reach what phase 1's plans delivered (its bound lowered to that when phase 1 fell
///    short). The same coordination, integer plans and bound, each school's search
///    offered its phase-1 plan (which holds in phase 2) as a fallback. Last, the coupling
///    rows are made whole (``select(schools:rows:held:searched:)``): a small integer
///    program picks, school by school, its phase-2 plan or its phase-1 plan, at least
///    cost, so that every coupling row reaches its bound; phase 1's plans together always
///    do, so the choice always exists.
/// 4. **Assemble** one plan with ``PlanAssembler`` (every target, coupling ones included,
///    evaluated on the whole scenario) and check it with ``PlanChecker``.
///
/// The plan's shortfall is then at most phase 1's plus `tol` (each school's at most its
/// own, each coupling row's at most phase 1's), as in the whole model's phase 2. Phase
/// 2's bound is the bound of the plans that keep each school's shortfall and each
/// coupling row's delivery as phase 1 left them: holding the shortfall school by school
/// is what lets phase 2 split; the whole model holds only the sum.
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
    /// - Returns: the plan, its check, each phase's value, bound and gap, and the timings.
    /// - Throws: ``PlanningError`` when a school has no plan (its hard constraints
    ///   conflict); ``GLPKError`` for a model GLPK refuses.
    public static func solve(
        _ scenario: Scenario, inputHash: String, options: DecompositionOptions = DecompositionOptions()
    ) throws -> DecompositionResult {
        let clock = ContinuousClock()
        let started = options.started ?? clock.now
        @Sendable func elapsed() -> Double { (clock.now - started) / .seconds(1) }
        let readSeconds = elapsed()
        let jobs = max(1, options.jobs)
        let report = options.progressHandler
        let gap = options.mipGap ?? scenario.solver.mipGap

        // 1. The split and the schools' models.
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
        let whole = split.schools.indices.map { s in
            SchoolSubproblem(
                scenario: split.schools[s], built: blocks.models[s], contributions: rows.map { $0.terms[s] })
        }
        let parts = whole.map {
            ObjectiveParts($0.built.model, shortfallColumns: ObjectiveParts.shortfallColumns(of: $0.built))
        }
        let buildSeconds = elapsed()
        report?(
            DecompositionProgress(
                phase: "build", done: whole.count, total: whole.count, bound: nil, masterValue: nil,
                elapsed: buildSeconds))
        // Every stage is handed the time left of the whole command's limit, less what the
        // plan's assembly and check will take (``Planner/finishReserve(buildSeconds:timeLimit:)``).
        let reserve = Planner.finishReserve(
            buildSeconds: (clock.now - modelsStarted) / .seconds(1), timeLimit: options.timeLimit)
        let deadline = started + .seconds(options.timeLimit - reserve)
        func left() -> Double { max(0, (deadline - clock.now) / .seconds(1)) }

        // 2. Phase 1: the shortfall, with half the time left (what it leaves passes on).
        let firstSchools = try whole.indices.map { try whole[$0].phase(objective: parts[$0].shortfall) }
        let firstStarted = elapsed()
        let first = try SchoolPhaseSearch(
            phase: .shortfall, schools: firstSchools, rows: rows, gap: gap, jobs: jobs, options: options,
            elapsed: elapsed
        ).run(until: clock.now + .seconds(left() / 2), fallbacks: nil, report: report)
        let firstSeconds = elapsed() - firstStarted
        let shortfall = objective(schools: firstSchools, rows: rows, values: first.values)

        // 3. Phase 2: the cost, each school's shortfall and each coupling row's delivery held.
        let secondStarted = elapsed()
        let delivered = rows.map { row in whole.indices.reduce(0) { $0 + row.terms[$1].value(first.values[$1]) } }
        let heldRows = rows.enumerated().map { k, row in
            CouplingRow(
                target: row.target, name: row.name, bound: min(row.bound, delivered[k]), weight: row.weight,
                terms: row.terms)
        }
        let secondSchools = try whole.indices.map { s in
            let own = firstSchools[s].cost(first.values[s])
            let tolerance = max(parts[s].tolerance(above: own) / Double(whole.count), 1e-7 * abs(own), 1e-6)
            return try whole[s].phase(objective: parts[s].cost, held: [parts[s].shortfall <= own + tolerance])
        }
        var secondSearch: SchoolPhaseSearch.Outcome?
        if options.stop?.isStopped != true {
            secondSearch = try SchoolPhaseSearch(
                phase: .cost, schools: secondSchools, rows: heldRows, gap: gap, jobs: jobs, options: options,
                elapsed: elapsed
            ).run(until: deadline, fallbacks: first.values, report: report)
        }
        let second = secondSearch
        let chosen =
            try second.map {
                try select(schools: secondSchools, rows: heldRows, held: first.values, searched: $0.values)
            } ?? first.values
        let secondSeconds = elapsed() - secondStarted
        let cost = objective(schools: secondSchools, rows: [], values: chosen)

        // 4. One plan, checked.
        let solvedSeconds = elapsed()
        var decisions = PlanDecisions()
        for (s, school) in whole.enumerated() {
            decisions.merge(
                SchoolPlan(values: chosen[s], startAccepted: false, onStart: false, bound: nil)
                    .decisions(of: school.built))
        }
        let stopped = options.stop?.isStopped == true
        let timedOut = left() <= 0.1 * options.timeLimit
        var phases = [
            phaseReport(
                .shortfall, value: shortfall, search: first, gap: gap, stopped: stopped,
                timedOut: timedOut || second == nil, rows: rows.count)
        ]
        if let second {
            phases.append(
                phaseReport(
                    .cost, value: cost, search: second, gap: gap, stopped: stopped, timedOut: timedOut, rows: rows.count
                ))
        } else {
            phases.append(
                SolverPhase(
                    phase: .cost, status: "not run",
                    stopReason: (stopped ? SolutionStatus.StopReason.interrupted : .timeLimit).rawValue, value: nil,
                    bound: nil, gap: nil, requestedGap: gap, nodes: nil, searchRule: ""))
        }
        let sizes = whole.reduce(into: (rows: 0, columns: 0, integers: 0, nonzeros: 0)) { total, school in
            let m = school.built.model
            total.rows += m.constraintCount
            total.columns += m.variableCount
            total.integers += m.variableKinds.filter { $0 != .continuous }.count
            total.nonzeros += m.nonzeroCount
        }
        let rule =
            "decomposition by school: \(whole.count) schools, \(rows.count) coupling rows priced over "
            + "\(first.iterations) + \(second?.iterations ?? 0) rounds (shortfall, cost); school MIPs from rounded LP starts"
        let reasons = phases.compactMap(\.stopReason)
        let gapLimit = SolutionStatus.StopReason.gapLimit.rawValue
        let solver = SolverReport(
            status: phases.allSatisfy { $0.status == "optimal" } ? "optimal" : "feasible",
            stopReason: reasons.first { $0 != gapLimit } ?? reasons.first, objective: nil, bestBound: nil,
            gap: phases.compactMap(\.gap).max(),
            requestedGap: gap, timeLimit: options.timeLimit, searchRule: rule, glpkVersion: GLPKLibrary.version,
            rows: sizes.rows + rows.count, columns: sizes.columns + rows.count, integerColumns: sizes.integers,
            nonzeros: sizes.nonzeros + rows.reduce(0) { $0 + $1.terms.reduce(1) { $0 + $1.indices.count } })
        var solverReport = solver
        solverReport.phases = phases
        let run = RunFacts(
            buildSeconds: buildSeconds, solveSeconds: elapsed() - buildSeconds,
            createdAt: ISO8601DateFormatter().string(from: Date()),
            machine: "\(ProcessInfo.processInfo.hostName), \(ProcessInfo.processInfo.activeProcessorCount) cores",
            phaseSeconds: [firstSeconds, secondSeconds])
        var plan = PlanAssembler(scenario: scenario, inputHash: inputHash).plan(
            decisions: decisions, solver: solverReport, run: run)
        plan.solver.objective = plan.costs.objective
        let violations = PlanChecker(scenario: scenario).check(plan)
        let searches = [first] + (second.map { [$0] } ?? [])
        return DecompositionResult(
            plan: plan, violations: violations, objective: plan.costs.objective, shortfall: shortfall,
            cost: second == nil ? nil : cost, phases: phases,
            gap: phases.compactMap(\.gap).max() ?? .infinity,
            schools: whole.count, couplingRows: rows.count, iterations: searches.reduce(0) { $0 + $1.iterations },
            startsAccepted: searches.last?.plans.filter(\.startAccepted).count ?? 0,
            schoolsOnStart: searches.last?.plans.filter(\.onStart).count ?? 0, readSeconds: readSeconds,
            buildSeconds: buildSeconds, coordinationSeconds: searches.reduce(0) { $0 + $1.coordinationSeconds },
            firstPlanSeconds: first.firstPlanSeconds, firstPlanObjective: first.firstPlanObjective,
            planSeconds: searches.reduce(0) { $0 + $1.planSeconds },
            boundSeconds: searches.reduce(0) { $0 + $1.boundSeconds },
            phaseSeconds: [firstSeconds, secondSeconds], solvedSeconds: solvedSeconds, totalSeconds: elapsed())
    }

    /// A phase's report, as the whole model's phases report theirs: its value at the plan,
    /// its bound, gap, and why it ended.
    static func phaseReport(
        _ phase: PlanPhase, value: Double, search: SchoolPhaseSearch.Outcome, gap: Double, stopped: Bool,
        timedOut: Bool, rows: Int
    ) -> SolverPhase {
        let bound = search.bound.map { min($0, value) }
        let phaseGap = SolverPhase.gap(value: value, bound: bound)
        let reason: SolutionStatus.StopReason?
        if let phaseGap, phaseGap <= gap + 1e-12 {
            reason = .gapLimit
        } else if stopped {
            reason = .interrupted
        } else if timedOut {
            reason = .timeLimit
        } else {
            reason = nil
        }
        let onStart = search.plans.filter(\.onStart).count
        return SolverPhase(
            phase: phase, status: phaseGap == 0 ? "optimal" : "feasible", stopReason: reason?.rawValue,
            value: value, bound: bound, gap: phaseGap, requestedGap: gap, nodes: nil,
            searchRule:
                "by school: \(search.plans.count) schools, \(rows) coupling rows over \(search.iterations) rounds; "
                + "\(onStart) schools on their start plans")
    }

    /// Seconds each solve of a school's floor rounding may take (the rounding run again,
    /// unimproved, when it found nothing within the school's share of the time).
    static let floorSeconds = 30.0

    /// The schools' phase-2 plans, each replaced by its phase-1 plan where needed so that
    /// every coupling row reaches its bound, at least cost: a small integer program with
    /// one 0/1 column per school whose two plans differ. Phase 1's plans together reach
    /// every bound (the bounds are what they delivered), so there is always a choice.
    static func select(schools: [SchoolSubproblem], rows: [CouplingRow], held: [[Double]], searched: [[Double]])
        throws -> [[Double]]
    {
        func reached(_ values: [[Double]], _ row: CouplingRow) -> Double {
            schools.indices.reduce(0) { $0 + row.terms[$1].value(values[$1]) }
        }
        func slack(_ row: CouplingRow) -> Double { 1e-7 * max(1, abs(row.bound)) }
        if rows.allSatisfy({ reached(searched, $0) >= $0.bound - slack($0) }) { return searched }
        let changing = schools.indices.filter { held[$0] != searched[$0] }
        var model = Model(name: "selection")
        var objective = LinearExpression()
        var columns: [Variable] = []
        for s in changing {
            let z = try model.addVariable("searched[\(s)]", lowerBound: 0, upperBound: 1, kind: .binary)
            objective.add(schools[s].cost(searched[s]) - schools[s].cost(held[s]), z)
            columns.append(z)
        }
        for (k, row) in rows.enumerated() {
            var expression = LinearExpression()
            for (n, s) in changing.enumerated() {
                let change = row.terms[s].value(searched[s]) - row.terms[s].value(held[s])
                if change != 0 { expression.add(change, columns[n]) }
            }
            _ = try model.addConstraint(expression >= row.bound - slack(row) - reached(held, row), name: "row[\(k)]")
        }
        try model.setObjective(objective, sense: .minimize)
        var options = SolverOptions()
        options.mipGap = 0
        options.timeLimit = 10
        options.verbosity = .errors
        let solution = try model.solve(options)
        guard solution.status.hasSolution else { return held }
        var chosen = held
        for (n, s) in changing.enumerated() where solution[columns[n]] > 0.5 { chosen[s] = searched[s] }
        return rows.allSatisfy({ reached(chosen, $0) >= $0.bound - slack($0) }) ? chosen : held
    }

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
