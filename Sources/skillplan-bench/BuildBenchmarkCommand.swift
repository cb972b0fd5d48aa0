import ArgumentParser
import SkillPlan

/// `skillplan-bench build`: the rate at which a large model is built through the API.
struct BuildBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract:
            "Build a generated LP of about a million non-zeros, then a synthetic scenario's planning model (Guangdong by default), and print non-zeros per second."
    )

    @OptionGroup var size: SyntheticSizeOptions

    @Flag(help: "Only the generated LP, not the planning model.")
    var skipPlanningModel = false

    @Option(help: "How many times the model is built; the median is reported.")
    var repeats: Int = 3

    @Option(help: "About how many non-zeros the generated model has.")
    var nonzeros: Int = 1_000_000

    func validate() throws {
        guard repeats >= 1 else { throw ValidationError("--repeats must be at least 1, not \(repeats).") }
        guard nonzeros >= 1000 else { throw ValidationError("--nonzeros must be at least 1000, not \(nonzeros).") }
    }

    func run() throws {
        print(BenchmarkMachine.current(glpsol: nil).report)
        print(try BuildBenchmark(nonzeros: nonzeros, repeats: repeats).run().report)
        if !skipPlanningModel {
            print(try PlanningBuildBenchmark(size: size.size, repeats: repeats).run().report)
        }
    }
}
