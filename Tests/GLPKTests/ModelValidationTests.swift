import GLPK
import TestSupport
import Testing

/// Misuse of the API is a typed error with a message that says what to do; none of
/// it reaches GLPK (which would abort).
@Suite("API misuse gives typed errors")
struct ModelValidationTests {
    @Test("Duplicate variable and constraint names")
    func duplicateNames() throws {
        var model = Model()
        let x = try model.addVariable("x")
        let duplicateVariable = #expect(throws: GLPKError.self) { try model.addVariable("x") }
        #expect(duplicateVariable?.code == .duplicateName)
        #expect(
            duplicateVariable?.description
                == "x: another variable is already named 'x'; give each variable its own name")
        #expect(model.variableCount == 1)

        try model.addConstraint(x <= 1, name: "cap")
        let duplicateConstraint = #expect(throws: GLPKError.self) { try model.addConstraint(x >= 0, name: "cap") }
        #expect(duplicateConstraint?.code == .duplicateName)
        #expect(
            duplicateConstraint?.description
                == "cap: another constraint is already named 'cap'; give each constraint its own name")
        #expect(model.constraintCount == 1)
        #expect(model.nonzeroCount == 1)

        // A variable and a constraint may share a name; default names are numbered.
        try model.addConstraint(x >= 0, name: "x")
        let unnamed = try model.addVariable()
        #expect(try model.name(of: unnamed) == "x2")
        #expect(model.variable(named: "x") == x)
        #expect(model.constraint(named: "nope") == nil)
    }

    @Test("Empty, too long and control-character names")
    func badNames() throws {
        var model = Model()
        let empty = #expect(throws: GLPKError.self) { try model.addVariable("") }
        #expect(empty?.code == .invalidName)
        #expect(empty?.message == "a variable name is empty; give it a name of 1 to 255 bytes")

        let long = String(repeating: "é", count: 128)  // 256 bytes in UTF-8
        let tooLong = #expect(throws: GLPKError.self) { try model.addVariable(long) }
        #expect(tooLong?.code == .invalidName)
        #expect(tooLong?.message == "the variable name is 256 bytes long; GLPK allows at most 255")
        try model.addVariable(String(repeating: "a", count: 255))

        let control = #expect(throws: GLPKError.self) {
            try model.addConstraint(LinearConstraint(LinearExpression(), upperBound: 1), name: "tab\there")
        }
        #expect(control?.code == .invalidName)
        #expect(
            control?.description
                == "\"tab\\there\": the constraint name has a control character; use printable characters only")
        #expect(model.constraintCount == 0)
    }

    @Test("Reversed, NaN and wrong-side infinite bounds")
    func badBounds() throws {
        var model = Model()
        let reversed = #expect(throws: GLPKError.self) { try model.addVariable("x", lowerBound: 2, upperBound: 1) }
        #expect(reversed?.code == .invalidBounds)
        #expect(
            reversed?.description == "x: the lower bound 2.0 is above the upper bound 1.0; swap them or widen the range"
        )

        let nan = #expect(throws: GLPKError.self) { try model.addVariable("y", lowerBound: .nan) }
        #expect(nan?.code == .invalidBounds)
        #expect(nan?.description == "y: a bound is NaN; use a number, or ±infinity for no bound")

        let infinite = #expect(throws: GLPKError.self) { try model.addVariable("z", lowerBound: .infinity) }
        #expect(infinite?.code == .invalidBounds)

        let x = try model.addVariable("x")
        let reversedRow = #expect(throws: GLPKError.self) {
            try model.addConstraint(LinearConstraint(LinearExpression(x), lowerBound: 5, upperBound: 4), name: "band")
        }
        #expect(reversedRow?.code == .invalidBounds)
        #expect(
            reversedRow?.description
                == "band: the lower bound 5.0 is above the upper bound 4.0; swap them or widen the range")
        let setNaN = #expect(throws: GLPKError.self) { try model.setBounds(of: x, lowerBound: 0, upperBound: .nan) }
        #expect(setNaN?.code == .invalidBounds)
        #expect(model.upperBounds == [.infinity])
    }

    @Test("NaN and infinite coefficients and constants")
    func badCoefficients() throws {
        var model = Model()
        let x = try model.addVariable("x")
        let nan = #expect(throws: GLPKError.self) { try model.addConstraint(Double.nan * x <= 1, name: "row") }
        #expect(nan?.code == .invalidCoefficient)
        #expect(nan?.description == "row: the coefficient of 'x' is nan; use a finite number")

        let constant = #expect(throws: GLPKError.self) {
            try model.addConstraint(x + Double.infinity <= 1, name: "row")
        }
        #expect(constant?.code == .invalidCoefficient)
        #expect(constant?.description == "row: the constant term is inf; use a finite number")

        let objective = #expect(throws: GLPKError.self) {
            try model.setObjective(Double.infinity * x, sense: .minimize)
        }
        #expect(objective?.code == .invalidCoefficient)
        #expect(objective?.description == "objective: the coefficient of 'x' is inf; use a finite number")
        #expect(model.constraintCount == 0)
    }

    @Test("A variable from another, larger model")
    func foreignVariable() throws {
        var big = Model()
        _ = try big.addVariable("a")
        _ = try big.addVariable("b")
        let foreign = try big.addVariable("c")
        var small = Model()
        let x = try small.addVariable("x")
        let row = #expect(throws: GLPKError.self) { try small.addConstraint(x + foreign <= 1, name: "mix") }
        #expect(row?.code == .unknownElement)
        #expect(
            row?.description
                == "mix: a term uses variable #2, which this model does not have (it has 1); use variables made by this model"
        )
        let objective = #expect(throws: GLPKError.self) { try small.setObjective(x + foreign, sense: .maximize) }
        #expect(objective?.code == .unknownElement)
        let bounds = #expect(throws: GLPKError.self) { try small.setBounds(of: foreign, lowerBound: 0, upperBound: 1) }
        #expect(bounds?.code == .unknownElement)
        #expect(
            bounds?.message == "variable #2 does not belong to this model (it has 1); use variables made by this model")
        let constraint = #expect(throws: GLPKError.self) {
            try small.setBounds(of: Constraint(index: 0), lowerBound: 0, upperBound: 1)
        }
        #expect(constraint?.code == .unknownElement)
    }

    @Test("An index beyond C's int is refused by name, never wrapped onto a real variable")
    func unnumberableIndex() throws {
        var model = Model()
        let x = try model.addVariable("x")
        // 2³² would wrap to 0 (x itself) as a 32-bit integer.
        let wrapped = Variable(index: 1 << 32)
        var expression = LinearExpression(x)
        expression.add(2, wrapped)
        #expect(Array(expression.indices) == [0, -1])
        let row = #expect(throws: GLPKError.self) { try model.addConstraint(expression <= 1, name: "wrap") }
        #expect(
            row?.description
                == "wrap: a term uses variable #4294967296, which this model does not have (it has 1); use variables made by this model"
        )
        #expect(model.constraintCount == 0 && model.nonzeroCount == 0)
        let objective = #expect(throws: GLPKError.self) {
            try model.setObjective(
                LinearExpression(variables: [x, Variable(index: -5)], coefficients: [1, 1]), sense: .minimize)
        }
        #expect(
            objective?.description
                == "objective: a term uses variable #-5, which this model does not have (it has 1); use variables made by this model"
        )
        // The first bad index survives sums and scaling.
        let summed = (3 * x + LinearExpression(wrapped)) * 2
        let sum = #expect(throws: GLPKError.self) { try model.addConstraint(summed >= 0, name: "sum") }
        #expect(sum?.message.hasPrefix("a term uses variable #4294967296,") == true)
    }

    @Test("Positions read as Int: the row starts and entry columns of a model")
    func intPositions() throws {
        var model = Model()
        let x = try model.addVariable("x"), y = try model.addVariable("y")
        try model.addConstraint(x + 2 * y <= 4, name: "a")
        try model.addConstraint(y + y <= 3, name: "b")
        #expect(Array(model.rowStart) == [0, 2, 3])
        #expect(Array(model.entryColumns) == [0, 1, 1])
        #expect(model.entryValues == [1, 2, 2])
        #expect(model.entryColumns.description == "[0, 1, 1]")
    }

    @Test("A start plan of the wrong length or with a NaN")
    func badStart() throws {
        var model = Model()
        let a = try model.addVariable("a", upperBound: 3, kind: .integer)
        _ = try model.addVariable("b", kind: .binary)
        try model.setObjective(LinearExpression(a), sense: .maximize)
        var options = SolverOptions()
        options.start = [1]
        let short = #expect(throws: GLPKError.self) { try model.solve(options) }
        #expect(short?.code == .invalidStart)
        #expect(short?.description == "start: the start plan has 1 values for 2 variables; give one value per variable")
        options.start = [1, .nan]
        let nan = #expect(throws: GLPKError.self) { try model.solve(options) }
        #expect(nan?.code == .invalidStart)
        #expect(nan?.message == "the start plan has a value that is not finite; give finite numbers")
    }

    @Test("Options out of range: negative time limit, gap ≥ 1, negative iteration limit")
    func invalidOptions() throws {
        let example = try ManualExample()
        var options = SolverOptions()
        options.timeLimit = -1
        let time = #expect(throws: GLPKError.self) { try example.model.solve(options) }
        #expect(time?.code == .invalidOption)
        #expect(time?.description == "timeLimit: the time limit is -1.0 s; give a number of seconds ≥ 0")

        options = SolverOptions(mipGap: 1)
        let gap = #expect(throws: GLPKError.self) { try example.model.solve(options) }
        #expect(gap?.code == .invalidOption)
        #expect(gap?.description == "mipGap: the MIP gap is 1.0; give a relative gap in [0, 1), e.g. 0.005")

        options = SolverOptions(mipGap: .nan)
        #expect(throws: GLPKError.self) { try example.model.solve(options) }

        options = SolverOptions()
        options.iterationLimit = -5
        let iterations = #expect(throws: GLPKError.self) { try example.model.solve(options) }
        #expect(iterations?.code == .invalidOption)
        #expect(
            iterations?.description == "iterationLimit: the iteration limit is -5; give a count from 0 to 2147483647")

        options = SolverOptions()
        options.progressInterval = -.infinity
        #expect(throws: GLPKError.self) { try options.validate() }
    }

    @Test("Binary variables are clipped to [0, 1]; integer bounds with no integer make the MIP infeasible")
    func integerDomains() throws {
        var model = Model()
        let b = try model.addVariable("b", lowerBound: -3, upperBound: 7, kind: .binary)
        #expect(model.lowerBounds == [0] && model.upperBounds == [1])
        let i = try model.addVariable("i", lowerBound: 0.2, upperBound: 0.8, kind: .integer)
        try model.setObjective(b + i, sense: .maximize)
        let solution = try model.solve()
        #expect(solution.status == .infeasible)
        #expect(solution.log.contains("integer variable 'i' has no integer value between its bounds [0.2, 0.8]"))
    }
}
