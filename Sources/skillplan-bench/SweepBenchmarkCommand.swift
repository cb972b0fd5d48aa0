import ArgumentParser

/// `skillplan-bench sweep`: a sweep of the Xingning baseline on one thread and on every core.
struct SweepBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Time a sweep of the Xingning baseline on one thread and on every core (speed-up)."
    )

    @Option(name: .customLong("vary"), help: "The sweep's axes (default: max_hire 0…3 of every group × the annual training target 15000 and 17000).")
    var vary: [String] = SweepBenchmarkCommand.defaultAxes

    static let defaultAxes = ["teacher_groups.*.max_hire=0...3", "targets.workplan-annual-training.value=15000...17000:2000"]

    func run() throws {
        print(BenchmarkMachine.current(glpsol: nil).report)
        print(try SweepBenchmark(axes: vary).run().report)
    }
}
