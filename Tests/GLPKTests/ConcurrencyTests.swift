import Dispatch
import GLPK
import TestSupport
import Testing

/// GLPK keeps its environment per thread; each solve is one synchronous call on one
/// thread, so solves on different threads must be independent, fatal errors included.
@Suite("Concurrent solves")
struct ConcurrencyTests {
    /// The best profit of a small knapsack by enumerating every subset.
    static func bruteForce(_ knapsack: MultidimensionalKnapsack) -> Double {
        var best = 0.0
        for subset in 0..<(1 << knapsack.items) {
            let plan = (0..<knapsack.items).map { Double((subset >> $0) & 1) }
            let fits = (0..<knapsack.dimensions).allSatisfy { i in
                zip(knapsack.weights[i], plan).reduce(0) { $0 + $1.0 * $1.1 } <= knapsack.capacities[i]
            }
            if fits { best = max(best, knapsack.profit(of: plan)) }
        }
        return best
    }

    @Test("400 concurrent solves of different LPs and MIPs, with fatal errors interleaved: all correct")
    func concurrentSolves() throws {
        let count = 400
        // What every job should find, computed up front on this thread.
        let knapsacks = (0..<count).map { MultidimensionalKnapsack(items: 10, dimensions: 2, seed: UInt64($0)) }
        let knapsackOptima = (0..<count).map { $0 % 4 == 1 ? Self.bruteForce(knapsacks[$0]) : 0 }
        let failures = LockedBox<[String]>([])
        let kinds = LockedBox<[Int]>([0, 0, 0])
        DispatchQueue.concurrentPerform(iterations: count) { job in
            func fail(_ message: String) { failures.withLock { $0.append("job \(job): \(message)") } }
            do {
                switch job % 4 {
                case 0, 2:
                    let lp = KnownOptimumLP(
                        rows: 3 + job % 9, columns: 3 + job % 13, density: 0.5, seed: UInt64(job),
                        sense: job % 8 == 0 ? .maximize : .minimize)
                    let solution = try lp.makeModel().solve(SolverOptions(presolve: job % 3 == 0))
                    guard solution.status == .optimal,
                        let objective = solution.objectiveValue,
                        isApproximatelyEqual(objective, lp.optimalObjective, absoluteTolerance: 1e-6),
                        isApproximatelyEqual(
                            solution.values, lp.optimalValues, relativeTolerance: 1e-7, absoluteTolerance: 1e-6),
                        solution.glpkMemoryBlocksLeft == 0
                    else {
                        return fail(
                            "LP \(solution.status) \(String(describing: solution.objectiveValue)) vs \(lp.optimalObjective)"
                        )
                    }
                    kinds.withLock { $0[0] += 1 }
                case 1:
                    let solution = try knapsacks[job].makeModel().solve()
                    guard solution.status == .optimal, solution.objectiveValue == knapsackOptima[job] else {
                        return fail(
                            "MIP \(solution.status) \(String(describing: solution.objectiveValue)) vs \(knapsackOptima[job])"
                        )
                    }
                    kinds.withLock { $0[1] += 1 }
                default:
                    do {
                        try GLPKLibrary.provokeFatalError()
                        fail("no fatal error")
                    } catch let error as GLPKError where error.code == .fatal {
                        kinds.withLock { $0[2] += 1 }
                    }
                }
            } catch {
                fail("\(error)")
            }
        }
        #expect(failures.withLock { $0 } == [])
        #expect(kinds.withLock { $0 } == [200, 100, 100])
    }

    @Test("Solves in a task group, each checked against its known optimum")
    func taskGroup() async throws {
        let results = try await withThrowingTaskGroup(of: Bool.self) { group in
            for job in 0..<100 {
                group.addTask {
                    if job % 10 == 3 {
                        return (try? GLPKLibrary.provokeFatalError()) == nil
                    }
                    let lp = KnownOptimumLP(
                        rows: 5 + job % 20, columns: 6 + job % 17, density: 0.3, seed: UInt64(1000 + job))
                    let solution = try lp.makeModel().solve()
                    return solution.objectiveValue.map {
                        isApproximatelyEqual($0, lp.optimalObjective, absoluteTolerance: 1e-6)
                    } ?? false
                }
            }
            var all: [Bool] = []
            for try await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 100)
        #expect(results.allSatisfy { $0 })
    }
}
