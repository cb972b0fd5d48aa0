import Foundation
import SkillPlan

/// A sweep of the Xingning baseline on one thread and on every core: the speed-up.
struct SweepBenchmark {
    var axes: [String]
    var gap: Double = 0.01
    var limit: Double = 120
    var nodeLimit: Int = SweepRunner.defaultNodeLimit
    /// Points solved at once in the all-core run.
    var jobs: Int = WorkerPool.cores

    struct Result {
        var points: Int
        var cores: Int
        var jobs: Int
        var oneThread: Double
        var allCores: Double
        var agree: Bool
        var timeLimited: Int
        var nodeLimited: Int
        var gap: Double
        var limit: Double
        var nodeLimit: Int

        var speedUp: Double { oneThread / allCores }

        var report: String {
            let header = ["run", "points", "time", "per point"]
            let rows = [
                ["1 thread", "\(points)", ScaleReport.seconds(oneThread), ScaleReport.seconds(oneThread / Double(points))],
                ["\(cores) cores, \(jobs) points at once", "\(points)", ScaleReport.seconds(allCores), ScaleReport.seconds(allCores / Double(points))],
            ]
            return "Sweep of the Xingning baseline (\(points) points, each to a \(ScaleReport.percent(gap)) gap, \(nodeLimit) nodes or \(Int(limit)) s), one thread vs every core (\(jobs) points at once)\n"
                + ScaleReport.table(header, rows)
                + String(format: "  speed-up: %.2f on %d cores (goal ≥ 1.8 on 2); same results on 1 and %d threads: %@; point solves stopped by the node limit: %d, by the time limit: %d (of both runs)\n",
                         speedUp, cores, jobs, agree ? "yes" : "NO", nodeLimited, timeLimited)
        }
    }

    func run() throws -> Result {
        let scenario = try BundledScenarios.defaultScenarioPath()
        let grid = try SweepGrid(axes: axes.map(SweepAxis.parse))
        var single: SweepResult?, parallel: SweepResult?
        var options = PlanningOptions(timeLimit: limit, mipGap: gap)
        options.nodeLimit = nodeLimit
        let one = try Stopwatch.time { single = try SweepRunner(scenarioPath: scenario, grid: grid, options: options, jobs: 1).run() }
        let all = try Stopwatch.time {
            parallel = try SweepRunner(scenarioPath: scenario, grid: grid, options: options, jobs: jobs).run()
        }
        let both = (single?.points ?? []) + (parallel?.points ?? [])
        let limited = both.filter { $0.note.contains("time limit") }.count
        let byNodes = both.filter { $0.note.contains("node limit") }.count
        return Result(points: grid.count, cores: WorkerPool.cores, jobs: jobs, oneThread: one, allCores: all,
                      agree: single?.points == parallel?.points, timeLimited: limited, nodeLimited: byNodes, gap: gap, limit: limit,
                      nodeLimit: nodeLimit)
    }
}
