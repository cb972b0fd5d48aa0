import Foundation
import GLPK
import SkillPlan

/// One model solved whole, before and after the rounded start plan, and the same
/// scenario by decomposition: time to the first plan, the objective and bound at the
/// time limit, and the gap.
struct StartPlanBenchmark {
    var size: SyntheticScenarioSize
    var limit: Double

    /// One way of solving.
    struct Row {
        var method: String
        var firstPlan: Double?
        var objective: Double?
        var bound: Double?
        var seconds: Double
        var note: String

        /// The relative gap between objective and bound.
        var gap: Double? { relativeGap(objective: objective, bound: bound) }
    }

    func run() throws -> (scenario: String, size: String, rows: [Row]) {
        let scenario = ScenarioGenerator(size: size).scenario()
        let built = try ModelBuilder(scenario: scenario).build()
        let model = built.model
        var rows: [Row] = []

        print("  whole model, GLPK alone (limit \(Int(limit)) s)…")
        let first = FirstIncumbent()
        var plain = SolverOptions()
        plain.mipGap = 0.005
        plain.timeLimit = limit
        plain.verbosity = .errors
        plain.progressHandler = { progress in
            if progress.incumbent != nil { first.record(progress.elapsed) }
            return .proceed
        }
        let before = try model.solve(plain)
        rows.append(
            Row(
                method: "whole model, GLPK branch-and-cut", firstPlan: first.seconds, objective: before.objectiveValue,
                bound: before.bestBound, seconds: before.solveTime, note: before.status.description))

        print("  whole model with the rounded start plan…")
        var start: StartPlan?
        let startSeconds = try Stopwatch.time {
            start = try StartPlan.make(for: scenario, built: built, timeLimit: limit)
        }
        var withStart = plain
        withStart.progressHandler = nil
        withStart.start = start?.values
        withStart.timeLimit = max(1, limit - startSeconds)
        let after = try model.solve(withStart)
        let total = startSeconds + after.solveTime
        rows.append(
            Row(
                method: "whole model, rounded start + GLPK", firstPlan: start == nil ? nil : startSeconds,
                objective: after.objectiveValue ?? start?.objective, bound: after.bestBound ?? start?.relaxationBound,
                seconds: total,
                note:
                    "\(after.status.description); start \(start.map { String(format: "%.6g", $0.objective) } ?? "none"), accepted \(after.startAccepted == true ? "yes" : "no")"
            ))

        print("  decomposition by school…")
        let options = DecompositionOptions(timeLimit: limit, mipGap: 0.005, jobs: WorkerPool.cores)
        let decomposed = try DecompositionPlanner.solve(scenario, inputHash: "bench", options: options)
        rows.append(
            Row(
                method: "decomposition by school (\(WorkerPool.cores) threads)", firstPlan: decomposed.firstPlanSeconds,
                objective: decomposed.objective, bound: nil, seconds: decomposed.totalSeconds,
                note:
                    "two phases: shortfall gap \(String(format: "%.2f%%", (decomposed.phases.first?.gap ?? .nan) * 100)), cost gap \(String(format: "%.2f%%", (decomposed.phases.last?.gap ?? .nan) * 100)); checker \(decomposed.violations.isEmpty ? "passed" : "FAILED")"
            ))
        let description =
            "\(model.constraintCount) rows, \(model.variableCount) columns, \(model.nonzeroCount) non-zeros"
        return (scenario.name, description, rows)
    }

    static func report(_ result: (scenario: String, size: String, rows: [Row]), limit: Double) -> String {
        let header = ["method", "first plan", "objective at the end", "bound", "gap", "time", "note"]
        let rows = result.rows.map { row in
            [
                row.method, ScaleReport.seconds(row.firstPlan), ScaleReport.number(row.objective),
                ScaleReport.number(row.bound),
                ScaleReport.percent(row.gap), ScaleReport.seconds(row.seconds), row.note,
            ]
        }
        return
            "One model solved whole, before and after the rounded start, and by decomposition: \(result.scenario) (\(result.size)), limit \(Int(limit)) s\n"
            + ScaleReport.table(header, rows)
    }
}
