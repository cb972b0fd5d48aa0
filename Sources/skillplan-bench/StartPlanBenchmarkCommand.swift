import ArgumentParser
import SkillPlan

/// `skillplan-bench start-plan`: one mid-size model solved whole by GLPK, with and
/// without the rounded start plan, and by decomposition.
struct StartPlanBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start-plan",
        abstract:
            "Solve a mid-size model whole, with and without the rounded start plan, and by decomposition: first plan, gap, bound."
    )

    @Option(help: "Schools.")
    var schools: Int = 20

    @Option(help: "Programmes per school.")
    var programmes: Int = 20

    @Option(help: "Planning years.")
    var years: Int = 10

    @Option(help: "The time limit of each method, in seconds.")
    var timeLimit: Double = 120

    func run() throws {
        print(BenchmarkMachine.current(glpsol: nil).report)
        let size = SyntheticScenarioSize(
            schools: schools, programmesPerSchool: programmes, levels: 3, years: years, groupsPerSchool: 6, seed: 3)
        let result = try StartPlanBenchmark(size: size, limit: timeLimit).run()
        print(StartPlanBenchmark.report(result, limit: timeLimit))
    }
}
