import GLPK
import Testing

@Suite("Solving small models with known optima")
struct SolveTests {
    /// The example of GLPK's reference manual (section 1.3.1): maximise 10x + 6y + 4z.
    func manualModel() throws -> (Model, [Variable], [Constraint]) {
        var model = Model(name: "manual")
        let x = try model.addVariable("x")
        let y = try model.addVariable("y")
        let z = try model.addVariable("z")
        let p = try model.addConstraint(x + y + z <= 100, name: "p")
        let q = try model.addConstraint(10 * x + 4 * y + 5 * z <= 600, name: "q")
        let r = try model.addConstraint(2 * x + 2 * y + 6 * z <= 300, name: "r")
        try model.setObjective(10 * x + 6 * y + 4 * z, sense: .maximize)
        return (model, [x, y, z], [p, q, r])
    }

    @Test("GLPK manual example: objective 733.3333 at x = 33.33, y = 66.67, z = 0")
    func manualExample() throws {
        let (model, v, _) = try manualModel()
        let solution = try model.solve()
        #expect(solution.status == .optimal)
        #expect(abs(solution.objectiveValue! - 2200.0 / 3.0) < 1e-9)
        #expect(abs(solution[v[0]] - 100.0 / 3.0) < 1e-9)
        #expect(abs(solution[v[1]] - 200.0 / 3.0) < 1e-9)
        #expect(abs(solution[v[2]]) < 1e-9)
        #expect(solution.glpkMemoryBlocksLeft == 0)
    }

    @Test("Manual example: duals 3.3333, 0.6667, 0 and reduced cost of z −2.6667")
    func manualDuals() throws {
        let (model, v, c) = try manualModel()
        let solution = try model.solve(SolverOptions(presolve: false))
        // Binding rows p and q: 10 = π_p + 10π_q, 6 = π_p + 4π_q ⇒ π_q = 2/3, π_p = 10/3.
        #expect(abs(solution.dual(of: c[0])! - 10.0 / 3.0) < 1e-9)
        #expect(abs(solution.dual(of: c[1])! - 2.0 / 3.0) < 1e-9)
        #expect(abs(solution.dual(of: c[2])!) < 1e-9)
        // d_z = 4 − (π_p + 5π_q) = 4 − 10/3 − 10/3 = −8/3.
        #expect(abs(solution.reducedCost(of: v[2])! + 8.0 / 3.0) < 1e-9)
        #expect(abs(solution.activity(of: c[2]) - 200) < 1e-9)
    }
}
