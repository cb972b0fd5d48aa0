import Foundation
import GLPK
import SkillPlan
import Synchronization

/// `skillplan-bench solvers`: for each scenario, the planner's solve (in-process, as
/// `skillplan solve` runs it: build, heuristic start, GLPK's search, check) beside
/// glpsol, CBC and HiGHS on the model `skillplan model --format mps` writes for it, all
/// to the same relative gap on one thread, one after the other in the same run.
struct SolversBenchmark {
    /// One scenario to solve.
    struct Case {
        /// Its name in the table.
        var name: String
        /// The scenario.
        var scenario: Scenario
        /// SHA-256 of its inputs (the planner records it in the plan).
        var inputHash: String
    }

    /// One solver's result on one scenario.
    struct Row {
        var scenario: String
        var solver: String
        var status: String
        var seconds: Double?
        var ownSeconds: Double?
        var nodes: Int?
        var objective: Double?
        var bound: Double?
        var peakBytes: Int?
        var note: String = ""

        /// The relative gap between objective and bound, as GLPK computes it.
        var gap: Double? { relativeGap(objective: objective, bound: bound) }
    }

    var cases: [Case]
    /// The relative gap asked of every solver.
    var gap: Double
    /// The time limit of every run, in seconds.
    var limit: Double
    /// Install highspy from PyPI when it is missing (off in the smoke test).
    var install: Bool
    /// Where the exported models go (a temporary folder when `nil`).
    var folder: URL?

    /// Runs every solver on every case; prints a line as each run ends.
    func run(print say: (String) -> Void) throws -> [Row] {
        let folder =
            self.folder
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("bench-solvers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { if self.folder == nil { try? FileManager.default.removeItem(at: folder) } }
        var solvers: [(ExternalMIPSolver, String)] = []
        for solver in ExternalMIPSolver.allCases {
            switch solver.locate(install: install) {
            case .success(let executable): solvers.append((solver, executable))
            case .failure(let why): say("\(solver.rawValue): skipped, \(why.text)")
            }
        }
        var rows: [Row] = []
        for item in cases {
            let file = folder.appendingPathComponent("\(item.name).mps").path
            try ModelBuilder(scenario: item.scenario).build().model.write(to: file, format: .freeMPS)
            let planner = try planned(item)
            rows.append(planner)
            say(Self.line(planner))
            for (solver, executable) in solvers {
                let outcome = solver.solve(executable, file: file, gap: gap, limit: limit)
                let row = Row(
                    scenario: item.name, solver: solver.rawValue, status: outcome.status, seconds: outcome.seconds,
                    ownSeconds: outcome.ownSeconds, nodes: outcome.nodes, objective: outcome.objective,
                    bound: outcome.bound, peakBytes: outcome.peakBytes)
                rows.append(row)
                say(Self.line(row))
            }
        }
        return rows
    }

    /// The planner's solve of a case, timed in-process; its nodes read from GLPK's log.
    private func planned(_ item: Case) throws -> Row {
        let log = LogTail()
        var options = PlanningOptions(timeLimit: limit, mipGap: gap)
        options.logHandler = { log.append($0) }
        let clock = ContinuousClock()
        let started = clock.now
        let start = try StartPlan.make(for: item.scenario, timeLimit: limit, goal: 0.9 * gap)
        let heuristicSeconds = (clock.now - started) / .seconds(1)
        let solveStarted = clock.now
        let result = try Planner.solve(item.scenario, inputHash: item.inputHash, options: options)
        let seconds = (clock.now - solveStarted) / .seconds(1)
        let plan = result.plan
        var note = result.violations.isEmpty ? "checked" : "\(result.violations.count) check violations"
        if let start, let bound = start.relaxationBound {
            func above(_ value: Double) -> String { Self.percent((value - bound) / (abs(value) + Double.ulpOfOne)) }
            note += String(
                format: "; heuristic alone %.2f s: rounded %@, improved %@ above the LP bound", heuristicSeconds,
                above(start.roundedObjective), above(start.objective))
        } else {
            note += "; heuristic found no plan"
        }
        return Row(
            scenario: item.name, solver: "skillplan", status: plan.solver.stopReason ?? plan.solver.status,
            seconds: seconds,
            ownSeconds: plan.run.solveSeconds, nodes: log.nodes, objective: plan.solver.objective,
            bound: plan.solver.bestBound,
            note: note)
    }

    /// GLPK's log as the search prints it, keeping the node count of the last progress line.
    final class LogTail: Sendable {
        private let state = Mutex<(text: String, nodes: Int?)>(("", nil))

        func append(_ chunk: String) {
            state.withLock { state in
                state.text += chunk
                while let newline = state.text.firstIndex(of: "\n") {
                    let line = state.text[..<newline]
                    // "+  9393: mip =   7.19e+07 >=   7.16e+07   0.5% (3016; 4571)": active; done.
                    if line.hasPrefix("+"), let open = line.lastIndex(of: "("), let close = line.lastIndex(of: ")"),
                        open < close
                    {
                        let counts = line[line.index(after: open)..<close].split(separator: ";")
                            .compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
                        if counts.count == 2 { state.nodes = counts[0] + counts[1] }
                    }
                    state.text = String(state.text[state.text.index(after: newline)...])
                }
            }
        }

        var nodes: Int? { state.withLock { $0.nodes } }
    }

    /// One result as a line of progress.
    static func line(_ row: Row) -> String {
        let time = row.seconds.map { String(format: "%.2f s", $0) } ?? "–"
        let objective = row.objective.map { String(format: "%.6g", $0) } ?? "–"
        let nodes = row.nodes.map(String.init) ?? "–"
        return "  \(row.scenario): \(row.solver) \(row.status), \(time), \(nodes) nodes, objective \(objective)"
            + (row.note.isEmpty ? "" : " (\(row.note))")
    }

    /// The table of docs/benchmarks.md: per scenario, each solver's time, nodes,
    /// objective and gap, and the planner's time as a multiple of HiGHS's.
    static func table(_ rows: [Row], gap: Double) -> String {
        let header = [
            "scenario", "solver", "status", "wall s", "own s", "nodes", "objective", "bound", "gap", "÷ HiGHS",
        ]
        var cells: [[String]] = []
        let scenarios = rows.reduce(into: [String]()) { if !$0.contains($1.scenario) { $0.append($1.scenario) } }
        for scenario in scenarios {
            let group = rows.filter { $0.scenario == scenario }
            let highs = group.first { $0.solver == ExternalMIPSolver.highs.rawValue }.flatMap {
                $0.ownSeconds ?? $0.seconds
            }
            for row in group {
                let ratio = highs.flatMap { h in row.seconds.map { String(format: "%.2f×", $0 / max(h, 1e-9)) } } ?? "–"
                cells.append([
                    scenario, row.solver, row.status, format(row.seconds, "%.2f"), format(row.ownSeconds, "%.2f"),
                    row.nodes.map(String.init) ?? "–", format(row.objective, "%.0f"), format(row.bound, "%.0f"),
                    row.gap.map(percent) ?? "–", row.solver == "skillplan" ? ratio : "",
                ])
            }
        }
        var lines = [ScaleReport.table(header, cells)]
        lines.append(
            "Gap asked of every solver: \(percent(gap)); one thread each. `wall s`: spawning to reaping for the external solvers "
                + "(Python's start and `import highspy` included for HiGHS), the in-process `Planner.solve` (build, heuristic start, search, "
                + "check) for skillplan; `own s`: the time the solver reports itself (HiGHS's run time, CBC's wall clock; the planner's solve "
                + "without the build); `÷ HiGHS`: skillplan's wall time over HiGHS's own time.")
        return lines.joined(separator: "\n")
    }

    private static func format(_ value: Double?, _ pattern: String) -> String {
        value.map { String(format: pattern, $0) } ?? "–"
    }

    static func percent(_ value: Double) -> String {
        String(format: "%.3f%%", value * 100)
    }
}
