import GLPK

/// The planning heuristic: a feasible plan within seconds, to hand GLPK as the first
/// incumbent of its search, for a whole scenario (``Planner``) or one school of it
/// (``DecompositionPlanner``).
///
/// 1. **Round** the LP relaxation along the cohort flow and repair seats and teachers
///    (``RoundingStart``: classes in rounds, year by year, the relaxation re-solved after
///    each; then hires and seats added up, intake and short courses down, rotation last).
/// 2. **Improve** it locally (``LocalImprovement``): fix most decisions, re-optimise the
///    ones the relaxation disagrees with, then each window of two years, then each
///    school, each a small search from the current plan.
///
/// On the bundled scenarios the LP relaxation is within 0.1% of the optimum, so a plan
/// this close to the relaxation lets GLPK prove the gap at its first node.
struct PlanHeuristic {
    /// The scenario (a whole one, or one school's) whose model this is.
    let scenario: Scenario
    /// Its model's decision variables.
    let built: PlanningModel
    /// Models with more whole-number columns than this get the rounded plan only: each
    /// improving search copies and reloads the whole model.
    static let improvementColumns = 6_000

    /// What the heuristic found.
    struct Outcome: Sendable {
        /// One value per column of the model, or `nil` when no plan was found.
        var values: [Double]?
        /// The rounded plan's objective, before improvement.
        var roundedObjective: Double?
        /// The LP relaxation's objective (a lower bound on every plan's).
        var relaxation: Double?
        /// The parts whose re-optimisation improved the rounded plan, in order.
        var improvedBy: [String]
        /// Seconds spent.
        var seconds: Double
    }

    /// The first step alone (``round(on:timeLimit:fallback:interruption:)``): the better of
    /// the rounded plan and a plan already known, with the relaxation it was rounded from.
    struct Rounded: Sendable {
        /// One value per column, or `nil` when neither the rounding nor the fallback has a plan.
        var values: [Double]?
        /// That plan's objective, if any.
        var roundedObjective: Double?
        /// The LP relaxation's objective (a lower bound on every plan's).
        var relaxation: Double?
        /// The LP relaxation's values.
        var relaxationValues: [Double]?
        /// Seconds spent.
        var seconds: Double
    }

    /// Finds a plan of `model`, whose first columns are ``built``'s: rounded, then improved.
    /// - Parameters:
    ///   - timeLimit: a limit on each of the rounding's solves; the improvement stops
    ///     starting searches after a quarter of it.
    ///   - improve: whether to improve the rounded plan (models above
    ///     ``improvementColumns`` whole-number columns never are).
    ///   - goal: a relative gap to the LP bound at which the plan is good enough (the
    ///     improvement stops there); `nil` improves as far as the parts go.
    ///   - fallback: a plan of `model` already known (a solve phase's start: the previous
    ///     phase's plan, feasible in this phase's model). The better of it and the rounded
    ///     plan is improved; it is the plan when the rounding finds none (as when a row a
    ///     phase adds, such as the shortfall held, leaves rounding no room).
    ///   - interruption: a stop request; once requested, the heuristic starts no new
    ///     solve and returns the best plan it has (or `fallback`).
    func run(
        on model: Model, timeLimit: Double, improve: Bool = true, goal: Double? = nil, fallback: [Double]? = nil,
        interruption: SolveInterruption? = nil
    ) throws -> Outcome {
        let rounded = try round(on: model, timeLimit: timeLimit, fallback: fallback, interruption: interruption)
        guard improve else {
            return Outcome(
                values: rounded.values.map(Self.snapped),
                roundedObjective: rounded.values.map(model.objective.evaluate),
                relaxation: rounded.relaxation, improvedBy: [], seconds: rounded.seconds)
        }
        var outcome = try self.improve(
            rounded, on: model, timeLimit: timeLimit, goal: goal, bound: nil, interruption: interruption)
        outcome.seconds += rounded.seconds
        return outcome
    }

    /// Step 1: the plan rounded from the LP relaxation (``RoundingStart``), or `fallback`
    /// when it is better or the rounding finds none.
    func round(on model: Model, timeLimit: Double, fallback: [Double]? = nil, interruption: SolveInterruption? = nil)
        throws -> Rounded
    {
        let clock = ContinuousClock()
        let started = clock.now
        if interruption?.isRequested == true {
            return Rounded(values: fallback, roundedObjective: nil, relaxation: nil, relaxationValues: nil, seconds: 0)
        }
        var rounding = RoundingStart(scenario: scenario, built: built)
        rounding.interruption = interruption
        let rounded = try rounding.run(on: model, timeLimit: timeLimit, fallback: fallback)
        let candidates = [rounded.values, fallback].compactMap { $0 }
        let values = candidates.min { model.objective.evaluate($0) < model.objective.evaluate($1) }
        return Rounded(
            values: values, roundedObjective: values.map(model.objective.evaluate), relaxation: rounded.relaxation,
            relaxationValues: rounded.relaxationValues, seconds: (clock.now - started) / .seconds(1))
    }

    /// Whether ``improve(_:on:timeLimit:goal:bound:interruption:)`` works on `model` (at
    /// most ``improvementColumns`` whole-number columns).
    func canImprove(_ model: Model) -> Bool {
        model.variableKinds.lazy.filter { $0 != .continuous }.count <= Self.improvementColumns
    }

    /// Step 2: improves a rounded plan locally (``LocalImprovement``) until it is within
    /// `goal` of the best lower bound known (`bound`, e.g. a search's root bound after its
    /// cuts, or the relaxation's), or the parts are done, or a quarter of `timeLimit` has
    /// passed. Models above ``improvementColumns`` whole-number columns are not improved.
    func improve(
        _ rounded: Rounded, on model: Model, timeLimit: Double, goal: Double?, bound: Double?,
        interruption: SolveInterruption? = nil
    ) throws -> Outcome {
        let clock = ContinuousClock()
        let started = clock.now
        let best = [rounded.relaxation, bound].compactMap { $0 }.max()
        guard var values = rounded.values else {
            return Outcome(
                values: nil, roundedObjective: nil, relaxation: best, improvedBy: [],
                seconds: ((clock.now - started) / .seconds(1)))
        }
        let roundedObjective = model.objective.evaluate(values)
        var improvedBy: [String] = []
        if canImprove(model) && interruption?.isRequested != true {
            let deadline = started.advanced(by: .milliseconds(Int64(timeLimit * 250)))
            var improvement = LocalImprovement(index: ScenarioIndex(scenario), built: built)
            improvement.interruption = interruption
            let outcome = try improvement.improve(
                model, plan: values, relaxation: rounded.relaxationValues, bound: best, goal: goal, deadline: deadline)
            values = outcome.values
            improvedBy = outcome.improvedBy
        }
        return Outcome(
            values: Self.snapped(values), roundedObjective: roundedObjective, relaxation: rounded.relaxation,
            improvedBy: improvedBy, seconds: ((clock.now - started) / .seconds(1)))
    }

    /// The values with the simplex's round-off removed: a value within 1e-9 (relative) of
    /// a whole number becomes it (a shortfall of 1.3e-10 is none), far inside the 1e-6 to
    /// which GLPK checks an offered plan, so the plan stays feasible.
    static func snapped(_ values: [Double]) -> [Double] {
        values.map { value in
            let whole = value.rounded()
            return abs(value - whole) <= 1e-9 * max(1, abs(value)) ? whole : value
        }
    }
}
