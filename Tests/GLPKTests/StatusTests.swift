import GLPK
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
            #expect(solution.glpkMemoryBlocksLeft == 0)
        }
    }

    @Test("A fatal GLPK error becomes a typed error, and GLPK still works afterwards")
    func fatal() throws {
        #expect(throws: GLPKError.self) { try GLPKLibrary.provokeFatalError() }
        do {
            try GLPKLibrary.provokeFatalError()
        } catch let error as GLPKError {
            #expect(error.code == .fatal)
            #expect(error.message.contains("glp_set_col_bnds: j = 1; column number out of range"))
        }
        var model = Model()
        let x = try model.addVariable("x", upperBound: 4)
        try model.setObjective(LinearExpression(x), sense: .maximize)
        #expect(try model.solve().objectiveValue == 4)
    }

    @Test("Diagnosis names the two conflicting rows, not the innocent one")
    func diagnosis() throws {
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
        #expect(diagnosis.isIrreducible)
    }
}
