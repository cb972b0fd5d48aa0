import GLPK
import TestSupport
import Testing

@Suite("Solving small models with known optima")
struct SolveTests {
    @Test("GLPK manual example: objective 733.3333 at x = 33.33, y = 66.67, z = 0")
    func manualExample() throws {
        let example = try ManualExample()
        let solution = try example.model.solve()
        #expect(solution.status == .optimal)
        #expect(isApproximatelyEqual(try #require(solution.objectiveValue), 2200.0 / 3.0))
        #expect(isApproximatelyEqual(solution[example.x], 100.0 / 3.0))
        #expect(isApproximatelyEqual(solution[example.y], 200.0 / 3.0))
        #expect(isApproximatelyEqual(solution[example.z], 0))
        #expect(solution.isInteger == false)
        #expect(solution.bestBound == nil)
        #expect(solution.glpkMemoryBlocksLeft == 0)
    }

    @Test("Manual example: duals 3.3333, 0.6667, 0 and reduced cost of z −2.6667, every method")
    func manualDuals() throws {
        let example = try ManualExample()
        // Binding rows p and q: 10 = π_p + 10π_q, 6 = π_p + 4π_q ⇒ π_q = 2/3, π_p = 10/3.
        // d_z = 4 − (π_p + 5π_q) = 4 − 10/3 − 10/3 = −8/3.
        let methods: [(SolverOptions.Method, Bool)] = [
            (.primalSimplex, false), (.primalSimplex, true), (.dualSimplex, false), (.dualSimplex, true),
            (.exact, false),
        ]
        for (method, presolve) in methods {
            let solution = try example.model.solve(SolverOptions(method: method, presolve: presolve))
            let label = "\(method.rawValue) presolve \(presolve)"
            #expect(isApproximatelyEqual(try #require(solution.dual(of: example.p)), 10.0 / 3.0), "\(label)")
            #expect(isApproximatelyEqual(try #require(solution.dual(of: example.q)), 2.0 / 3.0), "\(label)")
            #expect(isApproximatelyEqual(try #require(solution.dual(of: example.r)), 0), "\(label)")
            #expect(isApproximatelyEqual(try #require(solution.reducedCost(of: example.z)), -8.0 / 3.0), "\(label)")
            #expect(isApproximatelyEqual(solution.activity(of: example.r), 200), "\(label)")
        }
    }

    @Test("Interior point on the manual example: the optimum to about 1e-8")
    func interiorPoint() throws {
        let example = try ManualExample()
        let solution = try example.model.solve(SolverOptions(method: .interiorPoint))
        #expect(solution.status == .optimal)
        #expect(isApproximatelyEqual(try #require(solution.objectiveValue), 2200.0 / 3.0, relativeTolerance: 1e-8))
        #expect(
            isApproximatelyEqual(solution[example.x], 100.0 / 3.0, relativeTolerance: 1e-7, absoluteTolerance: 1e-6))
        #expect(
            isApproximatelyEqual(solution[example.y], 200.0 / 3.0, relativeTolerance: 1e-7, absoluteTolerance: 1e-6))
        #expect(isApproximatelyEqual(solution[example.z], 0, absoluteTolerance: 1e-5))
        #expect(isApproximatelyEqual(try #require(solution.dual(of: example.p)), 10.0 / 3.0, relativeTolerance: 1e-7))
        #expect(solution.sensitivity == nil)
        #expect(solution.glpkMemoryBlocksLeft == 0)
    }

    @Test("Exact arithmetic on the manual example: 2200/3 to the last bits")
    func exactArithmetic() throws {
        let example = try ManualExample()
        let solution = try example.model.solve(SolverOptions(method: .exact))
        #expect(solution.status == .optimal)
        // Exact in rational arithmetic; the objective is then summed in doubles.
        #expect(isApproximatelyEqual(try #require(solution.objectiveValue), 2200.0 / 3.0, relativeTolerance: 1e-15))
        #expect(solution[example.z] == 0)
        #expect(isApproximatelyEqual(solution[example.x], 100.0 / 3.0, relativeTolerance: 1e-15))
    }

    @Test("Interior point and exact arithmetic on infeasible and unbounded LPs report the status")
    func otherMethodsStatuses() throws {
        var infeasible = Model()
        let a = try infeasible.addVariable("a")
        try infeasible.addConstraint(a >= 5, name: "low")
        try infeasible.addConstraint(a <= 4, name: "high")
        try infeasible.setObjective(LinearExpression(a), sense: .minimize)
        var unbounded = Model()
        let b = try unbounded.addVariable("b")
        let c = try unbounded.addVariable("c")
        try unbounded.addConstraint(b - c <= 1, name: "r")
        try unbounded.setObjective(b + c, sense: .maximize)
        for method in [SolverOptions.Method.interiorPoint, .exact] {
            #expect(try infeasible.solve(SolverOptions(method: method)).status == .infeasible, "\(method.rawValue)")
            #expect(try unbounded.solve(SolverOptions(method: method)).status == .unbounded, "\(method.rawValue)")
        }
    }

    @Test("A model without constraints, and one without variables, solve")
    func degenerateShapes() throws {
        var boxOnly = Model()
        let x = try boxOnly.addVariable("x", lowerBound: -2, upperBound: 7)
        try boxOnly.setObjective(3 * x + 1, sense: .maximize)
        #expect(try boxOnly.solve().objectiveValue == 22)
        var constant = Model()
        try constant.setObjective(LinearExpression(5), sense: .minimize)
        let solution = try constant.solve()
        #expect(solution.status == .optimal)
        #expect(solution.objectiveValue == 5)
        #expect(solution.values.isEmpty)
    }

    @Test("Relaxing integrality solves the LP relaxation of a MIP")
    func relaxIntegrality() throws {
        var model = Model()
        let a = try model.addVariable("a", upperBound: 2, kind: .integer)
        let b = try model.addVariable("b", upperBound: 2, kind: .integer)
        try model.addConstraint(5 * a + 4 * b <= 11, name: "weight")
        try model.setObjective(10 * a + 8 * b, sense: .maximize)
        var options = SolverOptions()
        options.relaxIntegrality = true
        let relaxation = try model.solve(options)
        // Both ratios are 2 per unit of weight: 11 · 2 = 22.
        #expect(isApproximatelyEqual(try #require(relaxation.objectiveValue), 22))
        #expect(relaxation.isInteger == false)
        // Integer: a = 1, b = 1 (weight 9, 18) or a = 0, b = 2 (weight 8, 16) or a = 2 (weight 10, 20).
        #expect(try model.solve().objectiveValue == 20)
    }
}
