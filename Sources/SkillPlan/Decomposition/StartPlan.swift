import Foundation
import GLPK

/// A feasible plan of a whole scenario rounded from its model's LP relaxation
/// (``RoundingStart``), to hand GLPK as the first incumbent of its search
/// (`SolverOptions.start`) so that a plan exists even when the search is stopped.
public struct StartPlan: Sendable {
    /// One value per variable of the model it was made for (`ModelBuilder(scenario:).build()`).
    public let values: [Double]
    /// Its decisions, by planning key.
    public let decisions: PlanDecisions
    /// The model's objective at the plan.
    public let objective: Double
    /// The LP relaxation's value: a lower bound on every plan's objective.
    public let relaxationBound: Double?
    /// Seconds it took, the LP relaxation included.
    public let seconds: Double
    /// The scenario.
    public let scenario: Scenario

    /// Rounds a plan from the LP relaxation of a scenario's model.
    ///
    /// - Parameters:
    ///   - scenario: a validated scenario.
    ///   - built: its model, if already built (`ModelBuilder(scenario:).build()`).
    ///   - timeLimit: a limit on each of its solves, in seconds.
    /// - Returns: the plan, or `nil` when the relaxation or a rounding found none.
    /// - Throws: ``GLPKError`` for a model GLPK refuses.
    public static func make(for scenario: Scenario, built: PlanningModel? = nil, timeLimit: Double) throws -> StartPlan? {
        let built = try built ?? ModelBuilder(scenario: scenario).build()
        let outcome = try RoundingStart(scenario: scenario, built: built).run(on: built.model, timeLimit: timeLimit)
        guard let values = outcome.values else { return nil }
        let decisions = SchoolPlan(values: values, startAccepted: false, onStart: true, bound: nil).decisions(of: built)
        return StartPlan(values: values, decisions: decisions, objective: built.model.objective.evaluate(values),
                         relaxationBound: outcome.relaxation, seconds: outcome.seconds, scenario: scenario)
    }

    /// The start plan as a plan (assembled by ``PlanAssembler``), to check or to show.
    public func plan(inputHash: String) -> Plan {
        let report = SolverReport(status: "feasible", stopReason: nil, objective: objective, bestBound: relaxationBound, gap: nil,
                                  requestedGap: 0, timeLimit: 0, searchRule: "rounded from the LP relaxation", glpkVersion: GLPKLibrary.version,
                                  rows: 0, columns: values.count, integerColumns: 0, nonzeros: 0)
        let run = RunFacts(buildSeconds: 0, solveSeconds: seconds, createdAt: ISO8601DateFormatter().string(from: Date()), machine: "")
        return PlanAssembler(scenario: scenario, inputHash: inputHash).plan(decisions: decisions, solver: report, run: run)
    }
}
