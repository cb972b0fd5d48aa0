import GLPK
import Testing

/// The code examples of the GLPK module's documentation (GLPK.docc and the symbols'
/// comments), as written there, with what they produce: an example that no longer
/// compiles or no longer gives its answer fails here.
@Suite("Documentation examples compile and give their answers")
struct DocumentationExampleTests {
    @Test("Model's overview (Model.swift, GLPK.md): the manual example, optimum 1000")
    func manual() throws {
        var model = Model(name: "manual")
        let x = try model.addVariable("x")
        let y = try model.addVariable("y")
        try model.addConstraint(x + y <= 100, name: "capacity")
        try model.setObjective(10 * x + 6 * y, sense: .maximize)
        let solution = try model.solve()
        #expect(solution.status == .optimal)
        #expect(solution.objectiveValue == 1000)
        #expect(solution[x] == 100 && solution[y] == 0)
    }

    @Test("BuildingAModel.md: the diet, 2 bread and 8/3 milk at 38/3 (12 without the integer)")
    func diet() throws {
        var model = Model(name: "diet")
        let bread = try model.addVariable("bread", upperBound: 4, kind: .integer)
        let milk = try model.addVariable("milk", upperBound: 3)
        try model.addConstraint(2 * bread + 3 * milk >= 12, name: "protein")
        try model.setObjective(3 * bread + 2.5 * milk, sense: .minimize)
        let solution = try model.solve()
        #expect(solution.status == .optimal)
        let cost = try #require(solution.objectiveValue)
        #expect(abs(cost - 38.0 / 3) < 1e-9)
        #expect(solution[bread] == 2)
        #expect(abs(solution[milk] - 8.0 / 3) < 1e-9)
        #expect(abs(solution[3 * bread + 2.5 * milk] - 38.0 / 3) < 1e-9)

        var relaxed = Model(name: "diet")
        let b = try relaxed.addVariable("bread", upperBound: 4)
        let m = try relaxed.addVariable("milk", upperBound: 3)
        try relaxed.addConstraint(2 * b + 3 * m >= 12, name: "protein")
        try relaxed.setObjective(3 * b + 2.5 * m, sense: .minimize)
        let lp = try relaxed.solve()
        #expect(lp.objectiveValue.map { abs($0 - 12) < 1e-9 } == true)
        #expect(abs(lp[b] - 1.5) < 1e-9 && abs(lp[m] - 3) < 1e-9)
    }

    @Test("GLPKError's example (GLPKError.swift, BuildingAModel.md): bounds the wrong way round")
    func invalidBounds() throws {
        var model = Model()
        var caught: String?
        do { try model.addVariable("x", lowerBound: 2, upperBound: 1) } catch let error as GLPKError
            where error.code == .invalidBounds
        { caught = error.message }
        #expect(caught == "the lower bound 2.0 is above the upper bound 1.0; swap them or widen the range")
        #expect(model.variableCount == 0)
    }
}
