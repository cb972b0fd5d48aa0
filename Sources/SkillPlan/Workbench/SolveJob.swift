import Foundation
import Synchronization

/// One solve in a ``SolveQueue``: its request, its state as it goes, and its outcome.
///
/// Thread safety: every property may be read from any thread; the worker that runs it
/// is the only writer of its progress and outcome.
public final class SolveJob: Sendable, Identifiable {
    /// Where a job is.
    public enum Phase: String, Sendable {
        /// Waiting for a free core.
        case queued
        /// Reading the scenario and building the model.
        case building
        /// The MIP search is on.
        case searching
        /// Ended: see ``outcome``.
        case done
    }

    /// A snapshot of a job.
    public struct Status: Sendable {
        /// Where it is.
        public var phase: Phase
        /// The last progress report of the search, if any.
        public var progress: PlanningProgress?
        /// The outcome, once ``phase`` is `.done`.
        public var outcome: SolveOutcome?
        /// Whether Stop was asked for.
        public var stopRequested: SolveStop?
        /// Seconds since the job was submitted.
        public var age: Double
        /// For a pricing (``SolveRequest/prices``): targets priced so far, and their number.
        public var targetsPriced: (done: Int, total: Int)?
        /// For a pricing: each target, in the prices' order, with its price once priced.
        public var pricing: [PricingTarget]
    }

    /// One target of a pricing job as its progress page shows it.
    public struct PricingTarget: Sendable {
        /// The target's id.
        public var target: String
        /// Whether it is being priced now.
        public var running: Bool
        /// Its relaxed search's last progress while it runs (none during the proof).
        public var search: PlanningProgress?
        /// Its price, once priced.
        public var price: TargetPrice?

        /// A target of a pricing.
        public init(target: String, running: Bool = false, search: PlanningProgress? = nil, price: TargetPrice? = nil) {
            self.target = target
            self.running = running
            self.search = search
            self.price = price
        }
    }

    /// The job's number, unique in its queue.
    public let id: Int
    /// What is solved.
    public let request: SolveRequest
    /// When it was submitted.
    public let submitted: ContinuousClock.Instant

    private struct State {
        var phase: Phase = .queued
        var progress: PlanningProgress?
        var outcome: SolveOutcome?
        var stop: SolveStop?
        var lastWatched: ContinuousClock.Instant
        var priced: (done: Int, total: Int)?
        var pricing: [PricingTarget] = []
    }
    private let state: Mutex<State>
    private let finished = DispatchSemaphore(value: 0)
    /// Ends the search at its next progress report, keeping its best plan.
    let planningStop = PlanningStop()

    init(id: Int, request: SolveRequest) {
        self.id = id
        self.request = request
        let now = ContinuousClock.now
        self.submitted = now
        self.state = Mutex(State(lastWatched: now))
    }

    /// The job's state now.
    public var status: Status {
        state.withLock { state in
            Status(
                phase: state.phase, progress: state.progress, outcome: state.outcome, stopRequested: state.stop,
                age: (ContinuousClock.now - submitted) / .seconds(1), targetsPriced: state.priced,
                pricing: state.pricing)
        }
    }

    /// Asks the search to stop with its best plan (a job still queued ends without one).
    ///
    /// - Parameter by: who asks.
    public func stop(by: SolveStop = .planner) {
        state.withLock { state in
            if state.stop == nil { state.stop = by }
        }
        planningStop.stop()
    }

    /// Notes that someone is watching the job (its page or its progress stream), so the
    /// queue does not stop it as abandoned.
    public func watched() {
        state.withLock { $0.lastWatched = ContinuousClock.now }
    }

    /// Seconds since someone last watched the job.
    var unwatchedSeconds: Double {
        state.withLock { (ContinuousClock.now - $0.lastWatched) / .seconds(1) }
    }

    /// Who asked the search to stop, if anyone.
    var stopRequested: SolveStop? { state.withLock { $0.stop } }

    func setPhase(_ phase: Phase) {
        state.withLock { $0.phase = phase }
    }

    func report(_ progress: PlanningProgress) {
        state.withLock { state in
            // Two reports of one phase may come from two search rules: keep the best plan
            // and bound. A new phase starts its own (phase 2's cost is not comparable
            // with phase 1's bound on the shortfall).
            var merged = progress
            if let old = state.progress, old.phase == progress.phase {
                if let oldBest = old.bestObjective {
                    merged.bestObjective = min(progress.bestObjective ?? oldBest, oldBest)
                }
                if old.bound.isFinite { merged.bound = max(progress.bound, old.bound) }
                if let best = merged.bestObjective, merged.bound.isFinite {
                    merged.gap = abs(best - merged.bound) / max(abs(best), 1e-9)
                }
            }
            state.progress = merged
            if state.phase == .building { state.phase = .searching }
        }
    }

    func reportPrices(done: Int, of total: Int) {
        state.withLock { state in
            state.priced = (max(done, state.priced?.done ?? 0), total)
            if state.phase == .building { state.phase = .searching }
        }
    }

    /// Notes the targets of a pricing, none priced yet.
    func reportPricing(targets: [String]) {
        state.withLock { state in
            state.pricing = targets.map { PricingTarget(target: $0, running: false, search: nil, price: nil) }
        }
    }

    /// Notes what one target's pricing is doing.
    func report(_ progress: TargetPricing.TargetProgress) {
        state.withLock { state in
            switch progress {
            case .started(let index, _):
                guard index < state.pricing.count else { return }
                state.pricing[index].running = true
            case .searching(let index, _, let search):
                guard index < state.pricing.count else { return }
                state.pricing[index].search = search
            case .priced(let index, let price):
                guard index < state.pricing.count else { return }
                state.pricing[index].running = false
                state.pricing[index].search = nil
                state.pricing[index].price = price
            }
            if state.phase == .building { state.phase = .searching }
        }
    }

    func finish(_ outcome: SolveOutcome) {
        state.withLock { state in
            state.outcome = outcome
            state.phase = .done
        }
        finished.signal()
    }

    /// Waits until the job is done.
    ///
    /// - Parameter timeout: the most seconds to wait.
    /// - Returns: whether it is done.
    @discardableResult
    public func wait(timeout: Double) -> Bool {
        guard finished.wait(timeout: .now() + timeout) == .success else { return false }
        finished.signal()
        return true
    }
}
