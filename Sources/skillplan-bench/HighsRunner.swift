import Foundation

/// Runs HiGHS (`highspy`, through `scripts/highs-solve.py`) on an MPS file as a child
/// process. `make bench` installs `highspy` from PyPI before the benchmarks run; the
/// benchmark itself installs nothing and skips HiGHS, saying so, when it is missing.
enum HighsRunner {
    /// `python3`, if it is on the path.
    static var python: String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let candidate = "\(folder)/python3"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Whether `highspy` imports; why HiGHS is skipped when it does not.
    static func prepare(python: String) -> String? {
        let check = ChildProcess(executable: python, arguments: ["-c", "import highspy"])
        if let outcome = try? check.run(limit: 60), outcome.status == 0 { return nil }
        return "highspy is not installed (make bench installs it: \(python) -m pip install highspy)"
    }

    /// The script, found beside the package (`scripts/highs-solve.py`).
    static func script() -> String? {
        let candidates = [
            FileManager.default.currentDirectoryPath + "/scripts/highs-solve.py",
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent()
                .appendingPathComponent("scripts/highs-solve.py").path,
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// Solves the LP relaxation or the MIP to `gap`.
    static func run(python: String, script: String, file: String, relax: Bool, gap: Double, limit: Double) -> SolverRun
    {
        let task = relax ? "LP relaxation" : "MIP to \(GlpsolScaleRunner.percent(gap))"
        var arguments = [script, file, "--time-limit", "\(limit)", "--mip-gap", "\(gap)"]
        if relax { arguments.append("--relax") }
        guard let outcome = try? ChildProcess(executable: python, arguments: arguments).run(limit: limit + 180) else {
            return SolverRun(solver: "HiGHS", task: task, status: "not run: cannot start \(python)")
        }
        var run = SolverRun(
            solver: "HiGHS", task: task, status: outcome.killed ? "killed at the limit" : "exit \(outcome.status)",
            seconds: outcome.seconds, peakBytes: outcome.peakBytes)
        let line = outcome.output.split(separator: "\n").last.map(String.init) ?? ""
        guard let data = line.data(using: .utf8),
            let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else {
            run.note = String(outcome.errors.suffix(200))
            return run
        }
        let status = json["status"] as? String ?? "?"
        run.status = status == "Optimal" ? "optimal" : status.lowercased()
        run.objective = json["objective"] as? Double
        run.bound = json["bound"] as? Double
        if let bound = run.bound, !bound.isFinite || abs(bound) > 1e300 { run.bound = nil }
        if let read = json["readSeconds"] as? Double { run.note = String(format: "read %.1f s", read) }
        return run
    }
}
