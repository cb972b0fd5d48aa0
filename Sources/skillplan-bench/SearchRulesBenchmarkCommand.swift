import ArgumentParser

/// `skillplan-bench rules`: nodes and time of each MIP search rule on the bundled scenarios.
struct SearchRulesBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract:
            "Nodes and time of GLPK's default rule, pseudo-cost branching and the planner's search on each bundled scenario."
    )

    @OptionGroup var limit: SolveTimeLimitOptions

    func run() throws {
        print(BenchmarkMachine.current(glpsol: "/usr/bin/glpsol").report)
        let rows = try SearchRulesBenchmark(timeLimit: limit.timeLimit).run()
        print(SearchRulesBenchmark.report(rows, timeLimit: limit.timeLimit))
    }
}
