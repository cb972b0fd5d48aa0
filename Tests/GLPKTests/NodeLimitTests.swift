import GLPK
import TestSupport
import Testing

@Suite("MIP node limit and node count")
struct NodeLimitTests {
    @Test("A node limit stops the search with its incumbent, at the same plan in every run")
    func stopsReproducibly() throws {
        let model = try MultidimensionalKnapsack(items: 100, dimensions: 10, seed: 3).makeModel()
        var options = SolverOptions()
        options.nodeLimit = 200
        let first = try model.solve(options)
        #expect(first.status == .feasible(.nodeLimit))
        #expect(first.status.description == "feasible (node limit)")
        let nodes = try #require(first.nodes)
        // The limit is checked where GLPK selects the next node; a branching adds two.
        #expect((200...202).contains(nodes))
        let bound = try #require(first.bestBound)
        let incumbent = try #require(first.objectiveValue)
        #expect(bound >= incumbent)  // a maximisation: the bound is above the plan
        #expect(first.glpkMemoryBlocksLeft == 0)
        for _ in 0..<3 {
            let again = try model.solve(options)
            #expect(again.status == first.status)
            #expect(again.nodes == first.nodes)
            #expect(again.objectiveValue == first.objectiveValue)
            #expect(again.values == first.values)
        }
    }

    @Test("A search that finishes within its node limit is optimal and reports its nodes")
    func finishesWithin() throws {
        let model = try MultidimensionalKnapsack(items: 30, dimensions: 3, seed: 7).makeModel()
        let free = try model.solve()
        #expect(free.status == .optimal)
        #expect(free.objectiveValue == 13965)
        let nodes = try #require(free.nodes)
        #expect(nodes > 1)
        var options = SolverOptions()
        options.nodeLimit = nodes + 10
        let limited = try model.solve(options)
        #expect(limited.status == .optimal)
        #expect(limited.nodes == nodes)
        #expect(limited.objectiveValue == 13965)
        // Tighter than the search needs: stopped, with fewer nodes.
        options.nodeLimit = max(nodes / 2, 1)
        let stopped = try model.solve(options)
        #expect(stopped.status.stopReason == .nodeLimit)
        #expect(try #require(stopped.nodes) < nodes)
    }

    @Test("An LP has no node count; a node limit of 0 is refused with the fix")
    func lpAndValidation() throws {
        let example = try ManualExample()
        #expect(try example.model.solve().nodes == nil)
        var options = SolverOptions()
        options.nodeLimit = 0
        let error = #expect(throws: GLPKError.self) { try example.model.solve(options) }
        #expect(error?.code == .invalidOption)
        #expect(error?.description == "nodeLimit: the node limit is 0; give a count from 1 to 2147483647")
    }
}
