/// A closed interval whose ends may be infinite.
public struct ValueRange: Sendable, Equatable, CustomStringConvertible {
    /// The least value (`-infinity` when there is no limit).
    public let lower: Double
    /// The greatest value (`+infinity` when there is no limit).
    public let upper: Double

    /// Creates a range.
    public init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    /// Whether the value lies in the range.
    public func contains(_ value: Double) -> Bool { lower <= value && value <= upper }

    /// `[lower, upper]`.
    public var description: String { "[\(lower), \(upper)]" }
}

/// Ranging of an optimal basic solution (GLPK's `glp_analyze_coef` and `glp_analyze_bound`).
public struct SensitivityReport: Sendable {
    /// For each variable, the range its objective coefficient can take while the
    /// current basis stays optimal.
    public let objectiveRanges: [ValueRange]
    /// For each constraint, the range its active bound (right-hand side) can take
    /// while the basis stays optimal. A constraint that is not binding can move its
    /// bound from its activity outward without limit.
    public let rightHandSideRanges: [ValueRange]

    /// The range of a variable's objective coefficient.
    public func objectiveRange(of variable: Variable) -> ValueRange {
        objectiveRanges[variable.index]
    }

    /// The range of a constraint's right-hand side.
    public func rightHandSideRange(of constraint: Constraint) -> ValueRange {
        rightHandSideRanges[constraint.index]
    }
}
