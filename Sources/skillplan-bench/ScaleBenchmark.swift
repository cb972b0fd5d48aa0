import Foundation
import GLPK
import SkillPlan

/// The Guangdong-scale benchmark: the model built (non-zeros per second) by the project's
/// builder and school by school, exported as MPS, and solved by the project's own method
/// (decomposition by school, as a child process) and, on the exported MPS of the same
/// whole model, by `glpsol` and HiGHS: LP relaxation and MIP to a 1% gap, each under a
/// time limit, with wall time and peak memory.
struct ScaleBenchmark {
    var size: SyntheticScenarioSize
    var sizeArguments: [String]
    var limit: Double
    var gap: Double
    var glpsol: String
    var skipReferenceBuild: Bool

    /// What was measured.
    struct Result {
        var scenario: String
        var rows = 0, columns = 0, nonzeros = 0, integers = 0
        var generateSeconds = 0.0
        var referenceBuildSeconds: Double?
        var blockBuildSeconds = 0.0
        var mpsSeconds = 0.0
        var mpsBytes = 0
        var runs: [SolverRun] = []
        var decomposition: [String: Any] = [:]
    }

    func run() throws -> Result {
        var made: Scenario?
        let generate = Stopwatch.time { made = ScenarioGenerator(size: size).scenario() }
        guard let scenario = made else { throw CocoaError(.featureUnsupported) }
        var result = Result(scenario: scenario.name, generateSeconds: generate)
        print(
            "  generated \(scenario.name): \(scenario.programmes.count) programmes, \(scenario.groups.count) groups (\(String(format: "%.1f", generate)) s)"
        )
        var whole: PlanningModel?
        if !skipReferenceBuild {
            result.referenceBuildSeconds = try Stopwatch.time { whole = try ModelBuilder(scenario: scenario).build() }
            print("  ModelBuilder: \(ScaleReport.seconds(result.referenceBuildSeconds))")
            whole = nil
        }
        result.blockBuildSeconds = try Stopwatch.time { whole = try BlockModelBuilder.build(scenario) }
        guard let model = whole?.model else { throw CocoaError(.featureUnsupported) }
        whole = nil
        result.rows = model.constraintCount
        result.columns = model.variableCount
        result.nonzeros = model.nonzeroCount
        result.integers = model.variableKinds.filter { $0 != .continuous }.count
        print(
            "  BlockModelBuilder: \(ScaleReport.seconds(result.blockBuildSeconds)); \(result.rows) rows, \(result.columns) columns, \(result.nonzeros) non-zeros"
        )
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "skillplan-scale-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let mps = folder.appendingPathComponent("\(scenario.name).mps").path
        result.mpsSeconds = try Stopwatch.time { try model.write(to: mps, format: .freeMPS) }
        result.mpsBytes = (try? FileManager.default.attributesOfItem(atPath: mps)[.size] as? Int) ?? 0
        print("  MPS written (\(result.mpsBytes / 1_048_576) MB, \(ScaleReport.seconds(result.mpsSeconds)))")

        print("  skillplan decomposition (child process, limit \(Int(limit)) s)…")
        let own = ChildProcess(
            executable: ScaleReport.productsFolder + "/skillplan-bench",
            arguments: ["decompose"] + sizeArguments + ["--time-limit", "\(limit)"])
        if let outcome = try? own.run(limit: limit * 2 + 900) {
            var run = SolverRun(
                solver: "skillplan decomposition", task: "MIP to a valid bound",
                status: outcome.killed ? "killed at the limit" : "exit \(outcome.status)",
                seconds: outcome.seconds, peakBytes: outcome.peakBytes)
            if outcome.killed { run.note = "no plan printed before the limit" }
            if let line = outcome.output.split(separator: "\n").last, let data = String(line).data(using: .utf8),
                let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            {
                result.decomposition = json
                run.objective = json["objective"] as? Double
                // Two phases: the weighted objective has no bound of its own (each phase bounds its part).
                run.bound = nil
                run.status = (json["violations"] as? Int) == 0 ? "plan, checked" : "plan with violations"
                if let first = json["firstPlanSeconds"] as? Double, let total = json["totalSeconds"] as? Double,
                    let solved = json["checkStartSeconds"] as? Double
                {
                    run.note = String(
                        format: "first plan at %.0f s, plan and bound at %.0f s, assembled and checked at %.0f s",
                        first, solved, total)
                }
            }
            result.runs.append(run)
        }
        for relax in [true, false] {
            print("  glpsol \(relax ? "LP relaxation" : "MIP") (limit \(Int(limit)) s)…")
            result.runs.append(GlpsolScaleRunner.run(glpsol, file: mps, relax: relax, gap: gap, limit: limit))
        }
        if let python = HighsRunner.python {
            if let problem = HighsRunner.prepare(python: python) {
                result.runs.append(SolverRun(solver: "HiGHS", task: "LP and MIP", status: "not run: \(problem)"))
            } else if let script = HighsRunner.script() {
                for relax in [true, false] {
                    print("  HiGHS \(relax ? "LP relaxation" : "MIP") (limit \(Int(limit)) s)…")
                    result.runs.append(
                        HighsRunner.run(python: python, script: script, file: mps, relax: relax, gap: gap, limit: limit)
                    )
                }
            } else {
                result.runs.append(
                    SolverRun(solver: "HiGHS", task: "LP and MIP", status: "not run: scripts/highs-solve.py not found"))
            }
        } else {
            result.runs.append(SolverRun(solver: "HiGHS", task: "LP and MIP", status: "not run: no python3"))
        }
        return result
    }
}

extension ScaleBenchmark.Result {
    /// The report: the model, the build rates, and the solvers' table.
    var report: String {
        func rate(_ seconds: Double?) -> String {
            seconds.map { String(format: "%.2f million non-zeros/s (%.1f s)", Double(nonzeros) / $0 / 1e6, $0) }
                ?? "not measured"
        }
        var lines = [
            "Guangdong scale: \(scenario)",
            "  model: \(rows) rows, \(columns) columns (\(integers) integer), \(nonzeros) non-zeros; MPS \(mpsBytes / 1_048_576) MB",
            "  build, ModelBuilder (whole scenario):   \(rate(referenceBuildSeconds))",
            "  build, BlockModelBuilder (by school):   \(rate(blockBuildSeconds))   (goal ≥ 2)",
            "",
        ]
        let own = runs.first { $0.solver.hasPrefix("skillplan") }
        let glpsolMemory = runs.filter { $0.solver == "glpsol" }.compactMap(\.peakBytes).max()
        let header = [
            "solver", "task", "status", "time", "objective", "bound", "gap", "peak memory", "memory ÷ glpsol", "note",
        ]
        let rows = runs.map { run -> [String] in
            let memoryRatio = zip2(run.peakBytes, glpsolMemory).map { Double($0.0) / Double($0.1) }
            return [
                run.solver, run.task, run.status, ScaleReport.seconds(run.seconds), ScaleReport.number(run.objective),
                ScaleReport.number(run.bound), ScaleReport.percent(run.gap), ScaleReport.megabytes(run.peakBytes),
                ScaleReport.ratio(memoryRatio), run.note,
            ]
        }
        lines.append(ScaleReport.table(header, rows))
        if let own, let objective = own.objective {
            for other in runs where other.solver != own.solver {
                if let value = other.objective, other.task.hasPrefix("MIP") {
                    lines.append(
                        String(
                            format: "  %@ %@: incumbent %.6g, %.2f%% above the decomposition's plan", other.solver,
                            other.task, value, (value - objective) / objective * 100))
                }
            }
        }
        if !decomposition.isEmpty {
            let keys = [
                "couplingRows", "iterations", "shortfall", "shortfallBound", "shortfallGap", "cost", "costBound",
                "costGap", "firstPlanSeconds",
                "firstPlanObjective",
                "buildSeconds", "coordinationSeconds", "planSeconds", "boundSeconds", "totalSeconds", "startsAccepted",
                "schoolsOnStart", "targetsShort",
            ]
            lines.append(
                "  decomposition: "
                    + keys.compactMap { key in decomposition[key].map { "\(key) \($0)" } }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func zip2(_ a: Int?, _ b: Int?) -> (Int, Int)? {
        guard let a, let b, b > 0 else { return nil }
        return (a, b)
    }
}
