import GLPK

/// A proof, without a search of the relaxed scenario, that relaxing a target keeps the
/// plan being priced: the plan is within the gap of the best the relaxed scenario allows
/// in both phases, so its relaxed solve would end with the plan itself, and the target's
/// price is 0, at most the plan's cost less the relaxed cost bound.
///
/// Relaxing a target only loosens the model, so the plan is feasible in it, with its own
/// cost and a shortfall no larger. A lower bound on each phase of the relaxed scenario
/// comes from one of two arguments, the cheaper first:
///
/// 1. **Its LP relaxation** (a few milliseconds).
/// 2. **Two cases** (a step, not a removal): a relaxed plan that still meets the target
///    as first asked, in every row, has the same shortfall in both scenarios, so it is a
///    plan of the unrelaxed phase and the plan's own proven bound holds for it (the
///    shortfall phase's bound; the cost phase's bound when the relaxed shortfall row is
///    no looser than the plan's). A relaxed plan that falls short of the target as first
///    asked does so in some row: for each row, the LP relaxation with that row held at or
///    below its first requirement bounds those plans. A target the plan meets with room
///    to spare cannot be given up without giving up applicants or other targets, so
///    these LPs are far above the plan (or infeasible).
///
/// For the shortfall phase a third: GLPK's search from the plan, stopped after its root
/// (its cuts give the bound the plan's own solve proved). A target the arguments cannot
/// settle is solved.
struct PlanKeptProof {
    /// The plan's weighted shortfall in the relaxed scenario (what phase 1 starts from).
    var shortfall: Double
    /// The proven lower bound on the relaxed scenario's shortfall.
    var shortfallBound: Double
    /// The plan's cost.
    var cost: Double
    /// The proven lower bound on the relaxed scenario's cost, the shortfall held at the
    /// plan's: the least any relaxed plan as close to the targets can cost.
    var costBound: Double

    /// Targets with more rows than this are not split into cases (each row is an LP).
    static let caseRows = 12

    /// What the arguments proved about a relaxed scenario.
    enum Finding {
        /// Both phases: the plan is kept.
        case kept(PlanKeptProof)
        /// The shortfall phase only: the plan's shortfall is within the gap of this
        /// proven bound, so the relaxed solve's phase 1 needs no search (its cost phase
        /// does).
        case shortfallSettled(bound: Double)
        /// Neither (or a solve failed, or the plan's decisions do not hold in the relaxed model).
        case none

        /// The proof, when the plan is kept.
        var proof: PlanKeptProof? {
            if case .kept(let proof) = self { return proof }
            return nil
        }

        /// The shortfall phase's proven bound, when the plan's shortfall is within the gap of it.
        var shortfallBound: Double? {
            switch self {
            case .kept(let proof): proof.shortfallBound
            case .shortfallSettled(let bound): bound
            case .none: nil
            }
        }
    }

    /// The proof for a relaxed scenario, or `nil` when the bounds do not give it (or a
    /// solve fails, or the plan's decisions do not hold in the relaxed model).
    ///
    /// - Parameters:
    ///   - relaxed: the scenario with one target relaxed.
    ///   - target: the relaxed target's id.
    ///   - plan: the plan being priced (a plan of the unrelaxed scenario).
    ///   - original: the unrelaxed scenario's model, for the cases (`nil`: none).
    ///   - isStep: whether the target was lowered by a step (a removal has no cases).
    ///   - gap: the relative gap each phase's search proves.
    ///   - options: the solve's options (their stop is kept; each solve gets their time limit).
    static func proving(
        _ relaxed: Scenario, target: String, keeps plan: Plan, original: PlanningModel?, isStep: Bool, gap: Double,
        options: SolverOptions
    ) -> PlanKeptProof? {
        finding(relaxed, target: target, keeps: plan, original: original, isStep: isStep, gap: gap, options: options)
            .proof
    }

    /// What the arguments prove for a relaxed scenario: the plan kept, its shortfall
    /// phase settled, or nothing.
    ///
    /// Where the cases apply (a step, a target of at most ``caseRows`` rows, the same
    /// columns) they come first: their bound is never below the LP relaxation's (each
    /// case is that LP with a row added; the plan's own bound is at least the unrelaxed
    /// LP's), so the LP relaxation alone is only tried when they fall short. On the
    /// baseline it never settled a phase the cases had not.
    ///
    /// Parameters as ``proving(_:target:keeps:original:isStep:gap:options:)``.
    static func finding(
        _ relaxed: Scenario, target: String, keeps plan: Plan, original: PlanningModel?, isStep: Bool, gap: Double,
        options: SolverOptions
    ) -> Finding {
        do {
            let built = try ModelBuilder(scenario: relaxed).build()
            let parts = ObjectiveParts(built.model, shortfallColumns: ObjectiveParts.shortfallColumns(of: built))
            var model = built.model
            try model.setObjective(parts.shortfall, sense: .minimize)
            guard
                let values = ReferenceStart.values(of: PlanDecisions(plan), in: model, built: built, options: options)
            else { return .none }
            var lp = SolverOptions()
            lp.relaxIntegrality = true
            lp.timeLimit = options.timeLimit
            lp.interruption = options.interruption
            // The target's rows as first asked, for the cases: only when the relaxed
            // model has the same columns (a step changes coefficients and bounds alone).
            let firstRows =
                isStep
                ? original.flatMap { rows(of: target, in: $0, sameColumnsAs: built) } : nil

            // Phase 1: the shortfall.
            let shortfall = parts.shortfall.evaluate(values)
            var shortfallBound = -Double.infinity
            var casesTried = false
            if let firstRows, let planBound = plan.solver.phase(.shortfall)?.bound {
                shortfallBound = try caseBound(model, lp, planBound: planBound, rows: firstRows) {
                    withinGap(shortfall, bound: $0, gap: gap)
                }
                casesTried = shortfallBound < planBound
            }
            if !casesTried, !withinGap(shortfall, bound: shortfallBound, gap: gap) {
                shortfallBound = max(shortfallBound, try lowerBound(model, lp))
            }
            if !withinGap(shortfall, bound: shortfallBound, gap: gap) {
                var root = SolverOptions()
                root.start = values
                root.mipGap = gap
                root.timeLimit = options.timeLimit
                root.interruption = options.interruption
                // GLPK asks for the next node before the root (1) and after it (2).
                root.nodeLimit = 2
                let search = try model.solve(root)
                if search.status == .optimal {
                    shortfallBound = max(shortfallBound, search.objectiveValue ?? -.infinity)
                } else if let bound = search.bestBound {
                    shortfallBound = max(shortfallBound, bound)
                }
            }
            guard withinGap(shortfall, bound: shortfallBound, gap: gap) else { return .none }

            // Phase 2: the cost, the shortfall held where the plan has it.
            let held = shortfall + parts.tolerance(above: shortfall)
            _ = try model.addConstraint(parts.shortfall <= held, name: "shortfall-held")
            try model.setObjective(parts.cost, sense: .minimize)
            let cost = parts.cost.evaluate(values)
            var costBound = -Double.infinity
            casesTried = false
            if let firstRows, let planBound = plan.solver.phase(.cost)?.bound,
                let planShortfall = plan.solver.phase(.shortfall)?.value,
                held <= planShortfall + parts.tolerance(above: planShortfall) + 1e-9 * max(1, abs(planShortfall))
            {
                costBound = try caseBound(model, lp, planBound: planBound, rows: firstRows) {
                    withinGap(cost, bound: $0, gap: gap)
                }
                casesTried = costBound < planBound
            }
            if !casesTried, !withinGap(cost, bound: costBound, gap: gap) {
                costBound = max(costBound, try lowerBound(model, lp))
            }
            guard withinGap(cost, bound: costBound, gap: gap) else { return .shortfallSettled(bound: shortfallBound) }
            return .kept(
                PlanKeptProof(shortfall: shortfall, shortfallBound: shortfallBound, cost: cost, costBound: costBound))
        } catch {
            return .none
        }
    }

    /// A model's LP bound (`-infinity` when the LP does not solve; `+infinity` when it
    /// is infeasible: no plan at all).
    static func lowerBound(_ model: Model, _ lp: SolverOptions) throws -> Double {
        let solution = try model.solve(lp)
        switch solution.status {
        case .optimal: return solution.objectiveValue ?? -.infinity
        case .infeasible: return .infinity
        default: return -.infinity
        }
    }

    /// The bound of the two cases: the plan's own bound for plans that meet the target as
    /// first asked, and for those short of it in a row the LP bound with that row held at
    /// or below its first requirement; the least of them. Stops at the first row whose
    /// bound is not `enough` (the proof has failed; the bound returned is then that row's).
    static func caseBound(
        _ model: Model, _ lp: SolverOptions, planBound: Double, rows: [LinearConstraint],
        enough: (Double) -> Bool = { _ in true }
    ) throws -> Double {
        var bound = planBound
        for row in rows {
            var short = model
            _ = try short.addConstraint(LinearConstraint(row.expression, upperBound: row.lowerBound))
            bound = min(bound, try lowerBound(short, lp))
            if bound == -.infinity || !enough(bound) { break }
        }
        return bound
    }

    /// A target's rows as the unrelaxed model has them, without their shortfall column
    /// (`requirement ≤ expression`), or `nil` when the relaxed model's columns differ or
    /// the target has more than ``caseRows`` rows.
    static func rows(of target: String, in original: PlanningModel, sameColumnsAs relaxed: PlanningModel)
        -> [LinearConstraint]?
    {
        let model = original.model
        guard let shortfalls = original.shortfalls[target], !shortfalls.isEmpty, shortfalls.count <= caseRows,
            model.variableNames == relaxed.model.variableNames
        else { return nil }
        let columns = Set(shortfalls.map(\.index))
        var rows: [LinearConstraint] = []
        for row in 0..<model.constraintCount {
            let range = model.rowStart[row]..<model.rowStart[row + 1]
            guard range.contains(where: { columns.contains(Int(model.entryColumns[$0])) }) else { continue }
            var expression = LinearExpression()
            for entry in range where !columns.contains(Int(model.entryColumns[entry])) {
                expression.add(model.entryValues[entry], Variable(index: Int(model.entryColumns[entry])))
            }
            guard model.constraintUpperBounds[row] == .infinity, model.constraintLowerBounds[row].isFinite else {
                return nil
            }
            rows.append(LinearConstraint(expression, lowerBound: model.constraintLowerBounds[row]))
        }
        return rows.count == shortfalls.count ? rows : nil
    }

    /// Whether a plan's value is within a relative gap of a lower bound, as GLPK measures
    /// its gap (relative to the plan's value), with room for the simplex's round-off.
    static func withinGap(_ value: Double, bound: Double, gap: Double) -> Bool {
        value - bound <= gap * abs(value) + 1e-9 * max(1, abs(value))
    }
}
