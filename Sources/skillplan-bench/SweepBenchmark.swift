import Foundation
import SkillPlan

/// A sweep of the Xingning baseline on one thread and on every core: the speed-up.
struct SweepBenchmark {
    var axes: [String]

    struct Result {
        var points: Int
        var cores: Int
        var oneThread: Double
        var allCores: Double
        var agree: Bool

        var speedUp: Double { oneThread / allCores }

        var report: String {
            let header = ["run", "points", "time", "per point"]
            let rows = [
                ["1 thread", "\(points)", ScaleReport.seconds(oneThread), ScaleReport.seconds(oneThread / Double(points))],
                ["\(cores) threads", "\(points)", ScaleReport.seconds(allCores), ScaleReport.seconds(allCores / Double(points))],
            ]
            return "Sweep of the Xingning baseline (\(points) points), one thread vs every core\n" + ScaleReport.table(header, rows)
                + String(format: "  speed-up: %.2f on %d cores (goal ≥ 1.8 on 2); same results: %@\n", speedUp, cores, agree ? "yes" : "NO")
        }
    }

    func run() throws -> Result {
        let scenario = try BundledScenarios.defaultScenarioPath()
        let grid = try SweepGrid(axes: axes.map(SweepAxis.parse))
        var single: SweepResult?, parallel: SweepResult?
        let one = try Stopwatch.time { single = try SweepRunner(scenarioPath: scenario, grid: grid, jobs: 1).run() }
        let all = try Stopwatch.time { parallel = try SweepRunner(scenarioPath: scenario, grid: grid, jobs: WorkerPool.cores).run() }
        return Result(points: grid.count, cores: WorkerPool.cores, oneThread: one, allCores: all,
                      agree: single?.points == parallel?.points)
    }
}
