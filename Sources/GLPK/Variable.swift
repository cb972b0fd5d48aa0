/// A decision variable of a ``Model``: a handle that is valid in the model that made it.
///
/// Variables are created with ``Model/addVariable(_:lowerBound:upperBound:kind:)`` and
/// combined into ``LinearExpression`` values with the arithmetic operators.
public struct Variable: Hashable, Sendable, CustomStringConvertible {
    /// The variable's position in its model, from 0.
    public let index: Int

    /// Creates a handle for the variable at `index` (0-based).
    public init(index: Int) {
        self.index = index
    }

    /// `x#index`, for debugging; look the name up with ``Model/name(of:)-(Variable)``.
    public var description: String { "x#\(index)" }
}

/// The domain of a variable.
public enum VariableKind: String, Sendable, CaseIterable, Codable {
    /// A real number between the bounds.
    case continuous
    /// An integer between the bounds.
    case integer
    /// 0 or 1 (an integer whose bounds are intersected with [0, 1]).
    case binary
}

/// A constraint of a ``Model``: a handle that is valid in the model that made it.
public struct Constraint: Hashable, Sendable, CustomStringConvertible {
    /// The constraint's position in its model, from 0.
    public let index: Int

    /// Creates a handle for the constraint at `index` (0-based).
    public init(index: Int) {
        self.index = index
    }

    /// `c#index`, for debugging; look the name up with ``Model/name(of:)-(Constraint)``.
    public var description: String { "c#\(index)" }
}

/// Whether the objective is minimised or maximised.
public enum ObjectiveSense: String, Sendable, CaseIterable, Codable {
    /// Find the least value.
    case minimize
    /// Find the greatest value.
    case maximize
}
