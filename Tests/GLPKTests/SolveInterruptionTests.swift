import Dispatch
import GLPK
import TestSupport
import Testing

@Suite("Stopping a solve from another thread")
struct SolveInterruptionTests {
    /// 100 items in 10 dimensions: more than 200 nodes to optimality (NodeLimitTests).
    let knapsack = MultidimensionalKnapsack(items: 100, dimensions: 10, seed: 3)

    @Test("A request from another thread ends the search at the next node, with its incumbent and bound")
    func stopsBetweenNodes() throws {
        let model = try knapsack.makeModel()
        let interruption = SolveInterruption()
        let reached = DispatchSemaphore(value: 0)
        let requested = DispatchSemaphore(value: 0)
        let asked = LockedBox(false)
        // The requesting thread waits until the search has 50 nodes and a plan; the search
        // waits in its progress call until the request is made, so where it stops is known.
        DispatchQueue.global().async {
            reached.wait()
            #expect(interruption.request())
            #expect(!interruption.request())
            requested.signal()
        }
        var options = SolverOptions()
        options.progressInterval = 0
        options.interruption = interruption
        options.progressHandler = { progress in
            let first = asked.withLock { asked in
                defer { if progress.totalNodes >= 50, progress.incumbent != nil { asked = true } }
                return !asked && progress.totalNodes >= 50 && progress.incumbent != nil
            }
            if first {
                reached.signal()
                requested.wait()
            }
            return .proceed
        }
        let solution = try model.solve(options)
        #expect(interruption.isRequested)
        #expect(solution.status == .feasible(.interrupted))
        #expect(solution.status.description == "feasible (interrupted)")
        let nodes = try #require(solution.nodes)
        #expect((50...60).contains(nodes))
        let incumbent = try #require(solution.objectiveValue)
        let bound = try #require(solution.bestBound)
        #expect(bound >= incumbent)  // a maximisation
        #expect(knapsack.profit(of: solution.values) == incumbent)
        #expect(solution.glpkMemoryBlocksLeft == 0)
    }

    @Test("A solve asked to stop before it begins returns at once: no plan for an LP")
    func requestedBeforeLP() throws {
        let model = try knapsack.makeModel()
        let interruption = SolveInterruption()
        interruption.request()
        var options = SolverOptions()
        options.relaxIntegrality = true
        options.interruption = interruption
        let solution = try model.solve(options)
        #expect(solution.status == .noSolution(.interrupted))
        #expect(solution.values.isEmpty)
        #expect(solution.objectiveValue == nil)
        #expect(!solution.isInteger)
    }

    @Test("A MIP stopped before its search keeps the feasible start plan, with its profit and row activities")
    func keepsStart() throws {
        let model = try knapsack.makeModel()
        let greedy = knapsack.greedyPlan()
        for presolve in [true, false] {
            let interruption = SolveInterruption()
            interruption.request()
            var options = SolverOptions(presolve: presolve)
            options.start = greedy
            options.interruption = interruption
            let solution = try model.solve(options)
            #expect(solution.status == .feasible(.interrupted))
            #expect(solution.values == greedy)
            #expect(solution.objectiveValue == knapsack.profit(of: greedy))
            #expect(solution.activities.count == model.constraintCount)
            #expect(solution.startAccepted == true)
            #expect(solution.bestBound == nil)
        }
    }

    @Test("A start plan that breaks a constraint is not kept: no plan")
    func infeasibleStartNotKept() throws {
        let model = try knapsack.makeModel()
        let interruption = SolveInterruption()
        interruption.request()
        var options = SolverOptions()
        options.start = Array(repeating: 1, count: model.variableCount)  // every item: over every capacity
        options.interruption = interruption
        let solution = try model.solve(options)
        #expect(solution.status == .noSolution(.interrupted))
        #expect(solution.values.isEmpty)
    }

    @Test("A request during the root's relaxation stops before the first branching and keeps the start")
    func stopsAtRoot() throws {
        let model = try knapsack.makeModel()
        let greedy = knapsack.greedyPlan()
        let interruption = SolveInterruption()
        var options = SolverOptions(presolve: false)
        options.start = greedy
        options.interruption = interruption
        // GLPK's log is written while the relaxation is solved, before the search's first callback.
        options.logHandler = { _ in interruption.request() }
        let solution = try model.solve(options)
        #expect(solution.status == .feasible(.interrupted))
        #expect(try #require(solution.objectiveValue) >= knapsack.profit(of: greedy))
        #expect(solution.nodes ?? 0 <= 1)
        #expect(solution.glpkMemoryBlocksLeft == 0)
    }

    @Test("One request stops every member of a race")
    func stopsRace() throws {
        let model = try knapsack.makeModel()
        let interruption = SolveInterruption()
        var first = SolverOptions()
        first.interruption = interruption
        first.progressInterval = 0
        first.progressHandler = { progress in
            if progress.totalNodes >= 20, progress.incumbent != nil { interruption.request() }
            return .proceed
        }
        var second = first
        second.backtracking = .depthFirst
        let (solution, _) = try model.solveRace([first, second])
        #expect(solution.status.stopReason == .interrupted)
        #expect(interruption.isRequested)
    }
}
