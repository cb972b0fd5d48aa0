import Foundation
import GLPK

/// A feasible plan of a whole scenario from the planning heuristic (``PlanHeuristic``:
/// rounded from its model's LP relaxation, then improved a part at a time), to hand GLPK
/// as the first incumbent of its search (`SolverOptions.start`), so that the search
/// starts from a good plan and a plan exists even when it is stopped.
public struct StartPlan: Sendable {
    /// One value per variable of the model it was made for (`ModelBuilder(scenario:).build()`).
    public let values: [Double]
    /// Its decisions, by planning key.
    public let decisions: PlanDecisions
    /// The model's objective at the plan.
    public let objective: Double
    /// The LP relaxation's value: a lower bound on every plan's objective.
    public let relaxationBound: Double?
    /// The objective of the plan as rounded, before the local improvement.
    public let roundedObjective: Double
    /// The parts of the model whose re-optimisation improved the rounded plan, in order
    /// (`years 2022–2023`, `school xn_tech`, …).
    public let improvedBy: [String]
    /// Seconds it took, the LP relaxation included.
    public let seconds: Double
    /// The scenario.
    public let scenario: Scenario

    /// Rounds a plan from the LP relaxation of a scenario's model and improves it.
    ///
    /// - Parameters:
    ///   - scenario: a validated scenario.
    ///   - built: its model, if already built (`ModelBuilder(scenario:).build()`).
    ///   - model: the model to plan for, if not `built.model` (its first columns are
    ///     `built`'s; e.g. with rows or continuous columns a solve phase adds).
    ///   - timeLimit: a limit on each of its solves, in seconds.
    ///   - improve: whether to improve the rounded plan (``LocalImprovement``).
    ///   - goal: a relative gap to the LP bound at which the plan is good enough: the
    ///     improvement stops there (the planner passes 0.9 × its gap, which GLPK's search
    ///     then proves at its first nodes); `nil` improves as far as the parts go.
    /// - Returns: the plan, or `nil` when the relaxation or a rounding found none.
    /// - Throws: ``GLPKError`` for a model GLPK refuses.
    public static func make(
        for scenario: Scenario, built: PlanningModel? = nil, model: Model? = nil, timeLimit: Double,
        improve: Bool = true, goal: Double? = nil
    ) throws -> StartPlan? {
        let built = try built ?? ModelBuilder(scenario: scenario).build()
        let model = model ?? built.model
        let outcome = try PlanHeuristic(scenario: scenario, built: built).run(
            on: model, timeLimit: timeLimit, improve: improve, goal: goal)
        guard let values = outcome.values else { return nil }
        let decisions = SchoolPlan(values: values, startAccepted: false, onStart: true, bound: nil).decisions(of: built)
        return StartPlan(
            values: values, decisions: decisions, objective: model.objective.evaluate(values),
            relaxationBound: outcome.relaxation,
            roundedObjective: outcome.roundedObjective ?? model.objective.evaluate(values),
            improvedBy: outcome.improvedBy, seconds: outcome.seconds, scenario: scenario)
    }

    /// The start plan as a plan (assembled by ``PlanAssembler``), to check or to show.
    public func plan(inputHash: String) -> Plan {
        let report = SolverReport(
            status: "feasible", stopReason: nil, objective: objective, bestBound: relaxationBound, gap: nil,
            requestedGap: 0, timeLimit: 0,
            searchRule: improvedBy.isEmpty
                ? "rounded from the LP relaxation" : "rounded from the LP relaxation, improved part by part",
            glpkVersion: GLPKLibrary.version,
            rows: 0, columns: values.count, integerColumns: 0, nonzeros: 0)
        let run = RunFacts(
            buildSeconds: 0, solveSeconds: seconds, createdAt: ISO8601DateFormatter().string(from: Date()), machine: "")
        return PlanAssembler(scenario: scenario, inputHash: inputHash).plan(
            decisions: decisions, solver: report, run: run)
    }
}
