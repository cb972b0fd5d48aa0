import Foundation
import GLPK
import TestSupport
import Testing

/// Solves taking turns on fewer cores than there are solves: never more at once than
/// the cores, a search gives way to a waiting solve and resumes with the same plan, and
/// its time limit counts only the time it runs.
@Suite("Core share")
struct CoreShareTests {
    /// Runs `body` on a thread of its own (with the large stack GLPK's search needs) and
    /// returns a semaphore signalled when it ends.
    static func spawn(_ body: @escaping @Sendable () -> Void) -> DispatchSemaphore {
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            body()
            done.signal()
        }
        thread.stackSize = 16 << 20
        thread.start()
        return done
    }

    /// A progress handler that signals `semaphore` at the search's first report: the
    /// search is under way.
    static func signalOnce(_ semaphore: DispatchSemaphore) -> @Sendable (MIPProgress) -> MIPProgress.Decision {
        let signalled = LockedBox(false)
        return { _ in
            if signalled.withLock({
                let was = $0
                $0 = true
                return !was
            }) {
                semaphore.signal()
            }
            return .proceed
        }
    }

    @Test("No more bodies run at once than the share has cores, and every body runs")
    func atMostCores() throws {
        let share = try CoreShare(cores: 2)
        let counts = LockedBox((running: 0, most: 0, ran: 0))
        let threads = (0..<6).map { _ in
            Self.spawn {
                share.run { _ in
                    counts.withLock {
                        $0.running += 1
                        $0.most = max($0.most, $0.running)
                        $0.ran += 1
                    }
                    Thread.sleep(forTimeInterval: 0.02)
                    counts.withLock { $0.running -= 1 }
                }
            }
        }
        for done in threads { done.wait() }
        let final = counts.withLock { $0 }
        #expect(final.ran == 6)
        #expect(final.most <= 2)
        #expect(final.running == 0)
    }

    @Test("A search gives its core to a waiting solve between nodes, then ends with the plan it finds alone")
    func givesWay() throws {
        let model = try MultidimensionalKnapsack(items: 100, dimensions: 10, seed: 3).makeModel()
        var limited = SolverOptions()
        limited.nodeLimit = 3000
        let options = limited
        let alone = try model.solve(options)
        #expect(alone.status == .feasible(.nodeLimit))

        let share = try CoreShare(cores: 1, turnLength: 0)
        let searching = DispatchSemaphore(value: 0)
        let events = LockedBox<[String]>([])
        let shared = LockedBox<Solution?>(nil)
        let first = Self.spawn {
            share.run { turn in
                var mine = options
                mine.turn = turn
                mine.progressInterval = 0
                mine.progressHandler = Self.signalOnce(searching)
                let solution = try? model.solve(mine)
                shared.withLock { $0 = solution }
                events.withLock { $0.append("search ends") }
            }
        }
        searching.wait()
        let second = Self.spawn {
            share.run { _ in events.withLock { $0.append("waiting solve runs") } }
        }
        second.wait()
        first.wait()
        // One core: the second solve could run only because the search gave way.
        #expect(events.withLock { $0 } == ["waiting solve runs", "search ends"])
        let solution = try #require(shared.withLock { $0 })
        #expect(solution.status == alone.status)
        #expect(solution.nodes == alone.nodes)
        #expect(solution.objectiveValue == alone.objectiveValue)
        #expect(solution.values == alone.values)
    }

    @Test("A search's time limit counts the time it runs, not the time it waits for its core")
    func timeLimitExcludesWaiting() throws {
        let model = try MultidimensionalKnapsack(items: 100, dimensions: 10, seed: 3).makeModel()
        let share = try CoreShare(cores: 1, turnLength: 0)
        let searching = DispatchSemaphore(value: 0)
        let outcome = LockedBox<(Solution?, Double)>((nil, 0))
        let first = Self.spawn {
            share.run { turn in
                var options = SolverOptions()
                options.timeLimit = 0.5
                options.turn = turn
                options.progressInterval = 0
                options.progressHandler = Self.signalOnce(searching)
                let clock = ContinuousClock()
                let started = clock.now
                let solution = try? model.solve(options)
                let elapsed = clock.now - started
                outcome.withLock { $0 = (solution, elapsed / .seconds(1)) }
            }
        }
        searching.wait()
        // Holds the only core for a second while the search waits for it.
        let holder = Self.spawn { share.run { _ in Thread.sleep(forTimeInterval: 1.0) } }
        holder.wait()
        first.wait()
        let (solution, wall) = outcome.withLock { $0 }
        #expect(solution?.status == .feasible(.timeLimit))
        // Half a second of search plus the second it waited: GLPK's own limit, on the
        // wall clock, would have stopped it as soon as it had its core back.
        #expect(wall >= 1.4, "the search ended after \(wall) s")
    }

    @Test("A share without cores, or with a negative turn, is refused with the fix")
    func validation() {
        let noCores = #expect(throws: GLPKError.self) { try CoreShare(cores: 0) }
        #expect(noCores?.code == .invalidOption)
        #expect(noCores?.description == "cores: a core share of 0 cores runs nothing; give at least 1")
        let negative = #expect(throws: GLPKError.self) { try CoreShare(cores: 2, turnLength: -1) }
        #expect(
            negative?.description
                == "turnLength: the turn length is -1.0 s; give a number of seconds from 0 to 3600, e.g. 0.5")
    }

    @Test("A race refuses a member with a turn: its members run on threads of their own")
    func raceRefusesTurn() throws {
        let model = try MultidimensionalKnapsack(items: 30, dimensions: 3, seed: 7).makeModel()
        let share = try CoreShare(cores: 1)
        let error = share.run { turn in
            var member = SolverOptions()
            member.turn = turn
            return #expect(throws: GLPKError.self) { try model.solveRace([SolverOptions(), member]) }
        }
        #expect(error?.code == .invalidOption)
        #expect(
            error?.description
                == "turn: member 1 of the race has a core share's turn, but a race runs its members on threads of its own; solve it alone in the turn, or race outside the share"
        )
    }
}
