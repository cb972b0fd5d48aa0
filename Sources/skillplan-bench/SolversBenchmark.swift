import Foundation
import GLPK
import SkillPlan
import Synchronization

/// `skillplan-bench solvers`: for each scenario, the planner's two-phase solve
/// (in-process, as `skillplan solve` runs it: build, heuristic start, GLPK's search,
/// check) beside glpsol, CBC and HiGHS on each phase's model, exactly as the planner's
/// search got it (``PlanningOptions/phaseModelHandler``: phase 1 the weighted shortfall;
/// phase 2 the cost with the row `shortfall-held` at the planner's phase-1 value), written
/// as MPS; all to the same relative gap on one thread, one after the other in the same run.
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

    /// One solver's result on one phase of one scenario.
    struct Row {
        var scenario: String
        /// `shortfall` or `cost` (``PlanPhase``).
        var phase: String
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
    /// The time limit of every run, in seconds (the planner's: of its whole solve).
    var limit: Double
    /// Install highspy from PyPI when it is missing (off in the smoke test).
    var install: Bool
    /// Where the exported models go (a temporary folder, removed afterwards, when `nil`).
    var folder: URL?

    /// Runs every solver on every case's phases; prints a line as each run ends.
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
            let (planner, files) = try planned(item, folder: folder)
            for row in planner {
                rows.append(row)
                say(Self.line(row))
            }
            for (phase, file) in files {
                for (solver, executable) in solvers {
                    let outcome = solver.solve(executable, file: file, gap: gap, limit: limit)
                    let row = Row(
                        scenario: item.name, phase: phase.rawValue, solver: solver.rawValue, status: outcome.status,
                        seconds: outcome.seconds, ownSeconds: outcome.ownSeconds, nodes: outcome.nodes,
                        objective: outcome.objective, bound: outcome.bound, peakBytes: outcome.peakBytes)
                    rows.append(row)
                    say(Self.line(row))
                }
            }
        }
        return rows
    }

    /// The planner's solve of a case, timed in-process, one row per phase, and each
    /// phase's model as the planner's search got it, written to `folder` as MPS.
    private func planned(_ item: Case, folder: URL) throws -> ([Row], [(PlanPhase, String)]) {
        let written = Mutex<(files: [(PlanPhase, String)], error: String?)>(([], nil))
        var options = PlanningOptions(timeLimit: limit, mipGap: gap)
        options.phaseModelHandler = { phase, model in
            let file = folder.appendingPathComponent("\(item.name)-\(phase.rawValue).mps").path
            do {
                try model.write(to: file, format: .freeMPS)
                written.withLock { $0.files.append((phase, file)) }
            } catch {
                written.withLock { $0.error = "\(file): \(error)" }
            }
        }
        let clock = ContinuousClock()
        let started = clock.now
        let result = try Planner.solve(item.scenario, inputHash: item.inputHash, options: options)
        let seconds = (clock.now - started) / .seconds(1)
        let (files, error) = written.withLock { ($0.files, $0.error) }
        if let error { throw BenchError("could not write a phase's model: \(error)") }
        let plan = result.plan
        let checked = result.violations.isEmpty ? "checked" : "\(result.violations.count) check violations"
        let phases = plan.solver.phases ?? []
        let phaseSeconds = plan.run.phaseSeconds ?? []
        var rows: [Row] = []
        for (n, phase) in phases.enumerated() {
            rows.append(
                Row(
                    scenario: item.name, phase: phase.phase.rawValue, solver: "skillplan",
                    status: phase.stopReason ?? phase.status, seconds: n < phaseSeconds.count ? phaseSeconds[n] : nil,
                    ownSeconds: nil, nodes: phase.nodes, objective: phase.value, bound: phase.bound,
                    note: n == phases.count - 1
                        ? "\(checked); whole solve \(String(format: "%.2f", seconds)) s with the build" : ""))
        }
        return (rows, files)
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
        return
            "  \(row.scenario) \(row.phase): \(row.solver) \(row.status), \(time), \(nodes) nodes, objective \(objective)"
            + (row.note.isEmpty ? "" : " (\(row.note))")
    }

    /// The table of docs/benchmarks.md: per scenario and phase, each solver's time,
    /// nodes, objective, gap and peak memory, and the planner's phase time as a multiple
    /// of HiGHS's on the same phase's model.
    static func table(_ rows: [Row], gap: Double) -> String {
        let header = [
            "scenario", "phase", "solver", "status", "wall s", "own s", "nodes", "objective", "bound", "gap", "peak MB",
            "÷ HiGHS",
        ]
        var cells: [[String]] = []
        var groups: [(String, String)] = []
        for row in rows where !groups.contains(where: { $0 == (row.scenario, row.phase) }) {
            groups.append((row.scenario, row.phase))
        }
        for (scenario, phase) in groups {
            let group = rows.filter { $0.scenario == scenario && $0.phase == phase }
            let highs = group.first { $0.solver == ExternalMIPSolver.highs.rawValue }.flatMap {
                $0.ownSeconds ?? $0.seconds
            }
            for row in group {
                let ratio = highs.flatMap { h in row.seconds.map { String(format: "%.2f×", $0 / max(h, 1e-9)) } } ?? "–"
                cells.append([
                    scenario, phase, row.solver, row.status, format(row.seconds, "%.2f"),
                    format(row.ownSeconds, "%.2f"),
                    row.nodes.map(String.init) ?? "–", format(row.objective, "%.0f"), format(row.bound, "%.0f"),
                    row.gap.map(percent) ?? "–",
                    row.peakBytes.map { String(format: "%.1f", Double($0) / 1_048_576) } ?? "–",
                    row.solver == "skillplan" ? ratio : "",
                ])
            }
        }
        var lines = [ScaleReport.table(header, cells)]
        lines.append(
            "Gap asked of every solver: \(percent(gap)) of each phase's own objective; one thread each. Each phase's model is the one "
                + "the planner's search got (phase 2 holds the shortfall at the planner's phase-1 value). `wall s`: spawning to reaping "
                + "for the external solvers (Python's start and `import highspy` included for HiGHS); for skillplan the phase's "
                + "heuristic start and search in-process (the model's build is in the last phase's note); `own s`: the time the "
                + "solver reports itself (HiGHS's run time, CBC's wall clock); `peak MB`: the child process's peak resident memory; "
                + "`÷ HiGHS`: skillplan's phase time over HiGHS's own time on that phase.")
        return lines.joined(separator: "\n")
    }

    private static func format(_ value: Double?, _ pattern: String) -> String {
        value.map { String(format: pattern, $0) } ?? "–"
    }

    static func percent(_ value: Double) -> String {
        String(format: "%.3f%%", value * 100)
    }
}
