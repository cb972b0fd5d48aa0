import Foundation
import GLPK
import SkillPlan

/// The MIP search on each bundled scenario: GLPK's default rule alone, pseudo-cost
/// branching with best projection alone, and the planner's search (the default rule for
/// `PlanningOptions.defaultSoloNodes` nodes, then the race), with their nodes and times.
/// This is where the planner's node budget comes from.
struct SearchRulesBenchmark {
    var timeLimit: Double

    struct Row {
        var scenario: String
        var method: String
        var status: String
        var nodes: Int?
        var seconds: Double
        var objective: Double?
        var gap: Double?
    }

    func run() throws -> [Row] {
        var rows: [Row] = []
        for bundled in BundledScenarios.list() {
            let loaded = try ScenarioLoader.load(path: bundled.file)
            let scenario = loaded.scenario
            let name = ((bundled.file as NSString).lastPathComponent as NSString).deletingPathExtension
            let model = try ModelBuilder(scenario: scenario).build().model
            var common = SolverOptions()
            common.mipGap = scenario.solver.mipGap
            common.timeLimit = timeLimit
            common.cuts = true
            var projection = common
            projection.branching = .pseudoCost
            projection.backtracking = .bestProjection
            for (method, options) in [
                ("default rule alone", common), ("pseudo-cost, best projection alone", projection),
            ] {
                let solution = try model.solve(options)
                rows.append(
                    Row(
                        scenario: name, method: method, status: solution.status.description, nodes: solution.nodes,
                        seconds: solution.solveTime, objective: solution.objectiveValue, gap: solution.relativeGap))
            }
            // The same model through its free MPS file (what glpsol is given): GLPK writes
            // 15 significant digits, so the coefficients differ in the last bits.
            let mps = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString).mps")
                .path
            defer { try? FileManager.default.removeItem(atPath: mps) }
            try model.write(to: mps, format: .freeMPS)
            let reread = try Model.read(contentsOf: mps, format: .freeMPS).solve(common)
            rows.append(
                Row(
                    scenario: name, method: "default rule alone, model read back from its MPS",
                    status: reread.status.description,
                    nodes: reread.nodes, seconds: reread.solveTime, objective: reread.objectiveValue,
                    gap: reread.relativeGap))
            let result = try Planner.solve(
                scenario, inputHash: loaded.inputHash, options: PlanningOptions(timeLimit: timeLimit))
            let solver = result.plan.solver
            rows.append(
                Row(
                    scenario: name, method: "planner (\(solver.searchRule))",
                    status: solver.stopReason.map { "\(solver.status) (\($0))" } ?? solver.status, nodes: nil,
                    seconds: result.plan.run.solveSeconds, objective: solver.objective, gap: solver.gap))
        }
        return rows
    }

    static func report(_ rows: [Row], timeLimit: Double) -> String {
        let header = ["scenario", "search", "status", "nodes", "time", "objective", "gap"]
        let table = rows.map { row in
            [
                row.scenario, row.method, row.status, row.nodes.map(String.init) ?? "–",
                ScaleReport.seconds(row.seconds),
                ScaleReport.number(row.objective), ScaleReport.percent(row.gap),
            ]
        }
        return
            "MIP search rules on the bundled scenarios (limit \(Int(timeLimit)) s each; planner: default rule alone for "
            + "\(PlanningOptions.defaultSoloNodes) nodes, then the race)\n" + ScaleReport.table(header, table)
    }
}
