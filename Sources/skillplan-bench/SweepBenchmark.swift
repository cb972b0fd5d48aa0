import Foundation
import SkillPlan

/// A sweep of the Xingning baseline on one thread and on every core: the speed-up.
struct SweepBenchmark {
    var axes: [String]
    var gap: Double = 0.01
    var limit: Double = 120

    struct Result {
        var points: Int
        var cores: Int
        var oneThread: Double
        var allCores: Double
        var agree: Bool
        var timeLimited: Int
        var gap: Double
        var limit: Double

        var speedUp: Double { oneThread / allCores }

        var report: String {
            let header = ["run", "points", "time", "per point"]
            let rows = [
                ["1 thread", "\(points)", ScaleReport.seconds(oneThread), ScaleReport.seconds(oneThread / Double(points))],
                ["\(cores) threads", "\(points)", ScaleReport.seconds(allCores), ScaleReport.seconds(allCores / Double(points))],
            ]
            return "Sweep of the Xingning baseline (\(points) points, each to a \(ScaleReport.percent(gap)) gap or \(Int(limit)) s), one thread vs every core\n"
                + ScaleReport.table(header, rows)
                + String(format: "  speed-up: %.2f on %d cores (goal ≥ 1.8 on 2); same results on 1 and %d threads: %@; points stopped by the time limit: %d\n",
                         speedUp, cores, cores, agree ? "yes" : "NO", timeLimited)
        }
    }

    func run() throws -> Result {
        let scenario = try BundledScenarios.defaultScenarioPath()
        let grid = try SweepGrid(axes: axes.map(SweepAxis.parse))
        var single: SweepResult?, parallel: SweepResult?
        let options = PlanningOptions(timeLimit: limit, mipGap: gap)
        let one = try Stopwatch.time { single = try SweepRunner(scenarioPath: scenario, grid: grid, options: options, jobs: 1).run() }
        let all = try Stopwatch.time {
            parallel = try SweepRunner(scenarioPath: scenario, grid: grid, options: options, jobs: WorkerPool.cores).run()
        }
        let limited = ((single?.points ?? []) + (parallel?.points ?? [])).filter { $0.note.contains("time limit") }.count
        return Result(points: grid.count, cores: WorkerPool.cores, oneThread: one, allCores: all,
                      agree: single?.points == parallel?.points, timeLimited: limited, gap: gap, limit: limit)
    }
}
