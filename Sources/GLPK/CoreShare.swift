import Foundation
import Synchronization

/// A few cores that more solves than there are cores take turns on.
///
/// A solve runs only while it holds one of the share's cores: ``run(_:)`` waits in line
/// for a free one and hands the body a ``Turn``. A MIP search given that turn
/// (``SolverOptions/turn``) gives its core to the solve that has waited longest at the
/// first node after it has run for ``turnLength`` seconds while another waits, then
/// waits in line for the next free core. Its time limit counts only the time it runs.
///
/// So `n` searches on `k < n` cores advance together, and the longest runs alone at the
/// end only for as long as it outlasts the second longest. One solve per core in turn
/// (the next starting when one ends) instead leaves a core idle for all of the last
/// search's time, whichever it is. Cores change hands at most every ``turnLength``
/// seconds, far less often than the operating system's own time slices between more
/// threads than cores, which empty each search's caches: 8 searches as 8 threads on
/// 2 cores took 1.14 times the processor time of the same 8 one at a time, and
/// 0.98–1.02 times taking turns of 0.5 s in three runs of four (`skillplan-bench sweep
/// --jobs 8` and `sweep`, docs/benchmarks.md).
///
/// The order is first come, first served: a solve waiting for its first turn and one
/// waiting for its next stand in the same line.
///
/// Thread safety: any thread may call ``run(_:)``; a turn passes only on the thread that
/// ``run(_:)`` gave it to (elsewhere ``SolverOptions/turn`` is ignored), and only while
/// the body runs. A body must not call ``run(_:)`` of its own share: it would wait for
/// a core while holding one, forever when it holds the last.
public final class CoreShare: @unchecked Sendable {
    // Safe: `line` is read and written only while holding `condition`'s lock.
    /// How many solves run at once.
    public let cores: Int
    /// The least seconds a search runs before it gives its core to a waiting solve.
    public let turnLength: Double
    fileprivate let turnNanoseconds: UInt64
    private let condition = NSCondition()
    private var line: Line

    /// The cores and the line of solves waiting for one.
    private struct Line {
        /// Cores no solve holds.
        var free: Int
        /// The ticket the next solve to join the line gets.
        var nextTicket: UInt64 = 0
        /// The ticket served next; the tickets from here to `nextTicket` are waiting.
        var serving: UInt64 = 0

        var waiting: Bool { serving != nextTicket }
    }

    /// A share of `cores` cores.
    /// - Parameters:
    ///   - cores: how many solves run at once, at least 1.
    ///   - turnLength: the least seconds a search runs before it gives way; 0 gives way
    ///     at every node while another solve waits.
    /// - Throws: ``GLPKError`` `.invalidOption` naming the argument.
    public init(cores: Int, turnLength: Double = 0.5) throws {
        guard cores >= 1 else {
            throw GLPKError(
                .invalidOption, "a core share of \(cores) cores runs nothing; give at least 1", context: "cores")
        }
        guard turnLength.isFinite, turnLength >= 0, turnLength <= 3600 else {
            throw GLPKError(
                .invalidOption, "the turn length is \(turnLength) s; give a number of seconds from 0 to 3600, e.g. 0.5",
                context: "turnLength")
        }
        self.cores = cores
        self.turnLength = turnLength
        turnNanoseconds = UInt64((turnLength * 1e9).rounded())
        line = Line(free: cores)
    }

    /// Runs `body` on one of the cores: waits in line for a free core first, and frees
    /// it when `body` returns or throws.
    /// - Parameter body: the work; a MIP search inside it that is given the turn passes
    ///   it between nodes.
    /// - Returns: what `body` returns.
    public func run<R>(_ body: (Turn) throws -> R) rethrows -> R {
        condition.lock()
        waitInLine()
        condition.unlock()
        let turn = Turn(share: self)
        defer {
            turn.end()
            condition.lock()
            line.free += 1
            condition.broadcast()
            condition.unlock()
        }
        return try body(turn)
    }

    /// Gives way at a turn's end: when a solve waits, frees the core and waits in line.
    /// - Returns: the seconds spent waiting, or `nil` when no solve was waiting.
    fileprivate func giveWay() -> Double? {
        condition.lock()
        defer { condition.unlock() }
        guard line.waiting else { return nil }
        let started = DispatchTime.now().uptimeNanoseconds
        line.free += 1
        waitInLine()
        return Double(DispatchTime.now().uptimeNanoseconds - started) * 1e-9
    }

    /// Joins the end of the line and waits until it is at the head with a core free;
    /// takes the core. The caller holds the lock.
    private func waitInLine() {
        let ticket = line.nextTicket
        line.nextTicket &+= 1
        // A core the caller has just freed may serve the head of the line.
        condition.broadcast()
        while line.serving != ticket || line.free == 0 {
            condition.wait()
        }
        line.free -= 1
        line.serving &+= 1
        // The next in line may be at the head now, with a core free.
        condition.broadcast()
    }

    /// One solve's hold on a core of a ``CoreShare``, for the length of ``CoreShare/run(_:)``.
    public final class Turn: Sendable {
        private let share: CoreShare
        private let owner: pthread_t
        /// When the search last took its core, in `DispatchTime` nanoseconds.
        private let since: Atomic<UInt64>
        private let held: Atomic<Bool>

        fileprivate init(share: CoreShare) {
            self.share = share
            owner = pthread_self()
            since = Atomic(DispatchTime.now().uptimeNanoseconds)
            held = Atomic(true)
        }

        fileprivate func end() {
            held.store(false, ordering: .relaxed)
        }

        /// Where a search may give way: after ``CoreShare/turnLength`` seconds on the core,
        /// and only while another solve waits, frees the core and waits for the next.
        /// - Returns: the seconds spent waiting (0 when it did not give way).
        func pass() -> Double {
            let now = DispatchTime.now().uptimeNanoseconds
            guard now &- since.load(ordering: .relaxed) >= share.turnNanoseconds,
                held.load(ordering: .relaxed), pthread_equal(owner, pthread_self()) != 0,
                let waited = share.giveWay()
            else { return 0 }
            since.store(DispatchTime.now().uptimeNanoseconds, ordering: .relaxed)
            return waited
        }
    }
}
