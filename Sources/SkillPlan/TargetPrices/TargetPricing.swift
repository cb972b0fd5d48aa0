import Foundation
import GLPK

/// Prices every target of a plan (`skillplan solve --target-prices`): for each target,
/// the scenario with that target relaxed (``TargetRelaxation``) is solved again `--like`
/// the plan, so that phase 3 of the solve keeps every decision the relaxation does not
/// need to change, and the relaxed plan's cost and figures are compared with the plan's.
/// Relaxing a target keeps the plan feasible, so phases 1 and 2 start from it
/// (``PlanningOptions/startFromReference``). A target whose relaxation provably keeps the
/// plan (``PlanKeptProof``: its LP bounds leave the plan within the gap of both phases)
/// is priced 0 with its range without a search; the others are solved.
///
/// The relaxed solves run side by side, one per core (``WorkerPool``), each on its own
/// thread with one GLPK problem and one search rule (no race). The time limit covers
/// them all: a solve gets the time left of it when it starts, at most
/// ``relaxedSolveLimit``, and a solve that would start after it is reported
/// `not run (time limit)`. A relaxed solve stopped by its limit keeps its best plan, and
/// its price's range (``TargetPrice/costSavedLow`` to ``TargetPrice/costSavedHigh``)
/// says how far the search got; its distance phase gets at most the time its shortfall
/// and cost phases took (``PlanningOptions/distanceTimeFactor``). A stop (``PlanningOptions/stop``)
/// ends the running solves at their next node (their prices keep the best plan found,
/// with status `interrupted`) and the others are `not run (interrupted)`.
public struct TargetPricing: Sendable {
    /// The scenario the plan was solved from.
    public let scenario: Scenario
    /// The plan whose targets are priced.
    public let plan: Plan
    /// How each target is relaxed.
    public var relaxation: TargetRelaxation
    /// Gap and node limit of each relaxed solve, the stop, and the time limit for all of
    /// them together (the scenario's when `nil`); `race`, the log and the progress are
    /// not used.
    public var options: PlanningOptions
    /// Relaxed solves at once: every core by default.
    public var jobs: Int
    /// The most one relaxed solve may take, in seconds: by default twice the plan's own
    /// solve (``RunFacts/solveSeconds``), at least 1 s; none with a node limit
    /// (``PlanningOptions/nodeLimit``), which makes the prices reproducible. A relaxation is the plan's
    /// scenario with one target moved, solved from the plan: most are proven at once, and
    /// one whose cost bound GLPK cannot close in that time is a re-plan whose range tells
    /// how far its price is known (a longer limit narrows it).
    public var relaxedSolveLimit: Double?
    /// Receives what each target's pricing is doing (started, its relaxed search's
    /// progress, priced), on the thread that prices it; `nil` for none. The workbench's
    /// progress page shows it.
    public var targetProgress: (@Sendable (TargetProgress) -> Void)?

    /// What one target's pricing is doing (``targetProgress``); the index is the target's
    /// place in the prices.
    public enum TargetProgress: Sendable {
        /// The target's pricing started: first the proof without a search (``PlanKeptProof``).
        case started(index: Int, target: String)
        /// Its relaxed solve's search, as it goes (phase, best plan, bound, gap).
        case searching(index: Int, target: String, progress: PlanningProgress)
        /// Its price.
        case priced(index: Int, price: TargetPrice)
    }

    /// What the relaxed solves found, with their timing (a run fact, kept in ``RunFacts``).
    public struct Outcome: Sendable {
        /// The prices.
        public var prices: TargetPrices
        /// Seconds of all the relaxed solves, wall clock.
        public var seconds: Double
        /// Seconds of each target's relaxed solve, in the order of the prices.
        public var solveSeconds: [Double]
        /// Seconds of each phase of each target's relaxed solve, in the order of the
        /// prices (none for a target not solved: proven, not run or failed).
        public var phaseSeconds: [[Double]]
        /// Solves run at once.
        public var jobs: Int
    }

    /// A pricing.
    /// - Parameters:
    ///   - scenario: the scenario the plan was solved from.
    ///   - plan: the plan.
    ///   - relaxation: how each target is relaxed (each requirement 10% lower by default).
    ///   - options: gap, node limit, stop and the time limit of all the relaxed solves.
    ///   - jobs: solves at once (every core by default).
    public init(
        scenario: Scenario, plan: Plan, relaxation: TargetRelaxation = .defaultStep,
        options: PlanningOptions = PlanningOptions(), jobs: Int = WorkerPool.cores
    ) {
        self.scenario = scenario
        self.plan = plan
        self.relaxation = relaxation
        self.options = options
        self.jobs = jobs
    }

    /// Prices every target of the scenario.
    /// - Parameter progress: called after each target with the targets done and the total, on any thread.
    /// - Returns: the prices, in the scenario's order of targets, and their timing.
    public func run(progress: (@Sendable (Int, Int) -> Void)? = nil) -> Outcome {
        let clock = ContinuousClock()
        let started = clock.now
        let deadline = started + .milliseconds(Int64(min(options.timeLimit ?? scenario.solver.timeLimit, 1e9) * 1000))
        // With a node limit (`--node-limit`) every relaxed solve stops at the same node in
        // every run, so no budget of seconds is set (only the pricing's time limit): the
        // prices are reproducible. Without, a budget keeps the pricing short, and a price
        // its budget stopped reads "not settled".
        let budget = relaxedSolveLimit ?? (options.nodeLimit != nil ? .infinity : max(1, 2 * plan.run.solveSeconds))
        var seen = Set<String>()
        let targets = scenario.targets.filter { seen.insert($0.id).inserted }
        let total = targets.count
        var solveOptions = options
        solveOptions.race = false
        solveOptions.logHandler = nil
        solveOptions.progressHandler = nil
        solveOptions.like = PlanReference(plan: plan)
        solveOptions.startFromReference = true
        // Each relaxed solve's limit counts from its own start (the pricing's deadline
        // covers them all), not from the command's.
        solveOptions.started = nil
        solveOptions.distanceTimeFactor = 1
        let cores = max(1, min(jobs, max(1, total)))
        // The unrelaxed model, for the proofs' cases (``PlanKeptProof``).
        let original = relaxation.step == nil ? nil : try? ModelBuilder(scenario: scenario).build()
        let work = (
            scenario: scenario, plan: plan, relaxation: relaxation, options: solveOptions, original: original,
            report: targetProgress
        )
        let results: [(TargetPrice, Double, [Double])]
        do {
            results = try WorkerPool.map(count: total, jobs: cores, finished: { done in progress?(done, total) }) { n in
                let jobStart = clock.now
                let left = min((deadline - jobStart) / .seconds(1), budget)
                var phases: [Double] = []
                let target = targets[n]
                var options = work.options
                if let report = work.report {
                    report(.started(index: n, target: target.id))
                    options.progressHandler = { report(.searching(index: n, target: target.id, progress: $0)) }
                }
                let price = Self.price(
                    target, in: work.scenario, plan: work.plan, relaxation: work.relaxation,
                    options: options, original: work.original, timeLeft: left, phaseSeconds: &phases)
                work.report?(.priced(index: n, price: price))
                return (price, (clock.now - jobStart) / .seconds(1), phases)
            }
        } catch {
            // `price` catches every error of its solve, so the pool has none to pass on.
            results = []
        }
        let prices = TargetPrices(relaxation: relaxation, prices: results.map(\.0), planCost: plan.costs.total)
        return Outcome(
            prices: prices, seconds: (clock.now - started) / .seconds(1), solveSeconds: results.map(\.1),
            phaseSeconds: results.map(\.2), jobs: cores)
    }

    /// One target's price: the scenario with it relaxed, solved like the plan.
    static func price(
        _ target: Target, in scenario: Scenario, plan: Plan, relaxation: TargetRelaxation,
        options: PlanningOptions, original: PlanningModel?, timeLeft: Double, phaseSeconds: inout [Double]
    ) -> TargetPrice {
        let requirement = TargetRelaxation.requirement(of: target)
        let relaxedTarget = relaxation.step.map { TargetRelaxation.lowered(target, by: $0) }
        var price = TargetPrice(
            target: target.id, kind: target.kind, value: requirement.value, unit: requirement.unit,
            relaxedValue: relaxedTarget.flatMap { TargetRelaxation.requirement(of: $0).value },
            metInPlan: !plan.targetsShort.contains(target.id), status: "not run")
        if options.stop?.isStopped == true {
            price.stopReason = SolutionStatus.StopReason.interrupted.rawValue
            return price
        }
        guard timeLeft >= 0.05 else {
            price.stopReason = SolutionStatus.StopReason.timeLimit.rawValue
            return price
        }
        var options = options
        options.timeLimit = timeLeft
        let relaxed = relaxation.relaxing(scenario, target: target.id)
        var proofOptions = SolverOptions()
        proofOptions.timeLimit = timeLeft
        proofOptions.interruption = options.stop?.interruption
        let finding = PlanKeptProof.finding(
            relaxed, target: target.id, keeps: plan, original: original, isStep: relaxation.step != nil,
            gap: options.mipGap ?? scenario.solver.mipGap, options: proofOptions)
        if let proof = finding.proof {
            price.record(keeping: plan, proof: proof)
            return price
        }
        // The shortfall settled by the proof: the relaxed solve's phase 1 takes the plan.
        options.settledShortfallBound = finding.shortfallBound
        do {
            let result = try Planner.solve(relaxed, inputHash: ScenarioHash.hash(of: relaxed), options: options)
            guard result.violations.isEmpty else {
                price.status = "failed"
                price.record(.check(result.violations[0]))
                return price
            }
            price.record(result.plan, against: plan)
            phaseSeconds = result.plan.run.phaseSeconds ?? []
        } catch let error as PlanningError {
            switch error {
            case .infeasible: price.status = "infeasible"
            case .unbounded: price.status = "unbounded"
            case .noPlan(_, let reason), .schoolNoPlan(_, _, let reason):
                price.status = "no plan"
                price.stopReason = reason
            }
            price.record(.planning(error))
        } catch {
            price.status = "failed"
            price.record(.failure(error))
        }
        return price
    }
}

extension TargetPrice {
    /// Records a relaxation that keeps the plan (``PlanKeptProof``): nothing saved and
    /// nothing changed, with the most it may save the plan's cost less the relaxed LP
    /// bound, and the least the plan's cost bound less its cost.
    mutating func record(keeping plan: Plan, proof: PlanKeptProof) {
        status = Self.planKept
        stopReason = nil
        settled = true
        cost = plan.costs.total
        costSaved = 0
        let planBound = plan.solver.phase(.cost)?.bound ?? plan.costs.total
        costSavedLow = min(0, planBound - plan.costs.total)
        costSavedHigh = max(0, plan.costs.total - proof.costBound)
        applicantsChange = 0
        teachersChange = 0
        seatsChange = 0
        decisionsDiffering = 0
    }

    /// The status of a relaxation proven to keep the plan without a search.
    public static let planKept = "plan kept"

    /// Records the relaxed plan: its solve, its cost and what changed against the plan.
    /// Its status and stop reason are those of the shortfall and cost phases, which
    /// settle the price (phase 3, the distance to the plan, only chooses among plans of
    /// the same cost).
    mutating func record(_ relaxed: Plan, against plan: Plan) {
        status = relaxed.solver.status
        stopReason = relaxed.solver.stopReason
        if let phases = relaxed.solver.phases {
            let pricing = phases.filter { $0.phase != .distance }
            let gapLimit = SolutionStatus.StopReason.gapLimit.rawValue
            // A phase stopped by its limit whose bound already proves the gap is proven too.
            let proven = pricing.allSatisfy { phase in
                phase.status == "optimal" || phase.stopReason == gapLimit
                    || phase.gap.map { $0 <= phase.requestedGap + 1e-9 } == true
            }
            settled = proven
            status = pricing.allSatisfy { $0.status == "optimal" } ? "optimal" : pricing.last?.status ?? status
            stopReason =
                proven
                ? (status == "optimal" ? nil : gapLimit)
                : pricing.compactMap(\.stopReason).first { $0 != gapLimit } ?? stopReason
        } else {
            settled =
                relaxed.solver.status == "optimal" || relaxed.solver.stopReason == nil
                || relaxed.solver.stopReason == SolutionStatus.StopReason.gapLimit.rawValue
        }
        // The relaxed cost is the cost phase's: phase 3 may trade up to the gap of cost
        // for fewer changed decisions, and where it stops depends on its time, so the
        // price is taken where the cost search ended (the same in every run that proves
        // its gap).
        let relaxedCost = relaxed.solver.phase(.cost)?.value ?? relaxed.costs.total
        let saved = plan.costs.total - relaxedCost
        cost = relaxedCost
        costSaved = saved
        // Each cost search ends within its gap of the best cost: its bound is the least
        // the cost can be, and the plan's own cost the most.
        let planBound = plan.solver.phase(.cost)?.bound ?? plan.costs.total
        costSavedLow = min(saved, planBound - relaxedCost)
        // A cost search stopped before it had a bound (its limit came during the start
        // plan or the root) leaves the most unknown.
        if let relaxedBound = relaxed.solver.phases == nil ? relaxedCost : relaxed.solver.phase(.cost)?.bound {
            costSavedHigh = max(saved, plan.costs.total - relaxedBound)
        } else {
            costSavedHigh = nil
        }
        applicantsChange = Self.admitted(relaxed) - Self.admitted(plan)
        teachersChange =
            Self.lastYear(relaxed, \.groups, \.year, \.headcount) - Self.lastYear(plan, \.groups, \.year, \.headcount)
        seatsChange =
            Self.lastYear(relaxed, \.schools, \.year, \.capacity) - Self.lastYear(plan, \.schools, \.year, \.capacity)
        decisionsDiffering = relaxed.like?.decisionsDiffering
    }

    static func admitted(_ plan: Plan) -> Double {
        plan.programmeLevels.reduce(0) { $0 + $1.intake }
    }

    static func lastYear<Row>(
        _ plan: Plan, _ rows: KeyPath<Plan, [Row]>, _ year: KeyPath<Row, Int>,
        _ amount: KeyPath<Row, Double>
    ) -> Double {
        guard let last = plan.years.last else { return 0 }
        return plan[keyPath: rows].filter { $0[keyPath: year] == last }.reduce(0) { $0 + $1[keyPath: amount] }
    }
}
