import GLPK

/// The MIP search of a planning model: GLPK's default rule alone for a node budget,
/// then, if it has not proven the gap, a race of two rules on two threads.
///
/// Every stop but the time limit is a node count, so the plan is the same in every run
/// of the same scenario. Most scenarios finish within the budget at the cost of one
/// search on one thread, with GLPK's default rule, glpsol's, so that the plan is the one
/// glpsol finds on the exported model; the race is for those whose default search
/// stalls (on the bundled hiring-freeze what-if the default rule needs three times the
/// nodes of pseudo-cost branching).
struct PlanSearch {
    /// The search rules the planner uses.
    enum Rule: Int, Sendable {
        /// GLPK's default: Driebeck–Tomlin branching, best local bound.
        case driebeckTomlin
        /// Pseudo-cost branching, best projection.
        case pseudoCost

        /// How the plan's solver report names the rule.
        var description: String {
            switch self {
            case .driebeckTomlin: "driebeck-tomlin branching, best local bound"
            case .pseudoCost: "pseudo-cost branching, best projection"
            }
        }

        /// The rule's options on top of the common ones.
        func options(_ common: SolverOptions) -> SolverOptions {
            var options = common
            if self == .pseudoCost {
                options.branching = .pseudoCost
                options.backtracking = .bestProjection
            }
            return options
        }
    }

    /// What the search found.
    struct Outcome {
        /// The solution kept.
        var solution: Solution
        /// The rule that found it.
        var rule: Rule
        /// Wall-clock seconds of the whole search.
        var seconds: Double
    }

    /// Options common to every rule: gap, time limit, cuts, handlers, start plan.
    let common: SolverOptions
    /// Race when the default rule alone does not finish.
    let race: Bool
    /// The default rule's budget alone; `nil` races from the start.
    let soloNodes: Int?
    /// Each search's node limit; `nil` for none.
    let nodeLimit: Int?

    /// Runs the search on a model.
    func run(_ model: Model) throws -> Outcome {
        let clock = ContinuousClock()
        let started = clock.now
        func elapsed() -> Double { (clock.now - started) / .seconds(1) }

        var solo = Rule.driebeckTomlin.options(common)
        solo.nodeLimit = nodeLimit
        guard race && model.hasIntegerVariables else {
            return Outcome(solution: try model.solve(solo), rule: .driebeckTomlin, seconds: elapsed())
        }
        guard let soloNodes else {
            return try raceRules(model, after: nil, timeLeft: common.timeLimit, elapsed: elapsed)
        }
        // Race only when the budget, not the caller's own node limit, stopped the search.
        let limit = nodeLimit ?? .max
        solo.nodeLimit = min(soloNodes, limit)
        let first = try model.solve(solo)
        let timeLeft = common.timeLimit.map { max($0 - elapsed(), 0) }
        guard first.status.stopReason == .nodeLimit, soloNodes < limit, (timeLeft ?? .infinity) >= 0.5 else {
            return Outcome(solution: first, rule: .driebeckTomlin, seconds: elapsed())
        }
        return try raceRules(model, after: first, timeLeft: timeLeft, elapsed: elapsed)
    }

    /// Races the two rules from scratch; keeps the solo search's plan when the race ends
    /// without a better one (e.g. at the time limit).
    private func raceRules(_ model: Model, after solo: Solution?, timeLeft: Double?, elapsed: () -> Double) throws
        -> Outcome
    {
        var base = common
        base.timeLimit = timeLeft
        base.nodeLimit = nodeLimit
        let portfolio = [Rule.driebeckTomlin.options(base), Rule.pseudoCost.options(base)]
        let (raced, member) = try model.solveRace(portfolio)
        let rule = Rule(rawValue: member) ?? .driebeckTomlin
        if let solo, solo.status.hasSolution, !Self.finished(raced),
            Self.better(solo, than: raced, sense: model.objectiveSense)
        {
            return Outcome(solution: solo, rule: .driebeckTomlin, seconds: elapsed())
        }
        return Outcome(solution: raced, rule: rule, seconds: elapsed())
    }

    /// Whether a search proved its gap.
    static func finished(_ solution: Solution) -> Bool {
        solution.status == .optimal || solution.status == .feasible(.gapLimit)
    }

    /// Whether `a` has a better plan than `b` (any plan beats none).
    static func better(_ a: Solution, than b: Solution, sense: ObjectiveSense) -> Bool {
        guard let objective = a.objectiveValue, a.status.hasSolution else { return false }
        guard let other = b.objectiveValue, b.status.hasSolution else { return true }
        return sense == .minimize ? objective < other : objective > other
    }
}
