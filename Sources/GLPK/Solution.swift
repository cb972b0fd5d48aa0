/// The result of ``Model/solve(_:)``: a status, and the values when there is a solution.
public struct Solution: Sendable {
    /// What the solve established.
    public let status: SolutionStatus
    /// Whether this is a MIP's integer solution (no duals) or a linear program's.
    public let isInteger: Bool
    /// The objective value, when there is a solution.
    public let objectiveValue: Double?
    /// Each variable's value, by variable index (empty when there is no solution).
    public let values: [Double]
    /// Each constraint's activity (the value of its expression), by constraint index.
    public let activities: [Double]
    /// Each constraint's dual value (shadow price), for a linear program's solution.
    public let duals: [Double]?
    /// Each variable's reduced cost, for a linear program's solution.
    public let reducedCosts: [Double]?
    /// For a MIP: the best bound on the objective when the search ended.
    public let bestBound: Double?
    /// Ranging of the objective coefficients and the constraint bounds, when asked for.
    public let sensitivity: SensitivityReport?
    /// Whether the offered start plan became the search's incumbent (`nil` when none was offered).
    public let startAccepted: Bool?
    /// Wall-clock seconds spent in the solve, building the GLPK problem included.
    public let solveTime: Double
    /// GLPK's own output during the solve.
    public let log: String
    /// GLPK's count of memory blocks still allocated after the problem was deleted
    /// (0 unless GLPK leaked); kept for the wrapper's tests.
    public let glpkMemoryBlocksLeft: Int
    /// For a MIP searched by branch and bound: the nodes the search created (GLPK's
    /// `glp_ios_tree_size` total); `nil` otherwise.
    public let nodes: Int?

    /// For a MIP with a bound: `|objective − bound| / (|objective| + ε)`, GLPK's relative gap.
    public var relativeGap: Double? {
        guard let objectiveValue, let bestBound, bestBound.isFinite else { return nil }
        return abs(objectiveValue - bestBound) / (abs(objectiveValue) + Double.ulpOfOne)
    }

    /// The same solution with `known`, a bound proven elsewhere for the same model, as its
    /// best bound where it is better than the search's own (higher when minimising).
    func withBound(_ known: Double, sense: ObjectiveSense) -> Solution {
        let better: Double
        if let own = bestBound, own.isFinite {
            better = sense == .minimize ? max(own, known) : min(own, known)
        } else {
            better = known
        }
        guard status.hasSolution, better != bestBound else { return self }
        return Solution(
            status: status, isInteger: isInteger, objectiveValue: objectiveValue, values: values,
            activities: activities, duals: duals, reducedCosts: reducedCosts, bestBound: better,
            sensitivity: sensitivity, startAccepted: startAccepted, solveTime: solveTime, log: log,
            glpkMemoryBlocksLeft: glpkMemoryBlocksLeft, nodes: nodes)
    }

    /// The value of a variable (0 when there is no solution).
    public subscript(_ variable: Variable) -> Double {
        variable.index < values.count ? values[variable.index] : 0
    }

    /// The value of an expression at this solution.
    public subscript(_ expression: LinearExpression) -> Double {
        values.isEmpty ? expression.constant : expression.evaluate(values)
    }

    /// The activity of a constraint (0 when there is no solution).
    public func activity(of constraint: Constraint) -> Double {
        constraint.index < activities.count ? activities[constraint.index] : 0
    }

    /// The dual value of a constraint, for a linear program's solution.
    public func dual(of constraint: Constraint) -> Double? {
        duals.flatMap { constraint.index < $0.count ? $0[constraint.index] : nil }
    }

    /// The reduced cost of a variable, for a linear program's solution.
    public func reducedCost(of variable: Variable) -> Double? {
        reducedCosts.flatMap { variable.index < $0.count ? $0[variable.index] : nil }
    }
}
