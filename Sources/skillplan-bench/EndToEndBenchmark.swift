import Foundation
import SkillPlan

/// `skillplan solve` end to end on the Xingning baseline (process start, reading the
/// scenario, building, solving, checking, writing the plan) beside `glpsol` solving the
/// same model exported with `skillplan model --format mps`, to the same gap and limit.
struct EndToEndBenchmark {
    var repeats: Int
    var glpsol: String

    struct Result {
        var scenario: String
        var skillplan: [Double]
        var glpsol: [Double]
        var skillplanPeak: Int
        var glpsolPeak: Int

        var ratio: Double { Stopwatch.median(skillplan) / Stopwatch.median(glpsol) }

        var report: String {
            let header = ["run", "median", "runs", "peak memory"]
            let rows = [
                [
                    "skillplan solve \(scenario)", ScaleReport.seconds(Stopwatch.median(skillplan)),
                    skillplan.map { String(format: "%.2f", $0) }.joined(separator: ", "),
                    ScaleReport.megabytes(skillplanPeak),
                ],
                [
                    "glpsol --freemps --cuts (same model, --mipgap 0.005)",
                    ScaleReport.seconds(Stopwatch.median(glpsol)),
                    glpsol.map { String(format: "%.2f", $0) }.joined(separator: ", "),
                    ScaleReport.megabytes(glpsolPeak),
                ],
            ]
            return "End to end on the Xingning baseline (median of \(skillplan.count))\n"
                + ScaleReport.table(header, rows)
                + String(format: "  ratio skillplan ÷ glpsol: %.2f× (goal ≤ 1.5×)\n", ratio)
        }
    }

    func run() throws -> Result {
        let scenario = try BundledScenarios.defaultScenarioPath()
        let skillplan = ScaleReport.productsFolder + "/skillplan"
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("skillplan-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let mps = folder.appendingPathComponent("xingning.mps").path
        let export = try ChildProcess(
            executable: skillplan, arguments: ["model", scenario, "--format", "mps", "-o", mps]
        ).run(limit: 120)
        guard export.status == 0 else {
            throw CocoaError(
                .executableLoad, userInfo: [NSLocalizedDescriptionKey: "skillplan model failed: \(export.errors)"])
        }
        var ours: [Double] = [], theirs: [Double] = []
        var ourPeak = 0, theirPeak = 0
        let solve = ChildProcess(
            executable: skillplan,
            arguments: ["solve", scenario, "-o", folder.appendingPathComponent("plan.json").path])
        let reference = ChildProcess(
            executable: glpsol, arguments: ["--freemps", mps, "--cuts", "--mipgap", "0.005", "--tmlim", "60"])
        _ = try solve.run(limit: 300)
        _ = try reference.run(limit: 300)
        for _ in 0..<repeats {
            let a = try solve.run(limit: 300)
            guard a.status == 0 else {
                throw CocoaError(
                    .executableLoad, userInfo: [NSLocalizedDescriptionKey: "skillplan solve failed: \(a.errors)"])
            }
            ours.append(a.seconds)
            ourPeak = max(ourPeak, a.peakBytes)
            let b = try reference.run(limit: 300)
            theirs.append(b.seconds)
            theirPeak = max(theirPeak, b.peakBytes)
        }
        return Result(
            scenario: (scenario as NSString).lastPathComponent, skillplan: ours, glpsol: theirs, skillplanPeak: ourPeak,
            glpsolPeak: theirPeak)
    }
}
