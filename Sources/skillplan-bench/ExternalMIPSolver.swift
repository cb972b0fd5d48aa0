import Foundation

/// A MIP solver run as a child process on an exported MPS file, one thread, to a relative
/// gap: `glpsol`, CBC (Debian's `coinor-cbc`) or HiGHS (`highspy`, through
/// `scripts/highs-solve.py`). Only for comparison: none of them is linked into SkillPlan.
enum ExternalMIPSolver: String, CaseIterable {
    case glpsol
    case cbc = "CBC"
    case highs = "HiGHS"

    /// What one run gave.
    struct Outcome {
        /// `optimal`, `gap limit`, `time limit`, or why it did not run.
        var status: String
        /// Wall seconds, spawning to reaping (Python's start and `import highspy` included for HiGHS).
        var seconds: Double?
        /// The seconds the solver itself reports, where it does (HiGHS's run time, CBC's wall clock).
        var ownSeconds: Double?
        /// Branch-and-bound nodes.
        var nodes: Int?
        /// The objective of its plan.
        var objective: Double?
        /// Its lower bound.
        var bound: Double?
        /// Peak resident memory in bytes.
        var peakBytes: Int?
    }

    /// The executable (or, for HiGHS, `python3`) when installed, or why not.
    func locate(install: Bool) -> Result<String, SkipReason> {
        switch self {
        case .glpsol, .cbc:
            let name = self == .glpsol ? "glpsol" : "cbc"
            for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return .success(candidate) }
            }
            let package = self == .glpsol ? "glpk-utils" : "coinor-cbc"
            return .failure(SkipReason(text: "\(name) not found (Debian: apt-get install \(package))"))
        case .highs:
            guard let python = HighsRunner.python else {
                return .failure(SkipReason(text: "python3 not found (HiGHS runs through highspy)"))
            }
            guard HighsRunner.script() != nil else {
                return .failure(SkipReason(text: "scripts/highs-solve.py not found beside the package"))
            }
            if install {
                if let why = HighsRunner.prepare(python: python) { return .failure(SkipReason(text: why)) }
            } else if let outcome = try? ChildProcess(executable: python, arguments: ["-c", "import highspy"]).run(
                limit: 60), outcome.status != 0
            {
                return .failure(SkipReason(text: "highspy not installed (python3 -m pip install highspy)"))
            }
            return .success(python)
        }
    }

    /// Why a solver is skipped.
    struct SkipReason: Error {
        var text: String
    }

    /// Solves `file` to `gap` on one thread within `limit` seconds.
    func solve(_ executable: String, file: String, gap: Double, limit: Double) -> Outcome {
        switch self {
        case .glpsol: glpsol(executable, file: file, gap: gap, limit: limit)
        case .cbc: cbc(executable, file: file, gap: gap, limit: limit)
        case .highs: highs(executable, file: file, gap: gap, limit: limit)
        }
    }

    private func glpsol(_ executable: String, file: String, gap: Double, limit: Double) -> Outcome {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("glpsol-\(UUID().uuidString).txt")
            .path
        defer { try? FileManager.default.removeItem(atPath: report) }
        let arguments = [
            "--freemps", file, "--cuts", "--mipgap", "\(gap)", "--tmlim", "\(Int(limit.rounded(.up)))", "-o", report,
        ]
        guard let run = try? ChildProcess(executable: executable, arguments: arguments).run(limit: limit + 30) else {
            return Outcome(status: "not run: cannot start \(executable)")
        }
        var outcome = Outcome(
            status: Self.status(run, text: run.output), seconds: run.seconds, peakBytes: run.peakBytes)
        // "Objective:  obj = 71991400 (MINimum)" in the report.
        let text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
        if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Objective:") }),
            let equals = line.range(of: "= ")
        {
            outcome.objective = Double(line[equals.upperBound...].split(separator: " ").first ?? "")
        }
        // The last progress line: "+  9393: mip =   7.199140000e+07 >=   7.164265473e+07   0.5% (3016; 4571)".
        if let line = run.output.split(separator: "\n").last(where: { $0.hasPrefix("+") && $0.contains(">=") }) {
            // "mip =     not found yet": the report's objective (0) is no plan's.
            if line.contains("not found yet") { outcome.objective = nil }
            let parts = line.split(separator: ">=").last?.split(separator: " ").map(String.init) ?? []
            outcome.bound = parts.first.flatMap(Double.init)
            if let open = line.lastIndex(of: "("), let close = line.lastIndex(of: ")"), open < close {
                let counts = line[line.index(after: open)..<close].split(separator: ";").compactMap {
                    Int($0.trimmingCharacters(in: .whitespaces))
                }
                if counts.count == 2 { outcome.nodes = counts[0] + counts[1] }
            }
        }
        return outcome
    }

    private func cbc(_ executable: String, file: String, gap: Double, limit: Double) -> Outcome {
        let arguments = [file, "ratioGap", "\(gap)", "threads", "1", "seconds", "\(Int(limit.rounded(.up)))", "solve"]
        guard let run = try? ChildProcess(executable: executable, arguments: arguments).run(limit: limit + 30) else {
            return Outcome(status: "not run: cannot start \(executable)")
        }
        var outcome = Outcome(
            status: Self.status(run, text: run.output), seconds: run.seconds, peakBytes: run.peakBytes)
        func value(after prefix: String) -> String? {
            run.output.split(separator: "\n").first { $0.hasPrefix(prefix) }
                .map { $0.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces) }
        }
        outcome.objective = value(after: "Objective value:").flatMap(Double.init)
        outcome.bound = value(after: "Lower bound:").flatMap(Double.init)
        outcome.nodes = value(after: "Enumerated nodes:").flatMap(Int.init)
        outcome.ownSeconds = value(after: "Time (Wallclock seconds):").flatMap(Double.init)
        if run.output.contains("Result - Optimal solution found (within gap tolerance)") {
            outcome.status = "gap limit"
        } else if run.output.contains("Result - Optimal solution found") {
            outcome.status = "optimal"
        } else if run.output.contains("Result - Stopped on time") {
            outcome.status = "time limit"
        }
        return outcome
    }

    private func highs(_ python: String, file: String, gap: Double, limit: Double) -> Outcome {
        guard let script = HighsRunner.script() else {
            return Outcome(status: "not run: scripts/highs-solve.py not found")
        }
        let arguments = [script, file, "--time-limit", "\(limit)", "--mip-gap", "\(gap)", "--threads", "1"]
        guard let run = try? ChildProcess(executable: python, arguments: arguments).run(limit: limit + 60) else {
            return Outcome(status: "not run: cannot start \(python)")
        }
        var outcome = Outcome(status: Self.status(run, text: ""), seconds: run.seconds, peakBytes: run.peakBytes)
        let line = run.output.split(separator: "\n").last.map(String.init) ?? ""
        guard let data = line.data(using: .utf8),
            let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else {
            return outcome
        }
        let status = json["status"] as? String ?? "?"
        outcome.status = status == "Optimal" ? "optimal" : status.lowercased()
        outcome.objective = json["objective"] as? Double
        outcome.bound = (json["bound"] as? Double).flatMap { $0.isFinite && abs($0) < 1e300 ? $0 : nil }
        outcome.ownSeconds = json["seconds"] as? Double
        outcome.nodes = json["nodes"] as? Int
        return outcome
    }

    /// `killed at the limit`, `exit N`, or `finished` for a run that exited normally.
    private static func status(_ run: ChildProcess.Outcome, text: String) -> String {
        if run.killed { return "killed at the limit" }
        if run.status != 0 { return "exit \(run.status)" }
        if text.contains("RELATIVE MIP GAP TOLERANCE REACHED") { return "gap limit" }
        if text.contains("TIME LIMIT EXCEEDED") { return "time limit" }
        if text.contains("INTEGER OPTIMAL SOLUTION FOUND") { return "optimal" }
        return "finished"
    }
}
