import Foundation
import GLPK

#if canImport(Glibc)
    import Glibc
#endif

/// Solves scenarios in the background, at most one per worker thread (one per core by
/// default), the others waiting in line, first come first served.
///
/// GLPK is synchronous and keeps per-thread state, so each solve lives its whole life on
/// the worker thread that takes it: reading the scenario, building the model, the
/// search (one rule, no race) and checking the plan. Workers run at a lower scheduling
/// priority than the caller's threads, so that a server on the same cores keeps
/// answering while every worker searches.
///
/// A job whose progress nobody has watched for ``abandonAfter`` seconds (its page
/// closed, its client gone) is stopped with its best plan as soon as it has one, as if
/// the server had stopped it (a search without a plan ends at its time limit); ``shutdown(timeout:)`` stops every running search the same way and
/// takes the waiting ones off the queue.
///
/// Thread safety: every method may be called from any thread.
public final class SolveQueue: @unchecked Sendable {
    // Safe: `waiting`, `jobs`, `nextID`, `closing` and `running` are read and written
    // only while holding `condition`'s lock.
    private let condition = NSCondition()
    private var waiting: [SolveJob] = []
    private var jobs: [Int: SolveJob] = [:]
    private var nextID: Int
    private var closing = false
    private var running = 0
    private let done = DispatchGroup()

    /// The number of worker threads (solves at once).
    public let workers: Int
    /// Seconds without anyone watching after which a job is stopped.
    public let abandonAfter: Double
    /// Called on the worker thread when a job ends, before it is marked done.
    private let onFinish: @Sendable (SolveJob, SolveOutcome) -> Void

    /// A queue with its workers started.
    ///
    /// - Parameters:
    ///   - workers: solves at once (at least 1); the default is one per core.
    ///   - firstID: the first job's number.
    ///   - abandonAfter: seconds without a watcher after which a job is stopped.
    ///   - onFinish: called on the worker thread with each job's outcome, before the
    ///     job is marked done (to keep the result); must not throw or block for long.
    public init(
        workers: Int = ProcessInfo.processInfo.activeProcessorCount, firstID: Int = 1, abandonAfter: Double = 120,
        onFinish: @escaping @Sendable (SolveJob, SolveOutcome) -> Void = { _, _ in }
    ) {
        self.workers = max(1, workers)
        self.nextID = firstID
        self.abandonAfter = abandonAfter
        self.onFinish = onFinish
        for index in 0..<self.workers {
            done.enter()
            let thread = Thread { [self] in
                lowerPriority()
                work()
                done.leave()
            }
            thread.name = "skillplan-solve-\(index + 1)"
            thread.stackSize = 64 << 20
            thread.start()
        }
    }

    /// Puts a solve in line.
    ///
    /// - Parameter request: what to solve.
    /// - Returns: the job, queued; `nil` when the queue is shutting down.
    public func submit(_ request: SolveRequest) -> SolveJob? {
        condition.lock()
        defer { condition.unlock() }
        guard !closing else { return nil }
        let job = SolveJob(id: nextID, request: request)
        nextID += 1
        jobs[job.id] = job
        waiting.append(job)
        condition.signal()
        return job
    }

    /// A job by its number.
    public func job(_ id: Int) -> SolveJob? {
        condition.lock()
        defer { condition.unlock() }
        return jobs[id]
    }

    /// Every job submitted, newest first.
    public var allJobs: [SolveJob] {
        condition.lock()
        defer { condition.unlock() }
        return jobs.values.sorted { $0.id > $1.id }
    }

    /// A waiting job's place in line (1: next to start), or `nil` when it is not waiting.
    public func place(of job: SolveJob) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        return waiting.firstIndex { $0 === job }.map { $0 + 1 }
    }

    /// Takes the next job number without queueing anything, for a result made outside
    /// the queue (a plan evaluated as given), so that results and jobs never share one.
    public func takeNumber() -> Int {
        condition.lock()
        defer { condition.unlock() }
        nextID += 1
        return nextID - 1
    }

    /// Jobs waiting and jobs running.
    public var load: (waiting: Int, running: Int) {
        condition.lock()
        defer { condition.unlock() }
        return (waiting.count, running)
    }

    /// Stops the queue: waiting jobs end as cancelled, running searches are stopped
    /// (each keeps its best plan, stopped by the server), and the workers end.
    ///
    /// - Parameter timeout: the most seconds to wait for the running solves to end.
    /// - Returns: whether every worker ended in time.
    @discardableResult
    public func shutdown(timeout: Double = 30) -> Bool {
        condition.lock()
        closing = true
        let cancelled = waiting
        waiting.removeAll()
        let all = Array(jobs.values)
        condition.broadcast()
        condition.unlock()
        for job in cancelled {
            onFinish(job, .cancelled)
            job.finish(.cancelled)
        }
        for job in all { job.stop(by: .server) }
        return done.wait(timeout: .now() + timeout) == .success
    }

    // MARK: - Workers

    private func work() {
        while let job = next() {
            if let stop = job.stopRequested {
                let outcome: SolveOutcome =
                    stop == .server
                    ? .cancelled
                    : .failed(message: "stopped before the search started", issues: [])
                onFinish(job, outcome)
                job.finish(outcome)
            } else {
                let outcome = solve(job)
                onFinish(job, outcome)
                job.finish(outcome)
            }
            condition.lock()
            running -= 1
            condition.unlock()
        }
    }

    private func next() -> SolveJob? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty && !closing { condition.wait() }
        guard !closing, !waiting.isEmpty else { return nil }
        running += 1
        return waiting.removeFirst()
    }

    /// One solve, on the calling worker thread.
    private func solve(_ job: SolveJob) -> SolveOutcome {
        job.setPhase(.building)
        let loaded: LoadedScenario
        do {
            loaded = try ScenarioLoader.load(
                path: job.request.scenarioPath, currentDirectory: job.request.displayFolder)
        } catch let error as ScenarioError {
            return .failed(message: error.description, issues: error.issues)
        } catch {
            return .failed(message: "\(error)", issues: [])
        }
        if let prices = job.request.prices { return price(job, prices, loaded: loaded) }
        var request = job.request.plan
        request.race = false
        request.destination = nil
        request.save = nil
        let abandonAfter = self.abandonAfter
        request.progress = { [job] progress in
            job.report(progress)
            // Abandoned: stop once there is a plan to keep (else the time limit ends it).
            if progress.bestObjective != nil, job.unwatchedSeconds > abandonAfter { job.stop(by: .server) }
        }
        request.stop = job.planningStop
        do {
            let outcome: PlanOutcome
            if let given = job.request.given {
                var options = PlanningOptions(timeLimit: request.timeLimit, mipGap: request.mipGap)
                options.progressHandler = request.progress
                options.stop = request.stop
                options.race = false
                outcome = try PlanEvaluation.evaluate(loaded, given: given, optimiseRest: true, options: options)
            } else {
                outcome = try ScenarioPlanning.plan(loaded, scenarioPath: job.request.scenarioPath, request: request)
            }
            return .plan(
                PlanningResult(plan: outcome.plan, violations: outcome.violations), inputs: loaded.inputFiles,
                stoppedBy: job.stopRequested)
        } catch let error as PlanningError {
            if let stop = job.stopRequested, case .noPlan = error {
                return .failed(
                    message: stop == .planner
                        ? "stopped before the search found a plan"
                        : "the server stopped before the search found a plan", issues: [])
            }
            return .failed(message: error.description, issues: [])
        } catch {
            return .failed(message: "\(error)", issues: [])
        }
    }

    /// A plan's target prices, on the calling worker thread: one relaxed solve at a time
    /// (the queue keeps one job per core), within the request's time limit (the
    /// scenario's when `nil`), stopped with the job.
    private func price(_ job: SolveJob, _ prices: PriceRequest, loaded: LoadedScenario) -> SolveOutcome {
        guard loaded.inputHash == prices.plan.inputHash else {
            return .failed(
                message:
                    "the scenario's files changed since this plan was made (its input hash differs): solve it again, then price its targets",
                issues: [])
        }
        var options = PlanningOptions(timeLimit: job.request.plan.timeLimit, mipGap: job.request.plan.mipGap)
        options.stop = job.planningStop
        options.race = false
        var seen = Set<String>()
        let targets = loaded.scenario.targets.map(\.id).filter { seen.insert($0).inserted }
        job.reportPricing(targets: targets)
        job.reportPrices(done: 0, of: targets.count)
        var pricer = TargetPricing(
            scenario: loaded.scenario, plan: prices.plan, relaxation: prices.relaxation, options: options, jobs: 1)
        pricer.targetProgress = { [job] in job.report($0) }
        let pricing = pricer.run { [job] done, total in job.reportPrices(done: done, of: total) }
        var plan = prices.plan
        plan.targetPrices = pricing.prices
        plan.run.targetPricesSeconds = pricing.seconds
        plan.run.targetPricesJobs = pricing.jobs
        plan.run.targetPriceSeconds = pricing.solveSeconds
        return .plan(
            PlanningResult(plan: plan, violations: PlanChecker(scenario: loaded.scenario).check(plan)),
            inputs: loaded.inputFiles, stoppedBy: job.stopRequested)
    }

    /// Runs the calling thread at a lower priority (nice 10 on Linux, where the nice
    /// value belongs to a thread and `who` 0 is the calling one).
    private func lowerPriority() {
        #if os(Linux)
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
        #endif
    }
}
