import ArgumentParser

/// `skillplan-bench`: measures the GLPK wrapper against `glpsol` on the shared Netlib
/// LPs and measures how fast models are built. Not a test: it prints numbers.
@main
struct SkillPlanBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "skillplan-bench",
        abstract:
            "Benchmark the GLPK wrapper (Netlib vs glpsol, build rate) and the planner at scale (Guangdong, sweeps, end to end).",
        discussion: "Run a release build (make bench) for numbers worth writing down.",
        subcommands: [
            EveryBenchmarkCommand.self, NetlibBenchmarkCommand.self, BuildBenchmarkCommand.self,
            ScaleBenchmarkCommand.self,
            EndToEndBenchmarkCommand.self, SearchRulesBenchmarkCommand.self, SweepBenchmarkCommand.self,
            StartPlanBenchmarkCommand.self, DecomposeCommand.self,
            ServeBenchmarkCommand.self, PhasesBenchmarkCommand.self, StartupBenchmarkCommand.self,
            SolversBenchmarkCommand.self,
            TargetPricesBenchmarkCommand.self, CollegeBenchmarkCommand.self,
        ],
        defaultSubcommand: EveryBenchmarkCommand.self
    )
}
