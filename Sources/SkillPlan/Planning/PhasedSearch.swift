import GLPK

/// The solve order of a planning model: phase 1 minimises the weighted shortfall, phase
/// 2 the cost with the shortfall held, and with a reference plan phase 3 the distance to
/// its decisions with the cost held within the gap (docs/model.md, "Solve order" and
/// "Stable re-planning"). Each phase is a ``PlanSearch`` of its own, offered the
/// previous phase's plan (feasible in the next phase's model) as its start.
///
/// The time limit covers every phase: each phase gets the time still left divided by
/// the phases still to run, so an unused share passes on (with two phases and 60 s,
/// phase 1 gets up to 30 s and phase 2 the rest). `mipGap` and `nodeLimit` apply to each.
struct PhasedSearch {
    /// Options common to every phase: gap, the whole time limit, cuts, log, turn, and
    /// the first phase's start plan.
    let common: SolverOptions
    /// Race two rules when GLPK's default does not finish within ``soloNodes`` (``PlanSearch``).
    let race: Bool
    /// The default rule's node budget alone.
    let soloNodes: Int?
    /// Each phase's node limit.
    let nodeLimit: Int?
    /// Phases, or one weighted search.
    let order: SolveOrder
    /// The reference plan's decisions, for phase 3.
    let reference: PlanDecisions?
    /// Offer phases 1 and 2 the reference's decisions where they hold (``ReferenceStart``)
    /// as the heuristic's fallback, instead of the first phase's start and phase 1's plan.
    var startFromReference = false
    /// Phase 3 gets at most this many times the seconds phases 1 and 2 took, and at
    /// least 1 s (`nil`: the time left). Target prices set 1: the distance search only chooses among plans of
    /// the same cost, and on a re-plan it can take the whole limit to prove its gap.
    var distanceTimeFactor: Double?
    /// Receives each phase's progress.
    let progress: (@Sendable (PlanningProgress) -> Void)?
    /// Stops the running phase, and skips the rest.
    let stop: PlanningStop?
    /// Makes a phase's start plan (with the stop's interruption); its time counts in the phase's.
    let heuristic: PlanHeuristic?
    /// The nodes of the first look at a phase's search, from the rounded plan: enough for
    /// GLPK's cuts and first branches to lift the bound most of the way (the baseline's
    /// cost phase: 90.98 M yuan after the root node, 92.17 M after 50, against a plan of
    /// 92.57 M), few enough to take well under a second on the bundled scenarios. A node
    /// count, not a time, so that the plan does not depend on the machine.
    static let probeNodes = 200

    /// A bound on phase 1 proven before the solve, within the gap of which the reference's
    /// start is (``PlanningOptions/settledShortfallBound``): phase 1 takes that start with no
    /// heuristic and no search.
    var settledShortfallBound: Double?

    /// Receives each phase's model before its search (``PlanningOptions/phaseModelHandler``).
    var phaseModelHandler: (@Sendable (PlanPhase, Model) -> Void)? = nil

    /// What the phases found.
    struct Outcome {
        /// The last phase's solution that has a plan (or the first phase's, without any).
        var solution: Solution
        /// The model that solution belongs to.
        var model: Model
        /// Each phase's report.
        var phases: [SolverPhase]
        /// Each phase's seconds.
        var phaseSeconds: [Double] = []
        /// The search rules, phase by phase.
        var rule: String
        /// Seconds of every phase.
        var seconds: Double
    }

    /// Runs the phases on a planning model.
    func run(_ built: PlanningModel) throws -> Outcome {
        let clock = ContinuousClock()
        let started = clock.now
        func elapsed() -> Double { (clock.now - started) / .seconds(1) }
        let timeLimit = common.timeLimit ?? 60
        let gap = common.mipGap ?? 0

        if order == .weightedSum {
            let (solution, report, _) = try phase(.weighted, built.model, start: common.start, timeLimit: timeLimit)
            return Outcome(
                solution: solution, model: built.model, phases: [report], rule: report.searchRule, seconds: elapsed())
        }
        let parts = ObjectiveParts(built.model, shortfallColumns: ObjectiveParts.shortfallColumns(of: built))
        let count = reference == nil ? 2 : 3
        func share(_ phasesLeft: Int) -> Double { max(0, timeLimit - elapsed()) / Double(phasesLeft) }

        // Phase 1: the shortfall.
        var model = built.model
        try model.setObjective(parts.shortfall, sense: .minimize)
        let firstReference = referenceStart(in: model, built: built)
        let (first, firstReport, firstSeconds) = try phase(
            .shortfall, model, start: firstReference ?? common.start, timeLimit: share(count),
            knownBound: firstReference == nil ? nil : settledShortfallBound)
        var reports = [firstReport]
        var seconds = [firstSeconds]
        var best = (solution: first, model: model)
        guard first.status.hasSolution, let shortfall = first.objectiveValue else {
            return Outcome(
                solution: first, model: model, phases: reports, phaseSeconds: seconds, rule: firstReport.searchRule,
                seconds: elapsed())
        }

        // Phase 2: the cost, the shortfall held.
        _ = try model.addConstraint(
            parts.shortfall <= shortfall + parts.tolerance(above: shortfall), name: "shortfall-held")
        try model.setObjective(parts.cost, sense: .minimize)
        // Phase 2 starts from phase 1's plan, so that it always has one: searched from
        // scratch (with GLPK's MIP presolver, which a start turns off) it found none in 60 s
        // on training-20000, whose shortfall row leaves little room.
        let secondReference = referenceStart(in: model, built: built)
        guard
            let second = try nextPhase(
                .cost, model, start: secondReference ?? first.values, timeLimit: share(count - 1),
                reports: &reports, seconds: &seconds),
            let cost = second.objectiveValue
        else {
            return finish(best, reports, seconds, elapsed())
        }
        best = (second, model)

        // Phase 3: the distance to the reference, shortfall and cost held.
        if let reference {
            let slack = max(abs(cost) * gap, 1e-6 * max(1, abs(cost)))
            _ = try model.addConstraint(parts.cost <= cost + slack, name: "cost-held")
            let start = try DistanceRows.add(to: &model, built: built, reference: reference, values: second.values)
            // A distance is never below 0: a start at distance 0 (the relaxation kept the
            // reference's decisions) needs no search.
            if let third = try nextPhase(
                .distance, model, start: start,
                timeLimit: min(share(1), distanceTimeFactor.map { max(1, $0 * seconds.reduce(0, +)) } ?? .infinity),
                knownBound: 0, reports: &reports, seconds: &seconds)
            {
                best = (third, model)
            }
        }
        return finish(best, reports, seconds, elapsed())
    }

    /// The reference's decisions completed in a phase's model, when asked for and they hold.
    private func referenceStart(in model: Model, built: PlanningModel) -> [Double]? {
        guard startFromReference, let reference else { return nil }
        return ReferenceStart.values(of: reference, in: model, built: built, options: common)
    }

    private func finish(
        _ best: (solution: Solution, model: Model), _ reports: [SolverPhase], _ phaseSeconds: [Double],
        _ seconds: Double
    ) -> Outcome {
        let rule = reports.map { "\($0.phase.rawValue): \($0.searchRule)" }.joined(separator: "; ")
        return Outcome(
            solution: best.solution, model: best.model, phases: reports, phaseSeconds: phaseSeconds, rule: rule,
            seconds: seconds)
    }

    /// A later phase, unless a stop or the time limit ends the solve first; its solution
    /// when it has a plan.
    private func nextPhase(
        _ which: PlanPhase, _ model: Model, start: [Double]?, timeLimit: Double, knownBound: Double? = nil,
        reports: inout [SolverPhase], seconds: inout [Double]
    ) throws -> Solution? {
        let gap = common.mipGap ?? 0
        if stop?.isStopped == true || timeLimit < 0.05 {
            let reason = stop?.isStopped == true ? SolutionStatus.StopReason.interrupted : .timeLimit
            reports.append(
                SolverPhase(
                    phase: which, status: "not run", stopReason: reason.rawValue, value: nil, bound: nil, gap: nil,
                    requestedGap: gap, nodes: nil, searchRule: ""))
            seconds.append(0)
            return nil
        }
        let (solution, report, took) = try phase(
            which, model, start: start, timeLimit: timeLimit, knownBound: knownBound)
        reports.append(report)
        seconds.append(took)
        return solution.status.hasSolution ? solution : nil
    }

    /// One phase's search, from the heuristic's plan when there is one: the better of its
    /// rounded plan and `start` (the previous phase's plan, or the reference's decisions
    /// completed), improved where needed.
    ///
    /// The heuristic runs in two steps around a first look at the search: that plan goes
    /// to GLPK for ``probeNodes`` nodes (the root's LP and cuts, the first branches); if
    /// that proves the gap, it is the phase's answer. Otherwise the better of it and the
    /// look's plan is improved locally until it is within the gap of the bound the look
    /// proved (not the relaxation's: in the cost phase the relaxation lies 1–4% below the
    /// optimum, the look's bound within about 1%), and the search starts from it, with that
    /// bound known (`SolverOptions.knownBound`: a plan already within the gap of it needs no
    /// search). The local improvement, which took most of a phase's time, runs only where
    /// the look shows it is needed, and stops as soon as the plan is close enough.
    ///
    /// A start already within the gap of `knownBound` (a bound proven before the phase)
    /// is the phase's answer, with no heuristic and no search.
    private func phase(
        _ which: PlanPhase, _ model: Model, start: [Double]?, timeLimit: Double, knownBound: Double? = nil
    ) throws -> (Solution, SolverPhase, Double) {
        phaseModelHandler?(which, model)
        let clock = ContinuousClock()
        let started = clock.now
        func elapsed() -> Double { (clock.now - started) / .seconds(1) }
        var options = common
        options.start = start
        options.progressHandler = progressHandler(which)
        if let knownBound, let start,
            PlanKeptProof.withinGap(model.objective.evaluate(start), bound: knownBound, gap: common.mipGap ?? 0)
        {
            var settle = options
            settle.knownBound = knownBound
            settle.timeLimit = timeLimit
            // GLPK returns the start at once; should its own gap test (without round-off
            // room) disagree, the root alone, and the phase goes on as usual.
            settle.nodeLimit = 1
            let settled = try model.solve(settle)
            if PlanSearch.finished(settled) {
                return report(which, settled, rule: .driebeckTomlin, seconds: elapsed())
            }
        }
        if let heuristic, stop?.isStopped != true {
            let interruption = stop?.interruption
            let rounded = try heuristic.round(
                on: model, timeLimit: timeLimit, fallback: start, interruption: interruption)
            options.start = rounded.values ?? start
            // Models too large to improve go straight to the search from the rounded plan.
            if let first = options.start, heuristic.canImprove(model), stop?.isStopped != true {
                var root = options
                root.nodeLimit = min(Self.probeNodes, nodeLimit ?? .max)
                root.timeLimit = max(0, timeLimit - elapsed())
                let probe = try model.solve(root)
                // Proven, or stopped by the time limit or a stop request: the phase's answer.
                if PlanSearch.finished(probe) || probe.status.stopReason != .nodeLimit && probe.status.hasSolution
                    || root.nodeLimit == nodeLimit
                {
                    return report(which, probe, rule: .driebeckTomlin, seconds: elapsed())
                }
                var best = rounded
                best.values = first
                if probe.status.hasSolution, let value = probe.objectiveValue,
                    value < model.objective.evaluate(first) - 1e-9 * max(1, abs(value))
                {
                    best.values = probe.values
                }
                let improved = try heuristic.improve(
                    best, on: model, timeLimit: timeLimit, goal: common.mipGap.map { 0.95 * $0 },
                    bound: probe.bestBound.flatMap { $0.isFinite ? $0 : nil }, interruption: interruption)
                options.start = improved.values ?? first
                options.knownBound = probe.bestBound.flatMap { $0.isFinite ? $0 : nil }
            }
        }
        let heuristicSeconds = elapsed()
        options.timeLimit = max(0, timeLimit - heuristicSeconds)
        let search = try PlanSearch(common: options, race: race, soloNodes: soloNodes, nodeLimit: nodeLimit).run(model)
        return report(which, search.solution, rule: search.rule, seconds: heuristicSeconds + search.seconds)
    }

    /// A phase's solution with its report and seconds.
    private func report(_ which: PlanPhase, _ solution: Solution, rule: PlanSearch.Rule, seconds: Double) -> (
        Solution, SolverPhase, Double
    ) {
        // From a start plan GLPK searches without its presolver, and its own plans then
        // carry the simplex's round-off (a shortfall of 1.3e-10): reported without it.
        let value = (solution.status.hasSolution ? solution.objectiveValue : nil).map { PlanHeuristic.snapped([$0])[0] }
        let bound = solution.status == .optimal ? value : solution.bestBound
        let report = SolverPhase(
            phase: which, status: solution.status.name, stopReason: solution.status.stopReason?.rawValue,
            value: value, bound: bound, gap: SolverPhase.gap(value: value, bound: bound),
            requestedGap: common.mipGap ?? 0, nodes: solution.nodes, searchRule: rule.description)
        return (solution, report, seconds)
    }

    /// The progress handler of a phase's searches, if the caller gave one.
    private func progressHandler(_ which: PlanPhase) -> (@Sendable (MIPProgress) -> MIPProgress.Decision)? {
        guard let progress = self.progress else { return nil }
        return { report in
            progress(
                PlanningProgress(
                    bestObjective: report.incumbent, bound: report.bound, gap: report.gap,
                    elapsed: report.elapsed, phase: which))
            // The stop itself reaches GLPK as the options' interruption (issue 15), which
            // ends the search as `interrupted`.
            return .proceed
        }
    }
}
