import ArgumentParser
import Foundation
import SkillPlan

/// `skillplan-bench decompose`: plans a synthetic scenario by school and prints one line
/// of JSON with the result. The scale benchmark runs it as a child process, to measure
/// its peak memory like the other solvers'.
struct DecomposeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decompose",
        abstract: "Plan a synthetic scenario school by school (decomposition) and print the result as JSON."
    )

    @OptionGroup var size: SyntheticSizeOptions

    @Option(help: "The time budget in seconds.")
    var timeLimit: Double = 600

    @Option(help: "The relative MIP gap of each school's plan.")
    var mipGap: Double = 0.005

    @Option(help: "Threads (one GLPK problem each).")
    var jobs: Int = WorkerPool.cores

    @Flag(help: "Skip the bound refinement (the schools' priced integer programs).")
    var noRefine = false

    @Flag(help: "Search the schools' MIPs with pseudo-cost branching and best projection (not GLPK's default rules).")
    var bestProjection = false

    @Flag(help: "Do not offer the schools' searches a rounded start plan.")
    var noStart = false

    @Option(help: "Write the plan (JSON) to this file.")
    var plan: String?

    @Flag(help: "Print each step's progress on standard error.")
    var progress = false

    func run() throws {
        let sized = size.size
        var made: Scenario?
        let generated = Stopwatch.time { made = ScenarioGenerator(size: sized).scenario() }
        guard let scenario = made else { throw ExitCode.failure }
        var options = DecompositionOptions(timeLimit: timeLimit, mipGap: mipGap, jobs: jobs)
        options.refineBound = !noRefine
        options.roundingStart = !noStart
        options.bestProjection = bestProjection
        if progress {
            options.progressHandler = { step in
                let bound = step.bound.map { String(format: "%.6g", $0) } ?? "-"
                let master = step.masterValue.map { String(format: "%.6g", $0) } ?? "-"
                let phase = step.solvePhase.map { "\($0.rawValue) " } ?? ""
                FileHandle.standardError.write(
                    Data(
                        "  \(phase)\(step.phase) \(step.done)/\(step.total) bound \(bound) master \(master) \(String(format: "%.1f", step.elapsed)) s\n"
                            .utf8))
            }
        }
        let result = try DecompositionPlanner.solve(scenario, inputHash: "synthetic", options: options)
        let line: [String: Any] = [
            "scenario": scenario.name, "generateSeconds": generated, "objective": result.objective,
            "gap": result.gap, "shortfall": result.shortfall,
            "shortfallBound": result.phases.first?.bound ?? NSNull(),
            "shortfallGap": result.phases.first?.gap ?? NSNull(),
            "cost": result.cost ?? NSNull(), "costBound": result.phases.last?.bound ?? NSNull(),
            "costGap": result.phases.last?.gap ?? NSNull(), "phaseSeconds": result.phaseSeconds,
            "schools": result.schools, "couplingRows": result.couplingRows, "iterations": result.iterations,
            "startsAccepted": result.startsAccepted, "schoolsOnStart": result.schoolsOnStart,
            "buildSeconds": result.buildSeconds, "coordinationSeconds": result.coordinationSeconds,
            "firstPlanSeconds": result.firstPlanSeconds, "firstPlanObjective": result.firstPlanObjective ?? NSNull(),
            "planSeconds": result.planSeconds,
            "boundSeconds": result.boundSeconds,
            "totalSeconds": result.totalSeconds, "checkStartSeconds": result.solvedSeconds,
            "violations": result.violations.count,
            "targetsShort": result.plan.targetsShort.count, "columns": result.plan.solver.columns,
            "rows": result.plan.solver.rows,
            "nonzeros": result.plan.solver.nonzeros,
        ]
        if let plan { try PlanFile.write(result.plan, to: plan) }
        let data = try JSONSerialization.data(withJSONObject: line, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
        if !result.violations.isEmpty {
            for violation in result.violations.prefix(20) {
                FileHandle.standardError.write(Data("violation: \(violation)\n".utf8))
            }
            throw ExitCode.failure
        }
    }
}
