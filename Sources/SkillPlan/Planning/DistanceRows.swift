import GLPK

/// Phase 3's distance to a reference plan: for each decision of the model that the
/// reference also has, a pair of deviation columns `d⁺, d⁻ ≥ 0` with
/// `v − d⁺ + d⁻ = v_R`, and the objective `Σ (d⁺ + d⁻) = Σ |v − v_R|`. Decisions of the
/// reference that the model does not have are left out (``PlanLikeness`` counts them).
enum DistanceRows {
    /// Adds the deviation columns and rows, and sets the distance as the objective.
    ///
    /// - Parameters:
    ///   - model: the phase-2 model with its rows holding shortfall and cost.
    ///   - built: the planning model whose decision columns `model` starts with.
    ///   - reference: the reference plan's decisions.
    ///   - values: a solution of `model` (phase 2's plan).
    /// - Returns: `values` extended with the deviations, a start plan of the new model.
    static func add(to model: inout Model, built: PlanningModel, reference: PlanDecisions, values: [Double]) throws
        -> [Double]
    {
        var start = values
        var distance = LinearExpression()
        for (kind, variables, referenceValues) in pairs(built, reference) {
            for key in variables.keys.sorted() {
                guard let v = variables[key], let target = referenceValues[key] else { continue }
                let name = "\(kind)[\(key.replacingOccurrences(of: "\u{1F}", with: ","))]"
                let over = try model.addVariable("like-over-" + name)
                let under = try model.addVariable("like-under-" + name)
                _ = try model.addConstraint(
                    LinearExpression(v) - LinearExpression(over) + LinearExpression(under) == target,
                    name: "like-" + name)
                distance.add(1, over)
                distance.add(1, under)
                let value = v.index < values.count ? values[v.index] : 0
                start.append(max(0, value - target))
                start.append(max(0, target - value))
            }
        }
        try model.setObjective(distance, sense: .minimize)
        return start
    }

    /// The decision kinds the distance counts, with the model's columns and the reference's values.
    static func pairs(_ built: PlanningModel, _ reference: PlanDecisions) -> [(
        String, [String: Variable], [String: Double]
    )] {
        [
            ("intake", built.intake, reference.intake), ("classes", built.classes, reference.classes),
            ("training", built.training, reference.training), ("hires", built.hires, reference.hires),
            ("rotation", built.rotation, reference.rotation), ("expansion", built.expansion, reference.expansion),
            ("high-level training", built.highTraining, reference.highTraining),
            ("qualification", built.qualification, reference.qualification),
        ]
    }
}
