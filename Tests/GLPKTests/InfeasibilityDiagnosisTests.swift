import GLPK
import TestSupport
import Testing

@Suite("Infeasibility diagnosis")
struct InfeasibilityDiagnosisTests {
    @Test("LP: the three conflicting rows are named, not the innocent one")
    func linear() throws {
        var model = Model()
        let x = try model.addVariable("x")
        let y = try model.addVariable("y")
        try model.addConstraint(x + y >= 10, name: "demand")
        try model.addConstraint(x <= 3, name: "x-cap")
        try model.addConstraint(y <= 4, name: "y-cap")
        try model.addConstraint(x - y <= 100, name: "innocent")
        try model.setObjective(x + y, sense: .minimize)
        let diagnosis = try model.diagnoseInfeasibility()
        #expect(diagnosis.constraintNames == ["demand", "x-cap", "y-cap"])
        #expect(diagnosis.constraints.map(\.index) == [0, 1, 2])
        #expect(diagnosis.isIrreducible)
        #expect(diagnosis.involvesIntegrality == false)
        #expect(diagnosis.solveCount > 2)
    }

    @Test("LP: an equality against a variable's bound is a conflict of one row")
    func againstBounds() throws {
        var model = Model()
        let a = try model.addVariable("a", upperBound: 2)
        let b = try model.addVariable("b", upperBound: 2)
        try model.addConstraint(a + b == 7, name: "total")
        try model.addConstraint(a - b <= 1, name: "balance")
        try model.setObjective(LinearExpression(a), sense: .maximize)
        let diagnosis = try model.diagnoseInfeasibility()
        #expect(diagnosis.constraintNames == ["total"])
        #expect(diagnosis.isIrreducible)
    }

    @Test("MIP: relaxation feasible, integer version not (2x = 1), among unrelated rows")
    func integrality() throws {
        var model = Model()
        let x = try model.addVariable("x", upperBound: 10, kind: .integer)
        let y = try model.addVariable("y", upperBound: 10, kind: .integer)
        let z = try model.addVariable("z", upperBound: 10)
        try model.addConstraint(y + z <= 12, name: "unrelated-1")
        try model.addConstraint(2 * x == 1, name: "half")
        try model.addConstraint(y - z >= -3, name: "unrelated-2")
        try model.setObjective(x + y + z, sense: .maximize)
        #expect(try model.solve().status == .infeasible)
        var relaxed = SolverOptions()
        relaxed.relaxIntegrality = true
        #expect(try model.solve(relaxed).status == .optimal)

        let diagnosis = try model.diagnoseInfeasibility()
        #expect(diagnosis.constraintNames == ["half"])
        #expect(diagnosis.involvesIntegrality)
        #expect(diagnosis.isIrreducible)
    }

    @Test("A feasible model throws .notInfeasible")
    func feasible() throws {
        let example = try ManualExample()
        let error = #expect(throws: GLPKError.self) { try example.model.diagnoseInfeasibility() }
        #expect(error?.code == .notInfeasible)
        #expect(error?.message == "the model is not infeasible; there is nothing to diagnose")
    }
}
