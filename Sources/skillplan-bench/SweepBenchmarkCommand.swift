import ArgumentParser
import SkillPlan

/// `skillplan-bench sweep`: a sweep of the Xingning baseline on one thread and on every core.
struct SweepBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract:
            "Time a sweep of the Xingning baseline on one thread and on every core, alternating (speed-up of the medians)."
    )

    @Option(
        name: .customLong("vary"),
        help: "The sweep's axes (default: max_hire 0…3 of every group × the annual training target 15000 and 17000).")
    var vary: [String] = SweepBenchmarkCommand.defaultAxes

    @Option(
        help:
            "Cores of the all-core run: points solved at once (default: every core, as `skillplan sweep`; more than the cores leaves the sharing to the operating system, which costs processor time: 1.46 with 8 on 2 cores, 09:01 UTC 2026-11-28)."
    )
    var jobs: Int = WorkerPool.cores

    @Option(
        help:
            "Points in progress at once in the all-core run, taking turns on the --jobs cores (default: as `skillplan sweep`, 4 per core); --in-progress equal to --jobs runs one point per core until it ends."
    )
    var inProgress: Int?

    @Option(
        help:
            "Seconds a point's search runs before it gives its core to a waiting point (default: as `skillplan sweep`, 0.5)."
    )
    var turnLength: Double = SweepRunner.defaultTurnLength

    @Option(
        help:
            "How many times each run (one thread, every core) is timed, alternating; the speed-up is the ratio of the medians."
    )
    var repeats: Int = 3

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1, not \(jobs)") }
        if repeats < 1 { throw ValidationError("--repeats must be at least 1, not \(repeats)") }
        if !(turnLength >= 0 && turnLength <= 3600) {
            throw ValidationError("--turn-length must be a number of seconds from 0 to 3600, not \(turnLength)")
        }
        if let inProgress, inProgress < jobs {
            throw ValidationError(
                "--in-progress must be at least --jobs (\(jobs)), not \(inProgress): each core runs a point in progress"
            )
        }
    }

    static let defaultAxes = [
        "teacher_groups.*.max_hire=0...3", "targets.workplan-annual-training.value=15000...17000:2000",
    ]

    func run() throws {
        print(BenchmarkMachine.current(glpsol: nil).report)
        print(
            try SweepBenchmark(axes: vary, jobs: jobs, inProgress: inProgress, turnLength: turnLength, repeats: repeats)
                .run().report)
    }
}
