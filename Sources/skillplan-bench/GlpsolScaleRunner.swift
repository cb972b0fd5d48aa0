import Foundation

/// Runs `glpsol` on an MPS file with a time limit, as a child process, and reads from its
/// log how far it got.
enum GlpsolScaleRunner {
    /// Solves the LP relaxation (`--nomip`) or the MIP to `gap` (`--mipgap`).
    static func run(_ glpsol: String, file: String, relax: Bool, gap: Double, limit: Double) -> SolverRun {
        var arguments = ["--freemps", file, "--tmlim", "\(Int(limit))"]
        arguments += relax ? ["--nomip"] : ["--mipgap", "\(gap)"]
        let task = relax ? "LP relaxation" : "MIP to \(percent(gap))"
        guard let outcome = try? ChildProcess(executable: glpsol, arguments: arguments).run(limit: limit + 120) else {
            return SolverRun(solver: "glpsol", task: task, status: "not run: cannot start \(glpsol)")
        }
        var run = SolverRun(
            solver: "glpsol", task: task, status: status(outcome), seconds: outcome.seconds,
            peakBytes: outcome.peakBytes)
        let lines = outcome.output.split(separator: "\n").map(String.init)
        if relax {
            if let last = lines.last(where: { $0.contains("obj =") && $0.contains("inf =") }) {
                let feasible = last.trimmingCharacters(in: .whitespaces).hasPrefix("*")
                let value = number(after: "obj =", in: last)
                let infeasibility = number(after: "inf =", in: last).map { String(format: "%.3g", $0) } ?? "?"
                if run.status == "optimal" {
                    run.objective = value
                } else {
                    run.note =
                        feasible
                        ? "in phase 2 at the end, objective \(value.map { String(format: "%.4g", $0) } ?? "?") (not optimal)"
                        : "still in phase 1 (infeasibility \(infeasibility)) at the end"
                }
            }
        } else if let last = lines.last(where: { $0.hasPrefix("+") }) {
            run.objective =
                last.contains("not found yet")
                ? nil : (number(after: "mip =", in: last) ?? number(after: ">>>>>", in: last))
            run.bound = number(after: ">=", in: last)
            run.note = run.objective == nil ? "no integer plan found" : ""
        } else if let last = lines.last(where: { $0.contains("obj =") && $0.contains("inf =") }) {
            let feasible = last.trimmingCharacters(in: .whitespaces).hasPrefix("*")
            run.note = "never left the LP relaxation (" + (feasible ? "phase 2" : "phase 1") + ")"
        }
        return run
    }

    static func status(_ outcome: ChildProcess.Outcome) -> String {
        if outcome.killed { return "killed at the limit" }
        if outcome.output.contains("TIME LIMIT EXCEEDED") { return "time limit" }
        if outcome.output.contains("INTEGER OPTIMAL SOLUTION FOUND")
            || outcome.output.contains("OPTIMAL LP SOLUTION FOUND")
        {
            return "optimal"
        }
        if outcome.output.contains("RELATIVE MIP GAP TOLERANCE REACHED") { return "gap reached" }
        return outcome.status == 0 ? "done" : "exit \(outcome.status)"
    }

    static func number(after marker: String, in line: String) -> Double? {
        guard let range = line.range(of: marker) else { return nil }
        let rest = line[range.upperBound...].trimmingCharacters(in: .whitespaces)
        return Double(rest.split(separator: " ").first ?? "")
    }

    static func percent(_ gap: Double) -> String { String(format: "%g%%", gap * 100) }
}
