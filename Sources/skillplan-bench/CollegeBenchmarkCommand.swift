import ArgumentParser

/// `skillplan-bench college`: the solve time of the bundled scenarios with the
/// technician-college extension against without it.
struct CollegeBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "college",
        abstract: "Solve time of the bundled scenarios with the technician-college extension's data and without it."
    )

    @Option(help: "Time limit of each solve, in seconds.")
    var timeLimit: Double = 60

    @Option(help: "Solves of each scenario with and without the extension, alternating (the median is reported).")
    var repeats: Int = 3

    @Option(
        name: .customLong("scenario"),
        help: "Only this bundled scenario (its name, e.g. xingning-2025); repeat for more. Default: every one.")
    var scenarios: [String] = []

    func validate() throws {
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be a positive number of seconds, e.g. 60") }
        guard repeats >= 1 else { throw ValidationError("--repeats must be at least 1, e.g. 3") }
    }

    func run() throws {
        print(BenchmarkMachine.current(glpsol: "/usr/bin/glpsol").report)
        let rows = try CollegeBenchmark(timeLimit: timeLimit, repeats: repeats, scenarios: scenarios).run()
        print(CollegeBenchmark.report(rows, timeLimit: timeLimit, repeats: repeats))
    }
}
