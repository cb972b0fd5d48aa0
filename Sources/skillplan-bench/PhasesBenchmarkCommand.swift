import ArgumentParser

/// `skillplan-bench phases`: the solve order's goals (issue 12) on the bundled scenarios.
struct PhasesBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "phases",
        abstract:
            "Two-phase solves (shortfall, then cost) against the one weighted search on each bundled scenario, and the stability of --like on the xn-tech capacity variant."
    )

    @OptionGroup var limit: SolveTimeLimitOptions

    func run() throws {
        print(BenchmarkMachine.current(glpsol: "/usr/bin/glpsol").report)
        let benchmark = PhasesBenchmark(timeLimit: limit.timeLimit)
        print(PhasesBenchmark.report(try benchmark.run()))
        print(PhasesBenchmark.report(try benchmark.stability()))
    }
}
