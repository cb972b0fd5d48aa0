import GLPK

/// One school's part of a decomposed scenario: its model, and what its decisions add to
/// each coupling row.
///
/// The school is solved three ways: *priced* (each coupling row's contribution earns
/// the row's price, for the Lagrangian bound and the coordination), *shared* (it must
/// deliver its share of each coupling row, as a soft row priced at the target's
/// weight, for the integer plan), and as is; and in each phase of the solve order
/// (``phase(objective:held:)``): its shortfall, then its cost with the shortfall held.
struct SchoolSubproblem: Sendable {
    /// The school's scenario.
    let scenario: Scenario
    /// The school's model.
    let built: PlanningModel
    /// Its contribution to each coupling row (empty where it contributes nothing).
    let contributions: [SchoolTerms]

    /// The school's own objective (costs and its own targets' shortfalls) at a solution.
    func cost(_ values: [Double]) -> Double {
        var total = built.model.objectiveConstant
        for (j, c) in built.model.objectiveCoefficients.enumerated() where c != 0 { total += c * values[j] }
        return total
    }

    /// Its contribution to every coupling row at a solution.
    func contribution(_ values: [Double]) -> [Double] {
        contributions.map { $0.value(values) }
    }

    /// The model whose objective is the school's own less the coupling rows' prices
    /// times its contributions: `c·x − Σ_k λ_k f_k(x)`.
    func priced(_ prices: [Double]) throws -> Model {
        var model = built.model
        var objective = model.objective
        for (k, terms) in contributions.enumerated() where prices[k] != 0 {
            for e in terms.indices.indices {
                objective.add(-prices[k] * terms.coefficients[e], Variable(index: Int(terms.indices[e])))
            }
        }
        try model.setObjective(objective, sense: .minimize)
        return model
    }

    /// The model with the school's share of each coupling row it contributes to, as a
    /// soft row `f_k(x) + v_k ≥ share_k` whose shortfall `v_k` costs the row's weight.
    func shared(_ shares: [Double], rows: [CouplingRow]) throws -> Model {
        var model = built.model
        var objective = model.objective
        for (k, terms) in contributions.enumerated() where !terms.isEmpty {
            let v = try model.addVariable("share-shortfall[\(rows[k].name)]")
            objective.add(rows[k].weight, v)
            var row = LinearExpression(
                variables: terms.indices.map { Variable(index: Int($0)) }, coefficients: terms.coefficients)
            row.add(1, v)
            try model.addConstraint(row >= shares[k], name: "share[\(rows[k].name)]")
        }
        try model.setObjective(objective, sense: .minimize)
        return model
    }

    /// The school in one phase of the solve order: its model's objective replaced by
    /// `objective` (the shortfall part of its own, or the cost part), with the rows
    /// `held` added (phase 2: the school's shortfall at most phase 1's).
    func phase(objective: LinearExpression, held: [LinearConstraint] = []) throws -> SchoolSubproblem {
        var built = self.built
        try built.model.setObjective(objective, sense: .minimize)
        for row in held { _ = try built.model.addConstraint(row, name: "shortfall-held") }
        return SchoolSubproblem(scenario: scenario, built: built, contributions: contributions)
    }

    /// A plan of the school's model completed into a plan of ``shared(_:rows:)``'s model:
    /// each share row's shortfall where the plan falls short of its share.
    func sharedValues(_ values: [Double], shares: [Double]) -> [Double] {
        var completed = Array(values.prefix(built.model.variableCount))
        for (k, terms) in contributions.enumerated() where !terms.isEmpty {
            completed.append(max(0, shares[k] - terms.value(completed)))
        }
        return completed
    }
}
