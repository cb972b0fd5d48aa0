import GLPK

/// A planning model's objective in its two parts: the weighted shortfall
/// `S = Σ_k w[k]·Σ u[k,·]` (the coefficients of the shortfall columns) and the cost
/// (every other coefficient, and the constant).
struct ObjectiveParts {
    /// `S`, the shortfall penalty.
    var shortfall = LinearExpression()
    /// The cost in yuan.
    var cost = LinearExpression()
    /// The smallest weight of a shortfall column (0 when there is none).
    var smallestWeight = 0.0

    /// Splits a model's objective.
    /// - Parameters:
    ///   - model: the model, minimising shortfall penalty plus cost.
    ///   - shortfallColumns: the indices of its shortfall columns.
    init(_ model: Model, shortfallColumns: Set<Int>) {
        let objective = model.objective
        let (indices, coefficients) = objective.merged()
        cost.constant = objective.constant
        var smallest = Double.infinity
        for (n, index) in indices.enumerated() where coefficients[n] != 0 {
            let variable = Variable(index: Int(index))
            if shortfallColumns.contains(Int(index)) {
                shortfall.add(coefficients[n], variable)
                smallest = min(smallest, abs(coefficients[n]))
            } else {
                cost.add(coefficients[n], variable)
            }
        }
        smallestWeight = smallest.isFinite ? smallest : 0
    }

    /// The shortfall columns of a planning model.
    static func shortfallColumns(of built: PlanningModel) -> Set<Int> {
        Set(built.shortfalls.values.flatMap { $0.map(\.index) })
    }

    /// How far phase 2 may let the shortfall rise above phase 1's: a hundredth of a
    /// person (or place) at the smallest weight, and at least 1e-7 of the shortfall for
    /// the solver's tolerances. Smaller than the formulation's "e.g. one person", so that
    /// phase 2 cannot turn one applicant away to save a class.
    func tolerance(above value: Double) -> Double {
        max(0.01 * smallestWeight, 1e-7 * abs(value), 1e-6)
    }
}
