import Foundation
import GLPK
import SkillPlan

/// The technician-college extension's cost in solve time: each bundled scenario solved
/// with its extension data (high-level courses, teacher qualification and the targets
/// that use them) and without them (the same scenario with those data removed, which
/// builds the model the project built before the extension), alternating, with the
/// planner's solve (processor seconds, the same search the `solve` command runs) and
/// GLPK's default rule alone (nodes and seconds: a node count does not depend on the
/// machine's load).
struct CollegeBenchmark {
    var timeLimit: Double
    var repeats: Int

    struct Row {
        var scenario: String
        var columns: (with: Int, without: Int)
        var nodes: (with: Int?, without: Int?)
        var planner: (with: Double, without: Double)
        var objective: (with: Double?, without: Double?)
    }

    func run() throws -> [Row] {
        var rows: [Row] = []
        for bundled in BundledScenarios.list() {
            let loaded = try ScenarioLoader.load(path: bundled.file)
            let with = loaded.scenario, without = loaded.scenario.withoutCollegeExtension
            let name = ((bundled.file as NSString).lastPathComponent as NSString).deletingPathExtension
            var common = SolverOptions()
            common.mipGap = with.solver.mipGap
            common.timeLimit = timeLimit
            common.cuts = true
            let modelWith = try ModelBuilder(scenario: with).build().model
            let modelWithout = try ModelBuilder(scenario: without).build().model
            let nodesWith = try modelWith.solve(common).nodes
            let nodesWithout = try modelWithout.solve(common).nodes
            var timesWith: [Double] = [], timesWithout: [Double] = []
            var objectiveWith: Double?, objectiveWithout: Double?
            for _ in 0..<repeats {
                for (scenario, isWith) in [(without, false), (with, true)] {
                    let start = Stopwatch.processorSeconds()
                    let result = try Planner.solve(
                        scenario, inputHash: loaded.inputHash, options: PlanningOptions(timeLimit: timeLimit))
                    let used = Stopwatch.processorSeconds() - start
                    if isWith {
                        timesWith.append(used)
                        objectiveWith = result.plan.costs.objective
                    } else {
                        timesWithout.append(used)
                        objectiveWithout = result.plan.costs.objective
                    }
                }
            }
            rows.append(
                Row(
                    scenario: name, columns: (modelWith.variableCount, modelWithout.variableCount),
                    nodes: (nodesWith, nodesWithout),
                    planner: (Stopwatch.median(timesWith), Stopwatch.median(timesWithout)),
                    objective: (objectiveWith, objectiveWithout)))
        }
        return rows
    }

    static func report(_ rows: [Row], timeLimit: Double, repeats: Int) -> String {
        let header = [
            "scenario", "columns with / without", "nodes with / without", "planner s with / without", "ratio",
        ]
        let table = rows.map { row in
            [
                "\(row.scenario)", "\(row.columns.with) / \(row.columns.without)",
                "\(row.nodes.with.map(String.init) ?? "–") / \(row.nodes.without.map(String.init) ?? "–")",
                "\(ScaleReport.seconds(row.planner.with)) / \(ScaleReport.seconds(row.planner.without))",
                String(format: "%.2f", row.planner.with / row.planner.without),
            ]
        }
        let totalWith = rows.reduce(0) { $0 + $1.planner.with },
            totalWithout = rows.reduce(0) { $0 + $1.planner.without }
        return "Technician-college extension: the planner's processor seconds (median of \(repeats), alternating), and "
            + "GLPK's default rule alone (nodes), with and without the extension's data (limit \(Int(timeLimit)) s each)\n"
            + ScaleReport.table(header, table)
            + "\nall scenarios: \(ScaleReport.seconds(totalWith)) with, \(ScaleReport.seconds(totalWithout)) without, ratio "
            + String(format: "%.2f", totalWith / totalWithout) + " (goal ≤ 1.5)"
    }
}
