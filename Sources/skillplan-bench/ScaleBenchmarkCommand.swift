import ArgumentParser
import SkillPlan

/// `skillplan-bench scale`: the Guangdong-scale model built and solved by decomposition,
/// glpsol and HiGHS, with times, bounds and peak memory.
struct ScaleBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scale",
        abstract:
            "Build the Guangdong-scale model (non-zeros/s) and solve it by decomposition, glpsol and HiGHS (LP and MIP to 1%)."
    )

    @OptionGroup var size: SyntheticSizeOptions

    @Option(help: "The time limit of each solver run, in seconds.")
    var timeLimit: Double = 300

    @Option(help: "The MIP gap asked of glpsol and HiGHS.")
    var mipGap: Double = 0.01

    @Option(help: "The glpsol executable.")
    var glpsol: String = "/usr/bin/glpsol"

    @Flag(help: "Skip timing ModelBuilder on the whole scenario (only the school-by-school build).")
    var skipReferenceBuild = false

    func run() throws {
        print(BenchmarkMachine.current(glpsol: glpsol).report)
        let benchmark = ScaleBenchmark(
            size: size.size, sizeArguments: size.arguments, limit: timeLimit, gap: mipGap, glpsol: glpsol,
            skipReferenceBuild: skipReferenceBuild)
        print(try benchmark.run().report)
    }
}
