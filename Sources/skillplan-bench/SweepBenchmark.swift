import Foundation
import SkillPlan

/// A sweep of the Xingning baseline on one thread and on every core: the speed-up.
///
/// The two runs alternate `repeats` times (one thread, every core, one thread, …) and the
/// speed-up is the ratio of their medians: an 8-point sweep on 2 cores ends with one long
/// point running alone, so a burst of load from elsewhere on a shared machine moves a
/// single pair by a lot (1.55 to 1.92 in single pairs on 2026-11-28). Each run's
/// processor time shows what the all-core run pays for its parallelism: the same work
/// (ratio 1) unless the points slow each other down, and how busy the cores were kept:
/// the speed-up is the cores × that share ÷ the processor-time ratio, so a run shows
/// what the schedule lost (idle cores) apart from what the machine did (slower work
/// when both cores run, which on this shared machine moved with the hour).
struct SweepBenchmark {
    var axes: [String]
    var gap: Double = 0.01
    var limit: Double = 120
    var nodeLimit: Int = SweepRunner.defaultNodeLimit
    /// Cores of the all-core run: points solved at once.
    var jobs: Int = WorkerPool.cores
    /// Points in progress at once in the all-core run, taking turns on the cores; `nil`
    /// as `skillplan sweep` (``SweepRunner/defaultInProgress(points:jobs:)``).
    var inProgress: Int?
    /// The seconds a search runs before it gives way to a waiting point.
    var turnLength: Double = SweepRunner.defaultTurnLength
    /// How many times each run is timed.
    var repeats: Int = 3

    /// The runs of one kind (one thread, or all cores), in run order.
    struct Timings {
        /// Wall-clock seconds of each run.
        var wall: [Double] = []
        /// Processor seconds (all threads) of each run.
        var processor: [Double] = []

        mutating func append(wall seconds: Double, processor used: Double) {
            wall.append(seconds)
            processor.append(used)
        }

        var medianWall: Double { Stopwatch.median(wall) }
        var medianProcessor: Double { Stopwatch.median(processor) }
    }

    struct Result {
        var points: Int
        var cores: Int
        var jobs: Int
        var inProgress: Int
        var turnLength: Double
        /// The one-thread sweep's runs.
        var oneThread: Timings
        /// The all-core sweep's runs.
        var allCores: Timings
        /// Whether every run gave the same table.
        var agree: Bool
        var timeLimited: Int
        var nodeLimited: Int
        var gap: Double
        var limit: Double
        var nodeLimit: Int

        var speedUp: Double { oneThread.medianWall / allCores.medianWall }

        var report: String {
            func runs(_ times: [Double]) -> String { times.map { String(format: "%.1f", $0) }.joined(separator: ", ") }
            let header = ["run", "points", "median", "runs (s)", "per point", "processor time (median)"]
            let one = oneThread.medianWall, all = allCores.medianWall
            let turns =
                inProgress > jobs
                ? "\(inProgress) points in progress, \(turnLength) s turns" : "\(inProgress) points in progress"
            let rows = [
                [
                    "1 thread", "\(points)", ScaleReport.seconds(one), runs(oneThread.wall),
                    ScaleReport.seconds(one / Double(points)),
                    ScaleReport.seconds(oneThread.medianProcessor),
                ],
                [
                    jobs > cores ? "\(jobs) threads on \(cores) cores, \(turns)" : "\(jobs) cores, \(turns)",
                    "\(points)", ScaleReport.seconds(all), runs(allCores.wall),
                    ScaleReport.seconds(all / Double(points)),
                    ScaleReport.seconds(allCores.medianProcessor),
                ],
            ]
            let work = allCores.medianProcessor / oneThread.medianProcessor
            let busy = allCores.medianProcessor / (Double(min(jobs, cores)) * all)
            let pairs = zip(oneThread.wall, allCores.wall).map { String(format: "%.2f", $0 / $1) }.joined(
                separator: ", ")
            return
                "Sweep of the Xingning baseline (\(points) points, each to a \(ScaleReport.percent(gap)) gap, \(nodeLimit) nodes or \(Int(limit)) s), one thread vs every core, \(oneThread.wall.count) runs each, alternating\n"
                + ScaleReport.table(header, rows)
                + String(
                    format: "  speed-up (ratio of the medians): %.2f on %d cores (goal ≥ 1.8 on 2); run by run: %@\n",
                    speedUp, cores, pairs)
                + String(format: "  processor time, all cores / one thread: %.2f (1.00: the same work)\n", work)
                + String(
                    format:
                        "  cores busy in the all-core run (its processor time / (cores × its time)): %.0f%%; speed-up = cores × busy / processor-time ratio\n",
                    busy * 100)
                + String(
                    format:
                        "  the same table in every run, on 1 and %d threads: %@; point solves stopped by the node limit: %d, by the time limit: %d (per run)\n",
                    jobs, agree ? "yes" : "NO", nodeLimited, timeLimited)
        }
    }

    func run() throws -> Result {
        let scenario = try BundledScenarios.defaultScenarioPath()
        let grid = try SweepGrid(axes: axes.map(SweepAxis.parse))
        var options = PlanningOptions(timeLimit: limit, mipGap: gap)
        options.nodeLimit = nodeLimit
        let open = inProgress ?? SweepRunner.defaultInProgress(points: grid.count, jobs: jobs)
        var oneThread = Timings(), allCores = Timings()
        var tables: [[SweepPointResult]] = []
        for _ in 0..<max(1, repeats) {
            for threads in [1, jobs] {
                var result: SweepResult?
                let processor = Stopwatch.processorSeconds()
                let seconds = try Stopwatch.time {
                    var runner = SweepRunner(
                        scenarioPath: scenario, grid: grid, options: options, jobs: threads,
                        inProgress: threads == 1 ? 1 : open)
                    runner.turnLength = turnLength
                    result = try runner.run()
                }
                let used = Stopwatch.processorSeconds() - processor
                if threads == 1 {
                    oneThread.append(wall: seconds, processor: used)
                } else {
                    allCores.append(wall: seconds, processor: used)
                }
                tables.append(result?.points ?? [])
            }
        }
        let first = tables.first ?? []
        return Result(
            points: grid.count, cores: WorkerPool.cores, jobs: jobs, inProgress: open, turnLength: turnLength,
            oneThread: oneThread, allCores: allCores,
            agree: tables.allSatisfy { $0 == first },
            timeLimited: first.filter { $0.note.contains("time limit") }.count,
            nodeLimited: first.filter { $0.note.contains("node limit") }.count,
            gap: gap, limit: limit, nodeLimit: nodeLimit)
    }
}
