import GLPK
import TestSupport
import Testing

/// Names are unique and found by name at any size, compared byte for byte as GLPK
/// compares them; models built apart append in bulk.
@Suite("Model names and appending")
struct ModelNamesTests {
    @Test("Every one of 50,000 names is found after the table has grown, and no other name is")
    func lookUpAfterGrowth() throws {
        var model = Model()
        for j in 0..<50_000 { try model.addVariable("x[\(j)]") }
        for j in stride(from: 0, to: 50_000, by: 7) {
            #expect(model.variable(named: "x[\(j)]")?.index == j)
        }
        #expect(model.variable(named: "x[50000]") == nil)
        #expect(model.variable(named: "x[") == nil)
        let late = #expect(throws: GLPKError.self) { try model.addVariable("x[49999]") }
        #expect(late?.code == .duplicateName)
        #expect(model.variableCount == 50_000)
    }

    @Test("Names that Swift calls equal but whose bytes differ are two names, as in GLPK")
    func namesCompareByBytes() throws {
        var model = Model()
        let composed = try model.addVariable("caf\u{E9}")  // é as one code point
        let decomposed = try model.addVariable("cafe\u{301}")  // e + combining acute
        #expect("caf\u{E9}" == "cafe\u{301}")  // equal as Swift strings
        #expect(model.variable(named: "caf\u{E9}") == composed)
        #expect(model.variable(named: "cafe\u{301}") == decomposed)
        #expect(composed != decomposed)
    }

    @Test("Appending a model's variables and rows gives the model built in one piece")
    func appendMatchesOnePiece() throws {
        func part(_ tag: String, into model: inout Model) throws {
            let x = try model.addVariable("x\(tag)", upperBound: 4, kind: .integer)
            let y = try model.addVariable("y\(tag)", lowerBound: -1)
            try model.addConstraint(2 * x + y <= 7, name: "cap\(tag)")
            try model.addConstraint(x - y >= -1, name: "link\(tag)")
        }
        var whole = Model()
        try part("a", into: &whole)
        try part("b", into: &whole)
        var a = Model(), b = Model()
        try part("a", into: &a)
        try part("b", into: &b)

        var joined = a
        let offset = try joined.appendVariables(of: b)
        #expect(offset == 2)
        try joined.appendConstraints(of: b, variableOffset: offset)
        #expect(joined.variableNames == whole.variableNames)
        #expect(joined.lowerBounds == whole.lowerBounds)
        #expect(joined.upperBounds == whole.upperBounds)
        #expect(joined.variableKinds == whole.variableKinds)
        #expect(joined.constraintNames == whole.constraintNames)
        #expect(joined.rowStart == whole.rowStart)
        #expect(joined.entryColumns == whole.entryColumns)
        #expect(joined.entryValues == whole.entryValues)
        #expect(joined.constraintUpperBounds == whole.constraintUpperBounds)
        #expect(joined.constraint(named: "linkb")?.index == 3)
        #expect(joined.variable(named: "yb")?.index == 3)
    }

    @Test("An append that would duplicate a name, or reach a missing variable, changes nothing")
    func appendRefusesWholly() throws {
        var model = Model()
        let x = try model.addVariable("x")
        try model.addConstraint(x <= 1, name: "cap")
        var other = Model()
        let z = try other.addVariable("z")
        try other.addVariable("x")
        try other.addConstraint(z <= 2, name: "other-cap")
        try other.addConstraint(z >= 0, name: "cap")

        let taken = #expect(throws: GLPKError.self) { try model.appendVariables(of: other) }
        #expect(taken?.description == "x: another variable is already named 'x'; give each variable its own name")
        #expect(model.variableCount == 1)
        #expect(model.variable(named: "z") == nil)

        let missing = #expect(throws: GLPKError.self) { try model.appendConstraints(of: other, variableOffset: 1) }
        #expect(missing?.code == .unknownElement)
        #expect(
            missing?.message
                == "the appended constraints use variable #1, which this model does not have (it has 1); append the variables first, with their offset"
        )

        let row = #expect(throws: GLPKError.self) { try model.appendConstraints(of: other, variableOffset: 0) }
        #expect(row?.description == "cap: another constraint is already named 'cap'; give each constraint its own name")
        #expect(model.constraintCount == 1)
        #expect(model.constraint(named: "other-cap") == nil)
        #expect(model.nonzeroCount == 1)
    }
}
