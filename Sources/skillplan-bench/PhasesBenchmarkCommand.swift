import ArgumentParser

/// `skillplan-bench phases`: the solve order's goals (issue 12) on the bundled scenarios.
struct PhasesBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "phases",
        abstract:
            "Two-phase solves (shortfall, then cost) against the one weighted search on each bundled scenario, and the stability of --like on the xn-tech capacity variant."
    )

    @Option(help: "Time limit of each solve (both phases together), in seconds.")
    var timeLimit: Double = 60

    func validate() throws {
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be a positive number of seconds, e.g. 60") }
    }

    func run() throws {
        print(BenchmarkMachine.current(glpsol: "/usr/bin/glpsol").report)
        let benchmark = PhasesBenchmark(timeLimit: timeLimit)
        print(PhasesBenchmark.report(try benchmark.run()))
        print(PhasesBenchmark.report(try benchmark.stability()))
    }
}
