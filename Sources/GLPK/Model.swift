/// A linear or mixed-integer program, as a Swift value.
///
/// Building a model never touches GLPK: variables, constraints and the objective are
/// kept in Swift arrays (constraints in compressed rows), and ``solve(_:)`` hands the
/// whole model to GLPK in one call. Names are unique within their kind (variables,
/// constraints), compared byte for byte as GLPK compares them, and can be looked up.
///
/// ```swift
/// var model = Model(name: "manual")
/// let x = try model.addVariable("x")
/// let y = try model.addVariable("y")
/// try model.addConstraint(x + y <= 100, name: "capacity")
/// try model.setObjective(10 * x + 6 * y, sense: .maximize)
/// let solution = try model.solve()
/// ```
public struct Model: Sendable {
    /// The problem's name (written to MPS and LP files).
    public var name: String

    /// Whether the objective is minimised or maximised.
    public var objectiveSense: ObjectiveSense = .minimize
    /// The objective's constant term.
    public private(set) var objectiveConstant: Double = 0
    /// The objective coefficient of each variable, by variable index.
    public private(set) var objectiveCoefficients: [Double] = []

    /// The name of each variable, by index.
    public private(set) var variableNames: [String] = []
    /// The lower bound of each variable (`-infinity` for none).
    public private(set) var lowerBounds: [Double] = []
    /// The upper bound of each variable (`+infinity` for none).
    public private(set) var upperBounds: [Double] = []
    /// The domain of each variable.
    public private(set) var variableKinds: [VariableKind] = []
    var variableIndex = NameTable()

    /// The name of each constraint, by index.
    public private(set) var constraintNames: [String] = []
    /// The lower bound of each constraint (`-infinity` for none).
    public private(set) var constraintLowerBounds: [Double] = []
    /// The upper bound of each constraint (`+infinity` for none).
    public private(set) var constraintUpperBounds: [Double] = []
    /// Compressed rows: constraint `i` has the entries `rowStart[i] ..< rowStart[i + 1]`.
    public private(set) var rowStart = IndexList([0])
    /// The variable index of each matrix entry.
    public private(set) var entryColumns = IndexList()
    /// The coefficient of each matrix entry.
    public private(set) var entryValues: [Double] = []
    var constraintIndex = NameTable()

    /// An empty model.
    public init(name: String = "") {
        self.name = name
    }

    /// The number of variables.
    public var variableCount: Int { variableNames.count }
    /// The number of constraints.
    public var constraintCount: Int { constraintNames.count }
    /// The number of non-zero constraint coefficients.
    public var nonzeroCount: Int { entryValues.count }
    /// Whether any variable is integer or binary.
    public var hasIntegerVariables: Bool { variableKinds.contains { $0 != .continuous } }

    /// Every variable, in index order.
    public var variables: [Variable] { (0..<variableCount).map(Variable.init(index:)) }
    /// Every constraint, in index order.
    public var constraints: [Constraint] { (0..<constraintCount).map(Constraint.init(index:)) }

    /// Reserves storage for a model of the given size.
    public mutating func reserveCapacity(variables: Int, constraints: Int, nonzeros: Int) {
        variableNames.reserveCapacity(variables)
        lowerBounds.reserveCapacity(variables)
        upperBounds.reserveCapacity(variables)
        variableKinds.reserveCapacity(variables)
        objectiveCoefficients.reserveCapacity(variables)
        variableIndex.reserveCapacity(variables)
        constraintNames.reserveCapacity(constraints)
        constraintLowerBounds.reserveCapacity(constraints)
        constraintUpperBounds.reserveCapacity(constraints)
        rowStart.storage.reserveCapacity(constraints + 1)
        constraintIndex.reserveCapacity(constraints)
        entryColumns.storage.reserveCapacity(nonzeros)
        entryValues.reserveCapacity(nonzeros)
    }

    // MARK: Variables

    /// Adds a variable.
    ///
    /// - Parameters:
    ///   - name: a unique name of 1 to 255 bytes without control characters; `nil`
    ///     names it `x` followed by its 1-based position.
    ///   - lowerBound: the least value (`-infinity` for none); 0 by default.
    ///   - upperBound: the greatest value (`+infinity` for none).
    ///   - kind: continuous, integer or binary.
    /// - Returns: the new variable.
    /// - Throws: ``GLPKError`` `.invalidName`, `.duplicateName` or `.invalidBounds`.
    @discardableResult
    public mutating func addVariable(
        _ name: String? = nil, lowerBound: Double = 0, upperBound: Double = .infinity,
        kind: VariableKind = .continuous
    ) throws -> Variable {
        let name = name ?? "x\(variableCount + 1)"
        try Self.validate(name: name, of: "variable")
        try Self.validate(lower: lowerBound, upper: upperBound, of: "variable", named: name)
        let index = variableCount
        if variableIndex.insert(name, at: index, names: variableNames) != nil {
            throw GLPKError(
                .duplicateName, "another variable is already named '\(name)'; give each variable its own name",
                context: name)
        }
        variableNames.append(name)
        lowerBounds.append(kind == .binary ? max(lowerBound, 0) : lowerBound)
        upperBounds.append(kind == .binary ? min(upperBound, 1) : upperBound)
        variableKinds.append(kind)
        objectiveCoefficients.append(0)
        return Variable(index: index)
    }

    /// Changes a variable's bounds.
    /// - Throws: ``GLPKError`` `.unknownElement` or `.invalidBounds`.
    public mutating func setBounds(of variable: Variable, lowerBound: Double, upperBound: Double) throws {
        try check(variable)
        try Self.validate(lower: lowerBound, upper: upperBound, of: "variable", named: variableNames[variable.index])
        lowerBounds[variable.index] = lowerBound
        upperBounds[variable.index] = upperBound
    }

    /// Changes a variable's domain.
    /// - Throws: ``GLPKError`` `.unknownElement`.
    public mutating func setKind(of variable: Variable, to kind: VariableKind) throws {
        try check(variable)
        variableKinds[variable.index] = kind
        if kind == .binary {
            lowerBounds[variable.index] = max(lowerBounds[variable.index], 0)
            upperBounds[variable.index] = min(upperBounds[variable.index], 1)
        }
    }

    /// The variable with this name, if any.
    public func variable(named name: String) -> Variable? {
        variableIndex.position(of: name, names: variableNames).map(Variable.init(index:))
    }

    /// The name of a variable.
    /// - Throws: ``GLPKError`` `.unknownElement` for a variable of another model.
    public func name(of variable: Variable) throws -> String {
        try check(variable)
        return variableNames[variable.index]
    }

    // MARK: Constraints

    /// Adds a constraint.
    ///
    /// Terms on the same variable are summed, zero coefficients dropped, and the
    /// expression's constant moved to the bounds.
    /// - Parameters:
    ///   - constraint: the constraint, e.g. `x + y <= 100`.
    ///   - name: a unique name; `nil` names it `r` followed by its 1-based position.
    /// - Returns: the new constraint.
    /// - Throws: ``GLPKError`` `.invalidName`, `.duplicateName`, `.invalidBounds`,
    ///   `.invalidCoefficient` or `.unknownElement`.
    @discardableResult
    public mutating func addConstraint(_ constraint: LinearConstraint, name: String? = nil) throws -> Constraint {
        let name = name ?? "r\(constraintCount + 1)"
        try Self.validate(name: name, of: "constraint")
        let expression = constraint.expression
        guard expression.constant.isFinite else {
            throw GLPKError(
                .invalidCoefficient, "the constant term is \(expression.constant); use a finite number", context: name)
        }
        let lower = constraint.lowerBound - expression.constant
        let upper = constraint.upperBound - expression.constant
        try Self.validate(lower: lower, upper: upper, of: "constraint", named: name)
        try checkNumbered(expression, context: name)
        let (indices, coefficients) = expression.merged()
        for k in indices.indices {
            guard indices[k] >= 0, indices[k] < variableCount else {
                throw GLPKError(
                    .unknownElement,
                    "a term uses variable #\(indices[k]), which this model does not have (it has \(variableCount)); use variables made by this model",
                    context: name)
            }
            guard coefficients[k].isFinite else {
                throw GLPKError(
                    .invalidCoefficient,
                    "the coefficient of '\(variableNames[indices[k]])' is \(coefficients[k]); use a finite number",
                    context: name)
            }
        }
        let index = constraintCount
        if constraintIndex.insert(name, at: index, names: constraintNames) != nil {
            throw GLPKError(
                .duplicateName, "another constraint is already named '\(name)'; give each constraint its own name",
                context: name)
        }
        constraintNames.append(name)
        constraintLowerBounds.append(lower)
        constraintUpperBounds.append(upper)
        entryColumns.storage.append(contentsOf: indices.storage)
        entryValues.append(contentsOf: coefficients)
        rowStart.storage.append(Int32(entryValues.count))
        return Constraint(index: index)
    }

    /// Changes a constraint's bounds.
    /// - Throws: ``GLPKError`` `.unknownElement` or `.invalidBounds`.
    public mutating func setBounds(of constraint: Constraint, lowerBound: Double, upperBound: Double) throws {
        try check(constraint)
        try Self.validate(
            lower: lowerBound, upper: upperBound, of: "constraint", named: constraintNames[constraint.index])
        constraintLowerBounds[constraint.index] = lowerBound
        constraintUpperBounds[constraint.index] = upperBound
    }

    /// The constraint with this name, if any.
    public func constraint(named name: String) -> Constraint? {
        constraintIndex.position(of: name, names: constraintNames).map(Constraint.init(index:))
    }

    /// The name of a constraint.
    /// - Throws: ``GLPKError`` `.unknownElement` for a constraint of another model.
    public func name(of constraint: Constraint) throws -> String {
        try check(constraint)
        return constraintNames[constraint.index]
    }

    /// The terms of a constraint: variables and coefficients, by increasing variable index.
    /// - Throws: ``GLPKError`` `.unknownElement` for a constraint of another model.
    public func terms(of constraint: Constraint) throws -> [(variable: Variable, coefficient: Double)] {
        try check(constraint)
        let range = rowStart[constraint.index]..<rowStart[constraint.index + 1]
        return range.map { (Variable(index: entryColumns[$0]), entryValues[$0]) }
    }

    // MARK: Appending

    /// Appends every variable of another model after this model's own: names, bounds,
    /// domains and objective coefficients.
    ///
    /// The bulk form of ``addVariable(_:lowerBound:upperBound:kind:)`` for assembling a
    /// model from parts built apart (e.g. in parallel): `other`'s elements are already
    /// valid, so only the names are checked against this model's.
    /// - Returns: the index of `other`'s first variable here: its variable `j` is this
    ///   model's `j + offset`.
    /// - Throws: ``GLPKError`` `.duplicateName` when a name is already taken here; this
    ///   model is then unchanged.
    @discardableResult
    public mutating func appendVariables(of other: Model) throws -> Int {
        let offset = variableCount
        let tags = other.variableNames.map { variableIndex.tag(of: $0) }
        for (j, name) in other.variableNames.enumerated()
        where variableIndex.position(of: name, tag: tags[j], names: variableNames) != nil {
            throw GLPKError(
                .duplicateName, "another variable is already named '\(name)'; give each variable its own name",
                context: name)
        }
        for (j, name) in other.variableNames.enumerated() {
            _ = variableIndex.insert(name, tag: tags[j], at: offset + j, names: variableNames)
            variableNames.append(name)
        }
        lowerBounds += other.lowerBounds
        upperBounds += other.upperBounds
        variableKinds += other.variableKinds
        objectiveCoefficients += other.objectiveCoefficients
        return offset
    }

    /// Appends every constraint of another model after this model's own, its variable
    /// `j` becoming this model's variable `j + variableOffset` (as returned by
    /// ``appendVariables(of:)``).
    /// - Throws: ``GLPKError`` `.unknownElement` when a shifted variable is not in this
    ///   model, `.duplicateName` when a name is already taken here; this model is then
    ///   unchanged.
    public mutating func appendConstraints(of other: Model, variableOffset: Int) throws {
        let highest = other.entryColumns.storage.max().map(Int.init) ?? -1
        guard variableOffset >= 0, highest + variableOffset < variableCount else {
            throw GLPKError(
                .unknownElement,
                "the appended constraints use variable #\(highest + variableOffset), which this model does not have (it has \(variableCount)); append the variables first, with their offset",
                context: other.name)
        }
        let tags = other.constraintNames.map { constraintIndex.tag(of: $0) }
        for (i, name) in other.constraintNames.enumerated()
        where constraintIndex.position(of: name, tag: tags[i], names: constraintNames) != nil {
            throw GLPKError(
                .duplicateName, "another constraint is already named '\(name)'; give each constraint its own name",
                context: name)
        }
        let first = constraintCount
        for (i, name) in other.constraintNames.enumerated() {
            _ = constraintIndex.insert(name, tag: tags[i], at: first + i, names: constraintNames)
            constraintNames.append(name)
        }
        constraintLowerBounds += other.constraintLowerBounds
        constraintUpperBounds += other.constraintUpperBounds
        let base = Int32(entryValues.count)
        rowStart.storage += other.rowStart.storage.dropFirst().lazy.map { $0 + base }
        let offset = Int32(variableOffset)
        entryColumns.storage += other.entryColumns.storage.lazy.map { $0 + offset }
        entryValues += other.entryValues
    }

    // MARK: Objective

    /// Sets the objective. Terms on the same variable are summed.
    /// - Throws: ``GLPKError`` `.invalidCoefficient` or `.unknownElement`.
    public mutating func setObjective(_ expression: LinearExpression, sense: ObjectiveSense) throws {
        guard expression.constant.isFinite else {
            throw GLPKError(
                .invalidCoefficient, "the objective's constant is \(expression.constant); use a finite number",
                context: "objective")
        }
        try checkNumbered(expression, context: "objective")
        var coefficients = [Double](repeating: 0, count: variableCount)
        for k in expression.indices.indices {
            let index = expression.indices[k]
            guard index >= 0, index < variableCount else {
                throw GLPKError(
                    .unknownElement,
                    "a term uses variable #\(index), which this model does not have; use variables made by this model",
                    context: "objective")
            }
            coefficients[index] += expression.coefficients[k]
        }
        if let bad = coefficients.firstIndex(where: { !$0.isFinite }) {
            throw GLPKError(
                .invalidCoefficient,
                "the coefficient of '\(variableNames[bad])' is \(coefficients[bad]); use a finite number",
                context: "objective")
        }
        objectiveCoefficients = coefficients
        objectiveConstant = expression.constant
        objectiveSense = sense
    }

    /// Throws for a term on a variable GLPK cannot number (``LinearExpression`` keeps it
    /// as -1 rather than wrap it onto another variable).
    private func checkNumbered(_ expression: LinearExpression, context: String) throws {
        if let index = expression.unnumberableIndex {
            throw GLPKError(
                .unknownElement,
                "a term uses variable #\(index), which this model does not have (it has \(variableCount)); use variables made by this model",
                context: context)
        }
    }

    /// The objective as an expression.
    public var objective: LinearExpression {
        var expression = LinearExpression(objectiveConstant)
        for (index, coefficient) in objectiveCoefficients.enumerated() where coefficient != 0 {
            expression.add(coefficient, Variable(index: index))
        }
        return expression
    }
}
