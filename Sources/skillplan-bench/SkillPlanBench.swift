import ArgumentParser

/// `skillplan-bench`: measures the GLPK wrapper against `glpsol` on the shared Netlib
/// LPs and measures how fast models are built. Not a test: it prints numbers.
@main
struct SkillPlanBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "skillplan-bench",
        abstract: "Benchmark the GLPK wrapper: Netlib LPs in-process vs glpsol, and the model-build rate.",
        discussion: "Run a release build (make bench) for numbers worth writing down.",
        subcommands: [AllBenchmarksCommand.self, NetlibBenchmarkCommand.self, BuildBenchmarkCommand.self, DecomposeCommand.self],
        defaultSubcommand: AllBenchmarksCommand.self
    )
}
