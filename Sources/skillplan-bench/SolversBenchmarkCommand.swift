import ArgumentParser
import Foundation
import SkillPlan

/// `skillplan-bench solvers`: the planner beside glpsol, CBC and HiGHS on each phase of
/// every bundled scenario (the phase's model exported as the planner's search got it),
/// same gap, one thread.
struct SolversBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solvers",
        abstract:
            "Solve every bundled scenario with the planner and, on each phase's model as the planner searched it (MPS), with glpsol, CBC and HiGHS: same gap, one thread; times, nodes, objectives per phase.",
        discussion:
            "Solvers that are not installed are skipped with a message (glpsol: glpk-utils; CBC: coinor-cbc; HiGHS: python3 -m pip install highspy)."
    )

    @Argument(help: "Scenario files (default: every bundled scenario in Models/).")
    var scenarios: [String] = []

    @Flag(
        help:
            "One tiny synthetic scenario (1 school, 2 programmes, 2 years), solvers as installed, highspy never installed: a check that the benchmark runs."
    )
    var smoke = false

    @Option(help: "The relative MIP gap asked of every solver (default 0.005, the planner's).")
    var gap: Double = 0.005

    @Option(help: "The time limit of every run, in seconds.")
    var timeLimit: Double = 120

    @Flag(help: "Do not install highspy from PyPI when it is missing (skip HiGHS instead).")
    var noInstall = false

    @Option(
        help:
            "Keep each phase's model in this folder (<scenario>-shortfall.mps, <scenario>-cost.mps); default: a temporary folder, removed afterwards."
    )
    var models: String?

    func validate() throws {
        if !(gap >= 0 && gap < 1) { throw ValidationError("--gap must be at least 0 and below 1, not \(gap)") }
        if !(timeLimit > 0 && timeLimit <= 86_400) {
            throw ValidationError("--time-limit must be from 0 to 86400 seconds, not \(timeLimit)")
        }
        if smoke && !scenarios.isEmpty {
            throw ValidationError("--smoke solves its own tiny scenario; leave out the scenario files")
        }
    }

    func run() throws {
        print(BenchmarkMachine.current(glpsol: "/usr/bin/glpsol").report)
        var cases: [SolversBenchmark.Case] = []
        if smoke {
            let size = SyntheticScenarioSize(
                schools: 1, programmesPerSchool: 2, levels: 2, years: 2, groupsPerSchool: 1, seed: 7)
            cases.append(
                SolversBenchmark.Case(
                    name: "smoke", scenario: ScenarioGenerator(size: size).scenario(), inputHash: "smoke"))
        } else {
            let files = scenarios.isEmpty ? BundledScenarios.list().map(\.file) : scenarios
            if files.isEmpty {
                throw ValidationError("no scenarios: no Models folder here or beside the package; name scenario files")
            }
            for file in files {
                let loaded = try ScenarioLoader.load(path: file)
                let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
                cases.append(SolversBenchmark.Case(name: name, scenario: loaded.scenario, inputHash: loaded.inputHash))
            }
        }
        let benchmark = SolversBenchmark(
            cases: cases, gap: gap, limit: timeLimit, install: !(noInstall || smoke),
            folder: models.map { URL(fileURLWithPath: $0) })
        let rows = try benchmark.run { print($0) }
        print("")
        print(SolversBenchmark.table(rows, gap: gap))
    }
}
