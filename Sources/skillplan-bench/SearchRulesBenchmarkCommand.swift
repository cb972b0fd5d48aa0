import ArgumentParser

/// `skillplan-bench rules`: nodes and time of each MIP search rule on the bundled scenarios.
struct SearchRulesBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract:
            "Nodes and time of GLPK's default rule, pseudo-cost branching and the planner's search on each bundled scenario."
    )

    @Option(help: "Time limit of each search, in seconds.")
    var timeLimit: Double = 60

    func validate() throws {
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be a positive number of seconds, e.g. 60") }
    }

    func run() throws {
        print(BenchmarkMachine.current(glpsol: "/usr/bin/glpsol").report)
        let rows = try SearchRulesBenchmark(timeLimit: timeLimit).run()
        print(SearchRulesBenchmark.report(rows, timeLimit: timeLimit))
    }
}
