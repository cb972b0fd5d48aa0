import ArgumentParser

/// `--time-limit` of the benchmarks that solve each bundled scenario in turn (`phases`,
/// `rules`): the limit of each solve, 60 seconds unless given.
struct SolveTimeLimitOptions: ParsableArguments {
    @Option(help: "Time limit of each solve (a solve in two phases: both together), in seconds.")
    var timeLimit: Double = 60

    func validate() throws {
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be a positive number of seconds, e.g. 60") }
    }
}
