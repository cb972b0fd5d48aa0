import Foundation
import SkillPlan

/// A sweep of the Xingning baseline on one thread and on every core: the speed-up.
///
/// The two runs alternate `repeats` times (one thread, every core, one thread, …) and the
/// speed-up is the ratio of their medians: an 8-point sweep on 2 cores ends with one long
/// point running alone, so a burst of load from elsewhere on a shared machine moves a
/// single pair by a lot (1.55 to 1.92 in single pairs on 2026-11-28).
struct SweepBenchmark {
    var axes: [String]
    var gap: Double = 0.01
    var limit: Double = 120
    var nodeLimit: Int = SweepRunner.defaultNodeLimit
    /// Points solved at once in the all-core run.
    var jobs: Int = WorkerPool.cores
    /// How many times each run is timed.
    var repeats: Int = 3

    struct Result {
        var points: Int
        var cores: Int
        var jobs: Int
        /// The one-thread sweep's times, in run order.
        var oneThread: [Double]
        /// The all-core sweep's times, in run order.
        var allCores: [Double]
        /// Whether every run gave the same table.
        var agree: Bool
        var timeLimited: Int
        var nodeLimited: Int
        var gap: Double
        var limit: Double
        var nodeLimit: Int

        var speedUp: Double { Stopwatch.median(oneThread) / Stopwatch.median(allCores) }

        var report: String {
            func runs(_ times: [Double]) -> String { times.map { String(format: "%.1f", $0) }.joined(separator: ", ") }
            let header = ["run", "points", "median", "runs (s)", "per point"]
            let one = Stopwatch.median(oneThread), all = Stopwatch.median(allCores)
            let rows = [
                ["1 thread", "\(points)", ScaleReport.seconds(one), runs(oneThread), ScaleReport.seconds(one / Double(points))],
                ["\(cores) cores, \(jobs) points at once", "\(points)", ScaleReport.seconds(all), runs(allCores), ScaleReport.seconds(all / Double(points))],
            ]
            let pairs = zip(oneThread, allCores).map { String(format: "%.2f", $0 / $1) }.joined(separator: ", ")
            return "Sweep of the Xingning baseline (\(points) points, each to a \(ScaleReport.percent(gap)) gap, \(nodeLimit) nodes or \(Int(limit)) s), one thread vs every core, \(oneThread.count) runs each, alternating\n"
                + ScaleReport.table(header, rows)
                + String(format: "  speed-up (ratio of the medians): %.2f on %d cores (goal ≥ 1.8 on 2); run by run: %@\n", speedUp, cores, pairs)
                + String(format: "  the same table in every run, on 1 and %d threads: %@; point solves stopped by the node limit: %d, by the time limit: %d (per run)\n",
                         jobs, agree ? "yes" : "NO", nodeLimited, timeLimited)
        }
    }

    func run() throws -> Result {
        let scenario = try BundledScenarios.defaultScenarioPath()
        let grid = try SweepGrid(axes: axes.map(SweepAxis.parse))
        var options = PlanningOptions(timeLimit: limit, mipGap: gap)
        options.nodeLimit = nodeLimit
        var oneThread: [Double] = [], allCores: [Double] = []
        var tables: [[SweepPointResult]] = []
        for _ in 0..<max(1, repeats) {
            for threads in [1, jobs] {
                var result: SweepResult?
                let seconds = try Stopwatch.time {
                    result = try SweepRunner(scenarioPath: scenario, grid: grid, options: options, jobs: threads).run()
                }
                if threads == 1 { oneThread.append(seconds) } else { allCores.append(seconds) }
                tables.append(result?.points ?? [])
            }
        }
        let first = tables.first ?? []
        return Result(points: grid.count, cores: WorkerPool.cores, jobs: jobs, oneThread: oneThread, allCores: allCores,
                      agree: tables.allSatisfy { $0 == first },
                      timeLimited: first.filter { $0.note.contains("time limit") }.count,
                      nodeLimited: first.filter { $0.note.contains("node limit") }.count,
                      gap: gap, limit: limit, nodeLimit: nodeLimit)
    }
}
