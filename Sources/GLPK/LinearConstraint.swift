/// A linear constraint `lower ≤ Σ aᵢ·xᵢ ≤ upper`, made with `<=`, `>=` or `==` on
/// expressions, or ranged with ``init(_:lowerBound:upperBound:)``.
///
/// An infinite bound means "no bound on that side". The expression's constant is
/// moved to the bounds when the constraint is added to a model.
public struct LinearConstraint: Sendable {
    /// The left-hand side.
    public var expression: LinearExpression
    /// The least value the expression may take (`-infinity` for none).
    public var lowerBound: Double
    /// The greatest value the expression may take (`+infinity` for none).
    public var upperBound: Double

    /// `lowerBound ≤ expression ≤ upperBound`.
    public init(_ expression: LinearExpression, lowerBound: Double = -.infinity, upperBound: Double = .infinity) {
        self.expression = expression
        self.lowerBound = lowerBound
        self.upperBound = upperBound
    }

    /// `range.lowerBound ≤ expression ≤ range.upperBound`.
    public init(_ expression: LinearExpression, in range: ClosedRange<Double>) {
        self.init(expression, lowerBound: range.lowerBound, upperBound: range.upperBound)
    }
}

extension LinearExpression {
    /// `expression ≤ value`.
    public static func <= (lhs: LinearExpression, rhs: Double) -> LinearConstraint {
        LinearConstraint(lhs, upperBound: rhs)
    }

    /// `expression ≥ value`.
    public static func >= (lhs: LinearExpression, rhs: Double) -> LinearConstraint {
        LinearConstraint(lhs, lowerBound: rhs)
    }

    /// `expression = value`.
    public static func == (lhs: LinearExpression, rhs: Double) -> LinearConstraint {
        LinearConstraint(lhs, lowerBound: rhs, upperBound: rhs)
    }

    /// `lhs ≤ rhs`, written as `lhs − rhs ≤ 0`.
    public static func <= (lhs: LinearExpression, rhs: LinearExpression) -> LinearConstraint {
        (lhs - rhs) <= 0
    }

    /// `lhs ≥ rhs`, written as `lhs − rhs ≥ 0`.
    public static func >= (lhs: LinearExpression, rhs: LinearExpression) -> LinearConstraint {
        (lhs - rhs) >= 0
    }

    /// `lhs = rhs`, written as `lhs − rhs = 0`.
    public static func == (lhs: LinearExpression, rhs: LinearExpression) -> LinearConstraint {
        (lhs - rhs) == 0
    }

    /// `expression ≤ variable`.
    public static func <= (lhs: LinearExpression, rhs: Variable) -> LinearConstraint {
        lhs <= LinearExpression(rhs)
    }

    /// `expression ≥ variable`.
    public static func >= (lhs: LinearExpression, rhs: Variable) -> LinearConstraint {
        lhs >= LinearExpression(rhs)
    }

    /// `value ≤ expression`.
    public static func <= (lhs: Double, rhs: LinearExpression) -> LinearConstraint {
        rhs >= lhs
    }

    /// `value ≥ expression`.
    public static func >= (lhs: Double, rhs: LinearExpression) -> LinearConstraint {
        rhs <= lhs
    }
}

extension Variable {
    /// `variable ≤ value`.
    public static func <= (lhs: Variable, rhs: Double) -> LinearConstraint {
        LinearExpression(lhs) <= rhs
    }

    /// `variable ≥ value`.
    public static func >= (lhs: Variable, rhs: Double) -> LinearConstraint {
        LinearExpression(lhs) >= rhs
    }

    /// `variable = value`.
    public static func == (lhs: Variable, rhs: Double) -> LinearConstraint {
        LinearExpression(lhs) == rhs
    }

    /// `variable ≤ expression`.
    public static func <= (lhs: Variable, rhs: LinearExpression) -> LinearConstraint {
        LinearExpression(lhs) <= rhs
    }

    /// `variable ≥ expression`.
    public static func >= (lhs: Variable, rhs: LinearExpression) -> LinearConstraint {
        LinearExpression(lhs) >= rhs
    }

    /// `lhs ≤ rhs` for two variables.
    public static func <= (lhs: Variable, rhs: Variable) -> LinearConstraint {
        LinearExpression(lhs) <= LinearExpression(rhs)
    }

    /// `lhs ≥ rhs` for two variables.
    public static func >= (lhs: Variable, rhs: Variable) -> LinearConstraint {
        LinearExpression(lhs) >= LinearExpression(rhs)
    }
}
