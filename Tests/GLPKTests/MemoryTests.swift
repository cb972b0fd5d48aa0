import GLPK
import TestSupport
import Testing

/// GLPK's own count of allocated memory blocks (`glp_mem_usage`), read after the
/// problem is deleted, is zero after every kind of solve.
@Suite("GLPK memory returns to zero")
struct MemoryTests {
    @Test("After an LP, a MIP, an infeasible model and a cancelled search")
    func afterSolves() throws {
        let example = try ManualExample()
        var sensitivity = SolverOptions()
        sensitivity.sensitivity = true
        #expect(try example.model.solve(sensitivity).glpkMemoryBlocksLeft == 0)
        #expect(try example.model.solve(SolverOptions(method: .interiorPoint)).glpkMemoryBlocksLeft == 0)
        #expect(try example.model.solve(SolverOptions(method: .exact)).glpkMemoryBlocksLeft == 0)

        let knapsack = try MultidimensionalKnapsack(items: 20, dimensions: 3, seed: 11).makeModel()
        #expect(try knapsack.solve().glpkMemoryBlocksLeft == 0)
        #expect(try knapsack.solve(SolverOptions(presolve: false)).glpkMemoryBlocksLeft == 0)
        var cancelled = SolverOptions()
        cancelled.progressInterval = 0
        cancelled.progressHandler = { _ in .stop }
        #expect(try knapsack.solve(cancelled).glpkMemoryBlocksLeft == 0)

        var infeasible = Model()
        let x = try infeasible.addVariable("x")
        try infeasible.addConstraint(x >= 3, name: "low")
        try infeasible.addConstraint(x <= 2, name: "high")
        try infeasible.setObjective(LinearExpression(x), sense: .minimize)
        for presolve in [true, false] {
            let solution = try infeasible.solve(SolverOptions(presolve: presolve))
            #expect(solution.status == .infeasible)
            #expect(solution.glpkMemoryBlocksLeft == 0)
        }
    }

    @Test("After a fatal error, the next solve on the same thread starts from zero")
    func afterFatalError() throws {
        let example = try ManualExample()
        for _ in 0..<50 {
            #expect(throws: GLPKError.self) { try GLPKLibrary.provokeFatalError() }
            let solution = try example.model.solve()
            #expect(solution.status == .optimal)
            #expect(solution.glpkMemoryBlocksLeft == 0)
        }
    }

    @Test("After reading and writing files, and after a file GLPK refuses")
    func afterFiles() throws {
        let folder = try TemporaryFolder()
        let example = try ManualExample()
        let path = folder.file("manual.lp")
        try example.model.write(to: path)
        let garbage = try folder.write("NAME\nROWS\n what is this\n", to: "garbage.mps")
        #expect(throws: GLPKError.self) { try Model.read(contentsOf: garbage) }
        let read = try Model.read(contentsOf: path)
        let solution = try read.solve()
        #expect(isApproximatelyEqual(try #require(solution.objectiveValue), 2200.0 / 3.0))
        #expect(solution.glpkMemoryBlocksLeft == 0)
    }
}
