import GLPK
import TestSupport
import Testing

@Suite("Statuses")
struct StatusTests {
    @Test("An infeasible LP is a status, with or without the presolver")
    func infeasibleLP() throws {
        for presolve in [true, false] {
            var model = Model()
            let x = try model.addVariable("x")
            let y = try model.addVariable("y")
            try model.addConstraint(x + y >= 10, name: "at-least-10")
            try model.addConstraint(x + y <= 5, name: "at-most-5")
            try model.setObjective(x + y, sense: .minimize)
            let solution = try model.solve(SolverOptions(presolve: presolve))
            #expect(solution.status == .infeasible)
            #expect(solution.objectiveValue == nil)
        }
    }

    @Test("An unbounded LP is a status, with or without the presolver")
    func unboundedLP() throws {
        for presolve in [true, false] {
            var model = Model()
            let x = try model.addVariable("x")
            let y = try model.addVariable("y")
            try model.addConstraint(x - y <= 1, name: "r")
            try model.setObjective(x + y, sense: .maximize)
            let solution = try model.solve(SolverOptions(presolve: presolve))
            #expect(solution.status == .unbounded, "presolve \(presolve)")
        }
    }

    @Test("An infeasible MIP (integrality alone) is a status")
    func infeasibleMIP() throws {
        var model = Model()
        let x = try model.addVariable("x", upperBound: 10, kind: .integer)
        try model.addConstraint(2 * x == 1, name: "half")
        try model.setObjective(LinearExpression(x), sense: .minimize)
        for presolve in [true, false] {
            let solution = try model.solve(SolverOptions(presolve: presolve))
            #expect(solution.status == .infeasible, "presolve \(presolve)")
            #expect(solution.objectiveValue == nil)
        }
    }

    @Test("A small MIP: knapsack 5a + 4b + 3c ≤ 10, max 10a + 8b + 5c, a, b, c ∈ {0, 1, 2}: 20")
    func knapsack() throws {
        var model = Model()
        let a = try model.addVariable("a", upperBound: 2, kind: .integer)
        let b = try model.addVariable("b", upperBound: 2, kind: .integer)
        let c = try model.addVariable("c", upperBound: 2, kind: .integer)
        try model.addConstraint(5 * a + 4 * b + 3 * c <= 10, name: "weight")
        try model.setObjective(10 * a + 8 * b + 5 * c, sense: .maximize)
        // a = 2: 20; a=1,b=1: 18 (+0); b=2: 16 (+c=0, w=8, rem 2); a=1,c=1: 15 (rem 2);
        // b=1,c=2: 18; a=0,b=2,c=0 16 → optimum 20.
        for presolve in [true, false] {
            let solution = try model.solve(SolverOptions(presolve: presolve))
            #expect(solution.status == .optimal)
            #expect(solution.objectiveValue == 20)
            #expect(solution[a] == 2)
            #expect(solution.bestBound == 20)
            #expect(solution.relativeGap == 0)
            #expect(solution.glpkMemoryBlocksLeft == 0)
        }
    }

    @Test("A time limit stops a hard MIP with its incumbent, a best bound and a gap")
    func timeLimitWithIncumbent() throws {
        // 100 items × 10 dimensions, correlated profits: GLPK needs far more than 0.5 s
        // to prove optimality, but finds integer plans at the root.
        let knapsack = MultidimensionalKnapsack(items: 100, dimensions: 10, seed: 3)
        let model = try knapsack.makeModel()
        var options = SolverOptions()
        options.timeLimit = 0.5
        let solution = try model.solve(options)
        #expect(solution.status == .feasible(.timeLimit))
        let objective = try #require(solution.objectiveValue)
        let bound = try #require(solution.bestBound)
        let gap = try #require(solution.relativeGap)
        #expect(gap > 0)
        #expect(bound > objective)  // a maximisation: the bound is above the incumbent
        #expect(bound < 1e6)  // a real bound, not GLPK's "none yet" (DBL_MAX)
        // The incumbent is a real plan: binary, within every capacity, worth its objective.
        #expect(solution.values.allSatisfy { $0 == 0 || $0 == 1 })
        for i in 0..<knapsack.dimensions {
            let load = zip(knapsack.weights[i], solution.values).reduce(0) { $0 + $1.0 * $1.1 }
            #expect(load <= knapsack.capacities[i])
        }
        #expect(knapsack.profit(of: solution.values) == objective)
        #expect(solution.glpkMemoryBlocksLeft == 0)
    }

    /// max Σ (j+1)·vⱼ s.t. Σⱼ ((i+j) mod 3 + 1)·vⱼ ≤ 10 + i (i = 0…3), 0 ≤ v ≤ `upperBound`:
    /// v = 0 is feasible, so the primal simplex starts feasible.
    private static func startsFeasible(kind: VariableKind, upperBound: Double = .infinity) throws -> Model {
        var model = Model()
        let v = try (0..<5).map { try model.addVariable("v\($0)", upperBound: upperBound, kind: kind) }
        for i in 0..<4 {
            var row = LinearExpression()
            for j in 0..<5 { row.add(Double((i + j) % 3 + 1), v[j]) }
            try model.addConstraint(row <= Double(10 + i))
        }
        var objective = LinearExpression()
        for j in 0..<5 { objective.add(Double(j + 1), v[j]) }
        try model.setObjective(objective, sense: .maximize)
        return model
    }

    @Test("An iteration limit: no solution in phase 1, a feasible point in phase 2")
    func iterationLimit() throws {
        // Phase 1: the generated LP's starting basis is infeasible.
        let generated = try KnownOptimumLP(rows: 30, columns: 40, density: 0.3, seed: 5).makeModel()
        for presolve in [true, false] {
            var options = SolverOptions(presolve: presolve)
            options.iterationLimit = 1
            #expect(try generated.solve(options).status == .noSolution(.iterationLimit), "presolve \(presolve)")
        }
        // Phase 2: max Σ (j+1)·vⱼ s.t. A v ≤ b, v ≥ 0 starts feasible at v = 0, so one
        // iteration of primal simplex leaves a feasible, not optimal, point.
        let model = try Self.startsFeasible(kind: .continuous)
        var options = SolverOptions(presolve: false)
        options.iterationLimit = 1
        let stopped = try model.solve(options)
        #expect(stopped.status == .feasible(.iterationLimit))
        let optimum = try #require(try model.solve().objectiveValue)
        #expect(optimum == 22)
        #expect(try #require(stopped.objectiveValue) < optimum)
    }

    @Test("A MIP whose relaxation stops at a limit before the search has no plan, not the relaxation's point")
    func mipRelaxationStopped() throws {
        // The same rows with whole-number variables. Without the presolver (or with a
        // start plan) the shim solves the relaxation itself before the search; one
        // iteration leaves a feasible, fractional, not optimal point of the relaxation,
        // which once came back as a "feasible" plan of the MIP (a school's local
        // improvement then kept it, and the checker found rows broken).
        let model = try Self.startsFeasible(kind: .integer, upperBound: 20)
        var options = SolverOptions(presolve: false)
        options.iterationLimit = 1
        let stopped = try model.solve(options)
        #expect(stopped.status == .noSolution(.iterationLimit))
        #expect(!stopped.status.hasSolution)
        #expect(stopped.objectiveValue == nil)
        // With a feasible start plan, the same stop keeps the start plan, the best known.
        options.start = [1, 0, 0, 0, 1]
        let started = try model.solve(options)
        #expect(started.status == .feasible(.iterationLimit))
        #expect(started.values == [1, 0, 0, 0, 1])
        #expect(started.objectiveValue == 6)
        #expect(started.nodes == 0)
        // Solved to the end, its optimum is whole.
        let optimum = try model.solve()
        #expect(optimum.status == .optimal)
        #expect(optimum.values.allSatisfy { $0 == $0.rounded() })
    }

    @Test("A gap limit stops the search with a gap no larger than asked")
    func gapLimit() throws {
        let model = try MultidimensionalKnapsack(items: 60, dimensions: 5, seed: 1).makeModel()
        var options = SolverOptions()
        options.mipGap = 0.05
        let solution = try model.solve(options)
        #expect(solution.status == .feasible(.gapLimit))
        let gap = try #require(solution.relativeGap)
        #expect(gap > 0 && gap <= 0.05)
        #expect(try #require(solution.bestBound) > 26_000)  // the root's bound, about 26413
    }

    @Test("Returning .stop from the progress handler cancels the search")
    func cancellation() throws {
        let model = try MultidimensionalKnapsack(items: 100, dimensions: 10, seed: 3).makeModel()
        var options = SolverOptions()
        options.progressInterval = 0
        options.progressHandler = { _ in .stop }
        let solution = try model.solve(options)
        #expect(solution.status == .feasible(.cancelled) || solution.status == .noSolution(.cancelled))
        #expect(solution.status.stopReason == .cancelled)
        #expect(solution.glpkMemoryBlocksLeft == 0)
    }

    @Test("An optimal start plan is accepted as the incumbent, with or without the presolver")
    func startAccepted() throws {
        let knapsack = MultidimensionalKnapsack(items: 30, dimensions: 3, seed: 7)
        let model = try knapsack.makeModel()
        let optimum = try model.solve()
        #expect(optimum.status == .optimal)
        #expect(optimum.objectiveValue == 13965)
        #expect(optimum.startAccepted == nil)
        for presolve in [true, false] {
            var options = SolverOptions(presolve: presolve)
            options.start = optimum.values
            let solution = try model.solve(options)
            #expect(solution.startAccepted == true, "presolve \(presolve)")
            #expect(solution.status == .optimal)
            #expect(solution.objectiveValue == 13965)
        }
        // An infeasible plan (every item taken) is not offered at all.
        var options = SolverOptions()
        options.start = [Double](repeating: 1, count: knapsack.items)
        let solution = try model.solve(options)
        #expect(solution.startAccepted == false)
        #expect(solution.objectiveValue == 13965)
    }

    @Test("A start plan is matched to the right columns even when the presolver would drop some")
    func startWithDroppedColumns() throws {
        // A fixed column and an unconstrained one come first: GLPK's MIP presolver
        // removes them and renumbers the rest. Offered by the presolved numbering, the
        // plan would read 3 and 5 as items and "prove" a wrong optimum.
        let knapsack = MultidimensionalKnapsack(items: 30, dimensions: 3, seed: 7)
        var model = Model()
        let fixed = try model.addVariable("fixed", lowerBound: 3, upperBound: 3, kind: .integer)
        let loose = try model.addVariable("loose", upperBound: 5, kind: .integer)
        let items = try (0..<30).map { try model.addVariable("item\($0 + 1)", kind: .binary) }
        for i in 0..<3 {
            var load = LinearExpression()
            for j in 0..<30 { load.add(knapsack.weights[i][j], items[j]) }
            try model.addConstraint(load <= knapsack.capacities[i])
        }
        var profit = LinearExpression()
        for j in 0..<30 { profit.add(knapsack.profits[j], items[j]) }
        profit.add(1, fixed)
        profit.add(2, loose)
        try model.setObjective(profit, sense: .maximize)
        let optimum = try model.solve()
        #expect(optimum.objectiveValue == 13978)  // 13965 + 1·3 + 2·5
        var options = SolverOptions()
        options.start = optimum.values
        let solution = try model.solve(options)
        #expect(solution.startAccepted == true)
        #expect(solution.status == .optimal)
        #expect(solution.objectiveValue == 13978)
    }

    @Test("A fatal GLPK error becomes a typed error, and GLPK still works afterwards")
    func fatal() throws {
        let error = #expect(throws: GLPKError.self) { try GLPKLibrary.provokeFatalError() }
        #expect(error?.code == .fatal)
        #expect(error?.message.contains("glp_set_col_bnds: j = 1; column number out of range") == true)
        var model = Model()
        let x = try model.addVariable("x", upperBound: 4)
        try model.setObjective(LinearExpression(x), sense: .maximize)
        let solution = try model.solve()
        #expect(solution.objectiveValue == 4)
        #expect(solution.glpkMemoryBlocksLeft == 0)
    }

    @Test("Status names and descriptions")
    func statusNames() {
        #expect(SolutionStatus.optimal.description == "optimal")
        #expect(SolutionStatus.feasible(.timeLimit).description == "feasible (time limit)")
        #expect(SolutionStatus.noSolution(.cancelled).description == "no solution (cancelled)")
        #expect(SolutionStatus.infeasible.hasSolution == false)
        #expect(SolutionStatus.feasible(.gapLimit).hasSolution)
    }
}
