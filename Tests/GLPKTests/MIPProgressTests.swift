import GLPK
import TestSupport
import Testing

@Suite("MIP progress reports")
struct MIPProgressTests {
    @Test("A branching MIP reports its incumbent, bound and gap as the search goes")
    func reports() throws {
        let knapsack = MultidimensionalKnapsack(items: 30, dimensions: 3, seed: 7)
        let model = try knapsack.makeModel()
        let reports = LockedBox<[MIPProgress]>([])
        var options = SolverOptions()
        options.progressInterval = 0
        options.progressHandler = { progress in
            reports.withLock { $0.append(progress) }
            return .proceed
        }
        let solution = try model.solve(options)
        #expect(solution.status == .optimal)
        #expect(solution.objectiveValue == 13965)
        let all = reports.withLock { $0 }
        #expect(all.count > 5)
        // The search branched.
        #expect(all.contains { $0.totalNodes > 1 })
        // Reports with an incumbent carry a gap and a bound above the incumbent (a maximisation).
        let withIncumbent = all.filter { $0.incumbent != nil }
        #expect(!withIncumbent.isEmpty)
        for report in withIncumbent {
            let incumbent = try #require(report.incumbent)
            let gap = try #require(report.gap)
            #expect(report.bound.isFinite)
            #expect(report.bound >= incumbent - 1e-9)
            #expect(gap >= 0 && gap < 1)
            #expect(incumbent <= 13965)
        }
        // Before any incumbent: no gap, and a bound that is a real number or +∞ ("none yet").
        for report in all where report.incumbent == nil {
            #expect(report.gap == nil)
            #expect(report.bound >= 13965)
        }
        // Time only moves forward.
        #expect(zip(all, all.dropFirst()).allSatisfy { $0.elapsed <= $1.elapsed })
    }

    @Test("The progress interval thins the reports; new incumbents still report")
    func interval() throws {
        let model = try MultidimensionalKnapsack(items: 30, dimensions: 3, seed: 7).makeModel()
        let count = LockedBox(0)
        var options = SolverOptions()
        options.progressInterval = 3600
        options.progressHandler = { _ in
            count.withLock { $0 += 1 }
            return .proceed
        }
        #expect(try model.solve(options).objectiveValue == 13965)
        let thinned = count.withLock { $0 }
        options.progressInterval = 0
        count.withLock { $0 = 0 }
        _ = try model.solve(options)
        #expect(thinned < count.withLock { $0 })
    }
}
