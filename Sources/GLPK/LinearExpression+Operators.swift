// Arithmetic on variables and expressions: `3 * x + y - 2 * z + 5`.

extension LinearExpression {
    /// The sum of two expressions.
    public static func + (lhs: LinearExpression, rhs: LinearExpression) -> LinearExpression {
        var result = lhs
        result.add(rhs)
        return result
    }

    /// The difference of two expressions.
    public static func - (lhs: LinearExpression, rhs: LinearExpression) -> LinearExpression {
        var result = lhs
        result.add(rhs, scaledBy: -1)
        return result
    }

    /// The expression with every coefficient and the constant negated.
    public static prefix func - (operand: LinearExpression) -> LinearExpression {
        operand.scaled(by: -1)
    }

    /// The expression multiplied by a number.
    public static func * (lhs: Double, rhs: LinearExpression) -> LinearExpression {
        rhs.scaled(by: lhs)
    }

    /// The expression multiplied by a number.
    public static func * (lhs: LinearExpression, rhs: Double) -> LinearExpression {
        lhs.scaled(by: rhs)
    }

    /// The expression divided by a number.
    public static func / (lhs: LinearExpression, rhs: Double) -> LinearExpression {
        lhs.scaled(by: 1 / rhs)
    }

    /// The expression plus a constant.
    public static func + (lhs: LinearExpression, rhs: Double) -> LinearExpression {
        var result = lhs
        result.constant += rhs
        return result
    }

    /// A constant plus the expression.
    public static func + (lhs: Double, rhs: LinearExpression) -> LinearExpression {
        rhs + lhs
    }

    /// The expression minus a constant.
    public static func - (lhs: LinearExpression, rhs: Double) -> LinearExpression {
        lhs + (-rhs)
    }

    /// A constant minus the expression.
    public static func - (lhs: Double, rhs: LinearExpression) -> LinearExpression {
        -rhs + lhs
    }

    /// The expression plus a variable.
    public static func + (lhs: LinearExpression, rhs: Variable) -> LinearExpression {
        var result = lhs
        result.add(1, rhs)
        return result
    }

    /// The expression minus a variable.
    public static func - (lhs: LinearExpression, rhs: Variable) -> LinearExpression {
        var result = lhs
        result.add(-1, rhs)
        return result
    }

    /// A variable plus the expression.
    public static func + (lhs: Variable, rhs: LinearExpression) -> LinearExpression {
        rhs + lhs
    }

    /// A variable minus the expression.
    public static func - (lhs: Variable, rhs: LinearExpression) -> LinearExpression {
        LinearExpression(lhs) - rhs
    }

    /// Adds an expression in place.
    public static func += (lhs: inout LinearExpression, rhs: LinearExpression) {
        lhs.add(rhs)
    }

    /// Subtracts an expression in place.
    public static func -= (lhs: inout LinearExpression, rhs: LinearExpression) {
        lhs.add(rhs, scaledBy: -1)
    }

    /// Adds a variable in place.
    public static func += (lhs: inout LinearExpression, rhs: Variable) {
        lhs.add(1, rhs)
    }

    /// Subtracts a variable in place.
    public static func -= (lhs: inout LinearExpression, rhs: Variable) {
        lhs.add(-1, rhs)
    }

    /// Adds a constant in place.
    public static func += (lhs: inout LinearExpression, rhs: Double) {
        lhs.constant += rhs
    }

    /// Subtracts a constant in place.
    public static func -= (lhs: inout LinearExpression, rhs: Double) {
        lhs.constant -= rhs
    }
}

extension Variable {
    /// `coefficient·variable`.
    public static func * (lhs: Double, rhs: Variable) -> LinearExpression {
        var result = LinearExpression()
        result.add(lhs, rhs)
        return result
    }

    /// `variable·coefficient`.
    public static func * (lhs: Variable, rhs: Double) -> LinearExpression {
        rhs * lhs
    }

    /// `variable / divisor`.
    public static func / (lhs: Variable, rhs: Double) -> LinearExpression {
        (1 / rhs) * lhs
    }

    /// The sum of two variables.
    public static func + (lhs: Variable, rhs: Variable) -> LinearExpression {
        LinearExpression(lhs) + rhs
    }

    /// The difference of two variables.
    public static func - (lhs: Variable, rhs: Variable) -> LinearExpression {
        LinearExpression(lhs) - rhs
    }

    /// `-1·variable`.
    public static prefix func - (operand: Variable) -> LinearExpression {
        -1 * operand
    }

    /// A variable plus a constant.
    public static func + (lhs: Variable, rhs: Double) -> LinearExpression {
        LinearExpression(lhs) + rhs
    }

    /// A constant plus a variable.
    public static func + (lhs: Double, rhs: Variable) -> LinearExpression {
        LinearExpression(rhs) + lhs
    }

    /// A variable minus a constant.
    public static func - (lhs: Variable, rhs: Double) -> LinearExpression {
        LinearExpression(lhs) - rhs
    }

    /// A constant minus a variable.
    public static func - (lhs: Double, rhs: Variable) -> LinearExpression {
        lhs - LinearExpression(rhs)
    }
}

extension Sequence where Element == LinearExpression {
    /// The sum of the expressions.
    public func sum() -> LinearExpression {
        reduce(into: LinearExpression()) { $0.add($1) }
    }
}

extension Sequence where Element == Variable {
    /// The sum of the variables.
    public func sum() -> LinearExpression {
        reduce(into: LinearExpression()) { $0.add(1, $1) }
    }
}
