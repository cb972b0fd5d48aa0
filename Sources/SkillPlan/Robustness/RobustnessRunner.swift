import GLPK

/// Solves a scenario with each uncertain input at its low and at its high value, one at
/// a time, and with every input low and every input high (the corners): each case on its
/// own thread with one GLPK problem, more cases in progress than cores taking turns on
/// them (`GLPK.CoreShare`, as a sweep does), results in case order.
public struct RobustnessRunner: Sendable {
    /// The scenario as given.
    public let scenario: Scenario
    /// The uncertain inputs.
    public let ranges: InputRanges
    /// Time limit, gap and node limit of each case's solve (the scenario's where `nil`;
    /// ``SweepRunner/defaultNodeLimit`` nodes when `nodeLimit` is `nil`, so that a case
    /// gives the same plan in every run).
    public var options: PlanningOptions
    /// Cores: cases solved at once.
    public var jobs: Int

    /// A runner.
    public init(
        scenario: Scenario, ranges: InputRanges, options: PlanningOptions = PlanningOptions(),
        jobs: Int = WorkerPool.cores
    ) {
        self.scenario = scenario
        self.ranges = ranges
        self.options = options
        self.jobs = jobs
    }

    /// Solves every case.
    /// - Parameter progress: called after each case with the cases done and the total, on any thread.
    /// - Returns: the study.
    /// - Throws: ``RobustnessError`` when a range names a row the scenario does not have.
    public func run(progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> RobustnessResult {
        let cases = RobustnessCase.cases(for: ranges.inputs)
        let scenarios = try cases.map { try $0.scenario(from: scenario, inputs: ranges.inputs) }
        let solveOptions = SweepRunner.pointOptions(options)
        let cores = max(1, jobs)
        let open = SweepRunner.defaultInProgress(points: cases.count, jobs: cores)
        let share = try CoreShare(cores: cores, turnLength: SweepRunner.defaultTurnLength)
        let total = cases.count
        let finished: @Sendable (Int) -> Void = { done in progress?(done, total) }
        let results = try WorkerPool.map(count: total, jobs: max(cores, open), finished: finished) { n in
            share.run { turn in
                var options = solveOptions
                options.turn = turn
                return Self.solve(scenarios[n], case: cases[n], options: options)
            }
        }
        return RobustnessResult(scenario: scenario, inputs: ranges.inputs, cases: results)
    }

    static func solve(_ scenario: Scenario, case robustnessCase: RobustnessCase, options: PlanningOptions)
        -> RobustnessCaseResult
    {
        func failed(_ status: String, _ note: OutcomeNote) -> RobustnessCaseResult {
            RobustnessCaseResult(
                robustnessCase: robustnessCase, status: status, cost: nil, shortfalls: [:], attainment: [:],
                note: note.en, noteZh: note.zh)
        }
        let issues = ScenarioValidator.issues(in: scenario)
        guard issues.isEmpty else {
            return failed("invalid", .invalid(issues))
        }
        do {
            let result = try Planner.solve(scenario, inputHash: ScenarioHash.hash(of: scenario), options: options)
            guard result.violations.isEmpty else { return failed("failed", .check(result.violations[0])) }
            var shortfalls: [String: Double] = [:]
            var attainment: [String: Double] = [:]
            for id in SweepRunner.targetIDs(scenario) { shortfalls[id] = 0 }
            for row in result.plan.targets {
                shortfalls[row.target, default: 0] += row.shortfall
                let ratio: Double?
                if row.kind == .studentTeacherRatio {
                    ratio = row.achieved > 0 ? row.required / row.achieved : nil
                } else {
                    ratio = row.required > 0 ? row.achieved / row.required : nil
                }
                if let ratio { attainment[row.target] = min(attainment[row.target] ?? .infinity, ratio) }
            }
            return RobustnessCaseResult(
                robustnessCase: robustnessCase, status: result.plan.solver.status,
                cost: result.plan.costs.total, shortfalls: shortfalls, attainment: attainment,
                note: result.plan.solver.stopReason ?? "", noteZh: OutcomeNote.stopped(result.plan.solver.stopReason).zh
            )
        } catch let error as PlanningError {
            switch error {
            case .infeasible: return failed("infeasible", .planning(error))
            case .unbounded: return failed("unbounded", .planning(error))
            case .noPlan, .schoolNoPlan: return failed("no plan", .planning(error))
            }
        } catch {
            return failed("failed", .failure(error))
        }
    }
}
