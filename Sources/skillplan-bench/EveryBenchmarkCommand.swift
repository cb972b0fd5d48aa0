import ArgumentParser
import SkillPlan

/// `skillplan-bench all` (the default): every benchmark in one run on one machine: the
/// Netlib comparison and the build rate (issue 2), then the scale benchmarks (issue 6):
/// the planning model's build rate, the search rules on the bundled scenarios, end to
/// end on Xingning, the sweep speed-up, the rounded start plan, and the
/// Guangdong-scale model by decomposition, glpsol and HiGHS.
struct EveryBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "all",
        abstract:
            "Run every benchmark: Netlib, build rates, search rules, end to end, sweep, start plan, Guangdong scale."
    )

    @OptionGroup var options: BenchmarkOptions

    @Option(help: "The glpsol executable.")
    var glpsol: String = "/usr/bin/glpsol"

    @Option(help: "The time limit of each solver run at Guangdong scale, in seconds.")
    var scaleTimeLimit: Double = 300

    @Option(help: "The time limit of each method of the start-plan benchmark, in seconds.")
    var startTimeLimit: Double = 120

    func run() throws {
        print(BenchmarkMachine.current(glpsol: glpsol).report)
        let agreed = try runNetlib(repeats: options.repeats, netlib: nil, glpsol: glpsol)
        print("")
        print(try BuildBenchmark(nonzeros: 1_000_000, repeats: 3).run().report)
        print(try PlanningBuildBenchmark(size: .guangdong, repeats: 3).run().report)
        print(SearchRulesBenchmark.report(try SearchRulesBenchmark(timeLimit: 60).run(), timeLimit: 60))
        let endToEnd = try EndToEndBenchmark(repeats: 3, glpsol: glpsol).run()
        print(endToEnd.report)
        let sweep = try SweepBenchmark(axes: SweepBenchmarkCommand.defaultAxes).run()
        print(sweep.report)
        let startSize = SyntheticScenarioSize(
            schools: 20, programmesPerSchool: 20, levels: 3, years: 10, groupsPerSchool: 6, seed: 3)
        print(
            StartPlanBenchmark.report(
                try StartPlanBenchmark(size: startSize, limit: startTimeLimit).run(), limit: startTimeLimit))
        let scale = SyntheticScenarioSize.guangdong
        print(
            try ScaleBenchmark(
                size: scale, sizeArguments: SyntheticSizeOptions.arguments(for: scale), limit: scaleTimeLimit,
                gap: 0.01,
                glpsol: glpsol, skipReferenceBuild: false
            ).run().report)
        if !agreed { throw ExitCode.failure }
    }
}
