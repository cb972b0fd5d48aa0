import Foundation
import TestSupport
import Testing

/// `skillplan-bench solvers --smoke`: the solver comparison runs end to end on one tiny
/// scenario, phase by phase, with whichever of glpsol, CBC and HiGHS are installed, and
/// says which it skipped and why.
@Suite("skillplan-bench solvers, smoke mode")
struct SolversBenchmarkTests {
    @Test(
        "It solves each phase of the tiny scenario with the planner and every installed solver on that phase's model, and names the others it skips"
    )
    func smoke() throws {
        let folder = try TemporaryFolder()
        let result = try CommandRunner(product: "skillplan-bench").run([
            "solvers", "--smoke", "--time-limit", "60", "--models", folder.path,
        ])
        #expect(result.exitCode == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        for phase in ["shortfall", "cost"] {
            let planner = try #require(lines.first { $0.hasPrefix("  smoke \(phase): skillplan ") })
            // The phase's model is kept where --models asked, as the planner searched it.
            let model = try String(contentsOfFile: folder.path + "/smoke-\(phase).mps", encoding: .utf8)
            #expect(model.contains("shortfall-held") == (phase == "cost"))
            for solver in ["glpsol", "CBC", "HiGHS"] {
                let ran = lines.first { $0.hasPrefix("  smoke \(phase): \(solver) ") }
                let skipped = lines.first { $0.hasPrefix("\(solver): skipped, ") }
                #expect((ran == nil) != (skipped == nil), "\(solver): ran \(ran ?? "-"), skipped \(skipped ?? "-")")
                if let ran {
                    // Every solver proves the phase's tiny optimum to the gap, or better, and
                    // finds the planner's value within it.
                    #expect(ran.contains("gap limit") || ran.contains("optimal"), "\(ran)")
                    let theirs = try #require(Self.objective(ran)), ours = try #require(Self.objective(planner))
                    #expect(abs(theirs - ours) <= 0.006 * max(1, abs(ours)), "\(planner) / \(ran)")
                }
            }
        }
        #expect(lines.contains { $0.hasPrefix("  smoke cost: skillplan ") && $0.contains("checked") })
        // The Markdown table of the benchmarks' one table helper (columns aligned by width).
        let header = try #require(lines.first { $0.hasPrefix("| scenario ") })
        #expect(
            header.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                == [
                    "scenario", "phase", "solver", "status", "wall s", "own s", "nodes", "objective", "bound", "gap",
                    "peak MB", "÷ HiGHS",
                ])
    }

    /// The objective a progress line reports (`…, objective 1.2345e+06 (…)`).
    static func objective(_ line: String) -> Double? {
        guard let range = line.range(of: "objective ") else { return nil }
        return Double(line[range.upperBound...].prefix { !$0.isWhitespace && $0 != "(" })
    }

    @Test("Scenario files and --smoke together are refused, with the fix")
    func smokeWithFiles() throws {
        let result = try CommandRunner(product: "skillplan-bench").run([
            "solvers", "--smoke", "Models/xingning-2025.yaml",
        ])
        #expect(result.exitCode == 64)
        #expect(result.standardError.contains("--smoke solves its own tiny scenario; leave out the scenario files"))
    }
}
