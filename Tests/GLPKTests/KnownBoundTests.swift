import GLPK
import TestSupport
import Testing

/// `SolverOptions.knownBound`: a bound proven by an earlier search of the same model
/// (here: one stopped at a node limit) lets a later search from a good enough plan end at
/// once, and is reported when it is better than the later search's own.
@Suite("MIP known bound")
struct KnownBoundTests {
    @Test("A start plan within the gap of the known bound is returned at once, without a search")
    func startWithinGap() throws {
        let model = try MultidimensionalKnapsack(items: 30, dimensions: 3, seed: 7).makeModel()
        let optimum = try model.solve()
        #expect(optimum.status == .optimal)
        #expect(optimum.objectiveValue == 13965)
        var options = SolverOptions()
        options.start = optimum.values
        options.knownBound = 14_000  // a maximisation: an upper bound, 0.25% above the plan
        options.mipGap = 0.005
        let solution = try model.solve(options)
        #expect(solution.status == .feasible(.gapLimit))
        #expect(solution.nodes == 0)
        #expect(solution.objectiveValue == 13965)
        #expect(solution.bestBound == 14_000)
        #expect(solution.values == optimum.values)
        #expect(solution.startAccepted == true)
        // A gap the bound does not prove (0.1% < 0.25%): the search runs, to its own bound.
        options.mipGap = 0.001
        let searched = try model.solve(options)
        #expect(searched.status == .optimal || searched.status == .feasible(.gapLimit))
        #expect(try #require(searched.nodes) > 0)
        #expect(searched.objectiveValue == 13965)
        #expect(try #require(searched.relativeGap) <= 0.001)
        // Stopped before its search began, it keeps the start plan and the known bound.
        let interruption = SolveInterruption()
        interruption.request()
        options.interruption = interruption
        let stopped = try model.solve(options)
        #expect(stopped.status == .feasible(.interrupted))
        #expect(stopped.objectiveValue == 13965)
        #expect(stopped.bestBound == 14_000)
    }

    @Test("The bound of a search stopped early is the better of its own and the known one")
    func betterBoundKept() throws {
        let model = try MultidimensionalKnapsack(items: 100, dimensions: 10, seed: 3).makeModel()
        var options = SolverOptions()
        options.nodeLimit = 200
        let first = try model.solve(options)
        let own = try #require(first.bestBound)
        let incumbent = try #require(first.objectiveValue)
        // A tighter upper bound than the search's own (still above its plan): reported.
        let tighter = (own + incumbent) / 2
        options.knownBound = tighter
        let again = try model.solve(options)
        #expect(again.status == first.status)
        #expect(again.objectiveValue == incumbent)
        #expect(again.bestBound == tighter)
        // A looser one changes nothing.
        options.knownBound = own + 1000
        #expect(try model.solve(options).bestBound == own)
    }

    @Test("A bound that is not finite is refused with the fix")
    func validation() throws {
        let example = try ManualExample()
        var options = SolverOptions()
        options.knownBound = .infinity
        let error = #expect(throws: GLPKError.self) { try example.model.solve(options) }
        #expect(error?.code == .invalidOption)
        #expect(error?.description == "knownBound: the known bound is inf; give a finite bound or none")
    }
}
