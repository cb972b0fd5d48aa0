import Foundation
import Testing

/// `skillplan-bench solvers --smoke`: the solver comparison runs end to end on one tiny
/// scenario with whichever of glpsol, CBC and HiGHS are installed, and says which it
/// skipped and why.
@Suite("skillplan-bench solvers, smoke mode")
struct SolversBenchmarkTests {
    @Test("It solves the tiny scenario with the planner and every installed solver, and names the others it skips")
    func smoke() throws {
        let result = try CommandRunner(product: "skillplan-bench").run(["solvers", "--smoke", "--time-limit", "60"])
        #expect(result.exitCode == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        let planner = try #require(lines.first { $0.hasPrefix("  smoke: skillplan ") })
        #expect(planner.contains("checked"), "\(planner)")
        for solver in ["glpsol", "CBC", "HiGHS"] {
            let ran = lines.first { $0.hasPrefix("  smoke: \(solver) ") }
            let skipped = lines.first { $0.hasPrefix("\(solver): skipped, ") }
            #expect((ran == nil) != (skipped == nil), "\(solver): ran \(ran ?? "-"), skipped \(skipped ?? "-")")
            if let ran {
                // Every solver proves the same tiny optimum to the gap, or better.
                #expect(ran.contains("gap limit") || ran.contains("optimal"), "\(ran)")
            }
        }
        // The Markdown table of the benchmarks' one table helper (columns aligned by width).
        let header = try #require(lines.first { $0.hasPrefix("| scenario ") })
        #expect(
            header.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                == ["scenario", "solver", "status", "wall s", "own s", "nodes", "objective", "bound", "gap", "÷ HiGHS"])
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
