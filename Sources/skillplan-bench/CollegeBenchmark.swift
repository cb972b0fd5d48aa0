import Foundation
import GLPK
import SkillPlan

/// The technician-college extension's cost in solve time: each bundled scenario solved
/// with its extension data (high-level courses, teacher qualification and the targets
/// that use them) and without them (the same scenario with those data removed, which
/// builds the model the project built before the extension), alternating, by the
/// planner's two-phase solve (the search the `solve` command runs): processor seconds
/// (the machine's load moves wall time more), and each phase's status and gap.
struct CollegeBenchmark {
    var timeLimit: Double
    var repeats: Int
    /// Only the scenarios with these names (every bundled one when empty).
    var scenarios: [String] = []

    struct Row {
        var scenario: String
        var columns: (with: Int, without: Int)
        var planner: (with: Double, without: Double)
        var plans: (with: Plan, without: Plan)
    }

    func run() throws -> [Row] {
        var rows: [Row] = []
        for bundled in BundledScenarios.list() {
            let name = ((bundled.file as NSString).lastPathComponent as NSString).deletingPathExtension
            guard scenarios.isEmpty || scenarios.contains(name) else { continue }
            let loaded = try ScenarioLoader.load(path: bundled.file)
            let with = loaded.scenario, without = loaded.scenario.withoutCollegeExtension
            let columnsWith = try ModelBuilder(scenario: with).build().model.variableCount
            let columnsWithout = try ModelBuilder(scenario: without).build().model.variableCount
            var timesWith: [Double] = [], timesWithout: [Double] = []
            var planWith: Plan?, planWithout: Plan?
            for _ in 0..<repeats {
                for (scenario, isWith) in [(without, false), (with, true)] {
                    let start = Stopwatch.processorSeconds()
                    let result = try Planner.solve(
                        scenario, inputHash: loaded.inputHash, options: PlanningOptions(timeLimit: timeLimit))
                    let used = Stopwatch.processorSeconds() - start
                    if isWith {
                        timesWith.append(used)
                        planWith = result.plan
                    } else {
                        timesWithout.append(used)
                        planWithout = result.plan
                    }
                }
            }
            guard let planWith, let planWithout else { continue }
            rows.append(
                Row(
                    scenario: name, columns: (columnsWith, columnsWithout),
                    planner: (Stopwatch.median(timesWith), Stopwatch.median(timesWithout)),
                    plans: (planWith, planWithout)))
        }
        return rows
    }

    /// A plan's phases in one cell: `shortfall gap / cost gap`, with a `!` after a phase
    /// that stopped outside its gap.
    static func phases(_ plan: Plan) -> String {
        [PlanPhase.shortfall, .cost].map { kind in
            guard let phase = plan.solver.phase(kind) else { return "–" }
            return ScaleReport.percent(phase.gap) + (phase.withinGap ? "" : "!")
        }.joined(separator: " / ")
    }

    /// The phases' seconds of a plan (wall, as the plan records them): `shortfall / cost`.
    static func phaseSeconds(_ plan: Plan) -> String {
        let times = plan.run.phaseSeconds ?? []
        return times.prefix(2).map { ScaleReport.seconds($0) }.joined(separator: " / ")
    }

    static func report(_ rows: [Row], timeLimit: Double, repeats: Int) -> String {
        let header = [
            "scenario", "columns with / without", "processor s with", "without", "ratio",
            "gaps with (shortfall / cost)", "gaps without", "wall s with (phase 1 / 2)", "without",
            "cost with", "cost without",
        ]
        let table = rows.map { row in
            [
                "\(row.scenario)", "\(row.columns.with) / \(row.columns.without)",
                ScaleReport.seconds(row.planner.with), ScaleReport.seconds(row.planner.without),
                String(format: "%.2f", row.planner.with / row.planner.without),
                phases(row.plans.with), phases(row.plans.without),
                phaseSeconds(row.plans.with), phaseSeconds(row.plans.without),
                ScaleReport.number(row.plans.with.costs.total), ScaleReport.number(row.plans.without.costs.total),
            ]
        }
        let totalWith = rows.reduce(0) { $0 + $1.planner.with },
            totalWithout = rows.reduce(0) { $0 + $1.planner.without }
        return "Technician-college extension: the planner's two-phase solve, processor seconds (median of \(repeats), "
            + "alternating), with and without the extension's data (limit \(Int(timeLimit)) s each; `!`: a phase "
            + "outside its gap)\n"
            + ScaleReport.table(header, table)
            + "\nall scenarios: \(ScaleReport.seconds(totalWith)) with, \(ScaleReport.seconds(totalWithout)) without, ratio "
            + String(format: "%.2f", totalWith / totalWithout) + " (goal ≤ 1.5)"
    }
}
