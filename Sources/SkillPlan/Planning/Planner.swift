import Foundation
import GLPK

/// Solves a scenario: builds the model, solves it with GLPK, makes the plan, checks it.
public enum Planner {
    /// Solves a scenario into a plan.
    ///
    /// - Parameters:
    ///   - scenario: a validated scenario.
    ///   - inputHash: SHA-256 of its resolved inputs (``ScenarioHash``).
    ///   - options: time limit, gap and handlers; `nil` settings take the scenario's.
    /// - Returns: the plan and the violations the independent checker found in it
    ///   (none, unless the solver's tolerances let one through).
    /// - Throws: ``PlanningError`` when there is no plan (the hard constraints conflict,
    ///   or the solver stopped first); ``GLPKError`` for a model GLPK refuses.
    public static func solve(_ scenario: Scenario, inputHash: String, options: PlanningOptions = PlanningOptions())
        throws -> PlanningResult
    {
        let clock = ContinuousClock()
        let buildStart = clock.now
        var built = try ModelBuilder(scenario: scenario).build()
        if let fixed = options.fixed { try fix(&built, to: fixed) }
        let buildSeconds = (clock.now - buildStart) / .seconds(1)

        var solverOptions = SolverOptions()
        solverOptions.mipGap = options.mipGap ?? scenario.solver.mipGap
        // The time limit covers the whole command (from `options.started`): reading the
        // scenario, building the model and the start plan take their share of it, the
        // plan's assembly and check are set aside (``finishReserve``), and the search
        // gets what is left.
        let timeLimit = options.timeLimit ?? scenario.solver.timeLimit
        let limitStart = options.started ?? buildStart
        let reserve = finishReserve(buildSeconds: buildSeconds, timeLimit: timeLimit)
        func timeLeft() -> Double { max(0, timeLimit - reserve - (clock.now - limitStart) / .seconds(1)) }
        solverOptions.timeLimit = timeLeft()
        solverOptions.cuts = true
        solverOptions.logHandler = options.logHandler
        solverOptions.turn = options.turn
        solverOptions.interruption = options.stop?.interruption
        if options.fixed != nil { solverOptions.presolve = false }
        // Every phase's search starts from the planning heuristic's plan (rounded from that
        // phase's LP relaxation, improved part by part, or the previous phase's plan
        // improved): close enough to the relaxation that GLPK proves the gap at once on
        // most scenarios, and a plan even if the search is stopped. Not with fixed
        // decisions (`evaluate --optimise-rest`): the rounding would fight the fixing.
        let heuristic =
            options.fixed == nil && options.roundingStart ?? true
            ? PlanHeuristic(scenario: scenario, built: built) : nil
        solverOptions.timeLimit = timeLeft()
        // Shortfall first, then cost (then, with a reference, the distance to it); each
        // phase is GLPK's default rule alone for a node budget, then, if it has not proven
        // the gap, two rules raced on two threads; node counts, not times, decide, so the
        // plan does not depend on timing (PhasedSearch, PlanSearch, Model.solveRace).
        var phased = PhasedSearch(
            common: solverOptions, race: options.race && options.turn == nil, soloNodes: options.soloNodes,
            nodeLimit: options.nodeLimit, order: options.order, reference: options.like.map { PlanDecisions($0.plan) },
            progress: options.progressHandler, stop: options.stop, heuristic: heuristic)
        phased.startFromReference = options.startFromReference
        phased.distanceTimeFactor = options.distanceTimeFactor
        phased.settledShortfallBound = options.settledShortfallBound
        phased.phaseModelHandler = options.phaseModelHandler
        let search = try phased.run(built)
        let solution = search.solution
        switch solution.status {
        case .optimal, .feasible:
            break
        case .infeasible:
            throw PlanningError.infeasible(
                scenario: scenario.name,
                conflicts: try conflicts(in: built.model, options: solverOptions, scenario: scenario))
        case .unbounded:
            throw PlanningError.unbounded(scenario: scenario.name)
        case .noSolution(let reason):
            throw PlanningError.noPlan(scenario: scenario.name, reason: reason.rawValue)
        }

        var decisions = decisions(of: built, in: solution)
        if let fixed = options.fixed { decisions.override(with: fixed) }
        var report = summaryReport(of: search, solution: solution, options: solverOptions, model: built.model)
        // The limit the planner was given for the whole solve, not the search's remainder.
        report.timeLimit = timeLimit
        let run = RunFacts(
            buildSeconds: buildSeconds, solveSeconds: search.seconds,
            createdAt: ISO8601DateFormatter().string(from: Date()),
            machine: "\(ProcessInfo.processInfo.hostName), \(ProcessInfo.processInfo.activeProcessorCount) cores",
            phaseSeconds: report.phases == nil ? nil : search.phaseSeconds)
        var plan = PlanAssembler(scenario: scenario, inputHash: inputHash).plan(
            decisions: decisions, solver: report, run: run)
        if plan.solver.phases != nil { plan.solver.objective = plan.costs.objective }
        if let like = options.like {
            plan.like = PlanLikeness(decisions: decisions, reference: like.plan, version: like.version, file: like.file)
        }
        return PlanningResult(plan: plan, violations: PlanChecker(scenario: scenario).check(plan))
    }

    /// Seconds set aside at the end of a time limit for assembling the plan from its
    /// decisions and checking it: about six times the model build (the evaluator and
    /// the checker walk the same data as the builder; Guangdong: build 0.9 s, assembly
    /// and check 5 s), at most two fifths of the limit (a short limit on a large
    /// scenario: 24 schools, 6 s, a debug build: build 1 s, assembly and check 3 s).
    static func finishReserve(buildSeconds: Double, timeLimit: Double) -> Double {
        min(0.4 * timeLimit, 6 * buildSeconds)
    }

    /// The solver report of a plan: one weighted search as before the phases, or each
    /// phase with the whole described by the worst of them.
    static func summaryReport(of search: PhasedSearch.Outcome, solution: Solution, options: SolverOptions, model: Model)
        -> SolverReport
    {
        var report = SolverReport(
            status: solution.status.name, stopReason: solution.status.stopReason?.rawValue,
            objective: solution.objectiveValue, bestBound: solution.bestBound, gap: solution.relativeGap,
            requestedGap: options.mipGap ?? 0, timeLimit: options.timeLimit ?? 0,
            searchRule: search.rule,
            glpkVersion: GLPKLibrary.version, rows: model.constraintCount, columns: model.variableCount,
            integerColumns: model.variableKinds.filter { $0 != .continuous }.count,
            nonzeros: model.nonzeroCount)
        guard search.phases.first?.phase != .weighted else { return report }
        let phases = search.phases
        report.phases = phases
        report.status = phases.allSatisfy { $0.status == "optimal" } ? "optimal" : "feasible"
        let reasons = phases.compactMap(\.stopReason)
        let gapLimit = SolutionStatus.StopReason.gapLimit.rawValue
        report.stopReason = reasons.first { $0 != gapLimit } ?? reasons.first
        report.bestBound = nil
        report.gap = phases.filter { $0.phase != .distance }.compactMap(\.gap).max()
        return report
    }

    /// Fixes the given decisions' columns to their values (a value outside a column's
    /// bounds is kept: the checker reports it).
    static func fix(_ built: inout PlanningModel, to fixed: PlanDecisions) throws {
        let columns = [
            (built.intake, fixed.intake), (built.classes, fixed.classes), (built.training, fixed.training),
            (built.hires, fixed.hires), (built.rotation, fixed.rotation), (built.expansion, fixed.expansion),
            (built.highTraining, fixed.highTraining), (built.qualification, fixed.qualification),
        ]
        for (variables, values) in columns {
            for (key, value) in values {
                if let variable = variables[key] {
                    try built.model.setBounds(of: variable, lowerBound: value, upperBound: value)
                }
            }
        }
    }

    /// The decisions of a solution, by planning key.
    static func decisions(of built: PlanningModel, in solution: Solution) -> PlanDecisions {
        built.decisions { solution[$0] }
    }

    /// The conflicting hard constraints of an infeasible model, in planners' words.
    static func conflicts(in model: Model, options: SolverOptions, scenario: Scenario? = nil) throws -> [String] {
        var plain = options
        plain.progressHandler = nil
        plain.logHandler = nil
        let diagnosis = try model.diagnoseInfeasibility(plain)
        let figures = Dictionary(
            (scenario?.actuals?.figures ?? []).map { (ModelBuilder.actualRowName($0), $0) },
            uniquingKeysWith: { first, _ in first })
        return diagnosis.constraintNames.map { name in
            guard let (family, element) = HardConstraintFamily.parse(rowName: name) else { return name }
            if let figure = figures[name], let file = scenario?.actuals?.file {
                return
                    "\(family.describe(element)), \(NumberText.money(figure.value)) (\(file):\(figure.line), \(name))"
            }
            return "\(family.describe(element)) (\(name))"
        }
    }
}
