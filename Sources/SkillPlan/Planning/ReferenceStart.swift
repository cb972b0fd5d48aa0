import GLPK

/// A start plan made of a reference plan's decisions (``PlanningOptions/startFromReference``):
/// the phase's model with every decision the reference has fixed to its value (rounded
/// to whole numbers, as the decisions are), solved for the rest (the shortfalls, and any
/// decision the reference lacks). Target prices start each relaxed solve from the plan
/// being priced: relaxing a target keeps that plan feasible, so phase 1 starts with its
/// shortfall and phase 2, whose shortfall row it meets unless the relaxation lets
/// another target do better, with its cost (or the heuristic's plan, when cheaper), and
/// a target whose price is within the gap ends at once.
enum ReferenceStart {
    /// The start, or `nil` when the reference's decisions do not hold in `model` (the
    /// phase-2 shortfall row, a bound) or the completion is stopped.
    ///
    /// - Parameters:
    ///   - reference: the reference plan's decisions.
    ///   - model: the phase's model, with its objective.
    ///   - built: the planning model whose decision columns `model` starts with.
    ///   - options: the solve's options (their stop is kept; the time limit is capped).
    static func values(of reference: PlanDecisions, in model: Model, built: PlanningModel, options: SolverOptions)
        -> [Double]?
    {
        var fixed = built
        fixed.model = model
        var whole = reference
        whole.intake = reference.intake.mapValues { $0.rounded() }
        whole.classes = reference.classes.mapValues { $0.rounded() }
        whole.training = reference.training.mapValues { $0.rounded() }
        whole.hires = reference.hires.mapValues { $0.rounded() }
        whole.rotation = reference.rotation.mapValues { $0.rounded() }
        whole.expansion = reference.expansion.mapValues { $0.rounded() }
        var plain = SolverOptions()
        plain.presolve = false
        plain.cuts = false
        plain.mipGap = options.mipGap
        plain.timeLimit = min(options.timeLimit ?? 10, 10)
        plain.interruption = options.interruption
        do {
            try Planner.fix(&fixed, to: whole)
            let solution = try fixed.model.solve(plain)
            return solution.status.hasSolution ? solution.values : nil
        } catch {
            return nil
        }
    }
}
