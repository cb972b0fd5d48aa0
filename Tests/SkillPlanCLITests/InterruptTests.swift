import Foundation
import TestSupport
import Testing

/// Ctrl-C (SIGINT) sent to a real `skillplan solve` while it searches.
@Suite("skillplan: Ctrl-C keeps the best plan")
struct InterruptTests {
    static let models = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Models")

    /// The program's answer to the first Ctrl-C.
    static let firstAnswer =
        "Ctrl-C: stopping the search at its next step and keeping the best plan found so far; press Ctrl-C again to quit at once.\n"

    /// Solves the hiring freeze to a zero gap (minutes: 0.09% left after 40 s) into a new
    /// folder, sends SIGINT once GLPK's log shows a gap in per cent (from its first plan
    /// on), and a second once the standard error satisfies `again`, if given.
    static func interruptedSolve(
        again: ((String) -> Bool)? = nil
    ) throws -> (result: CommandResult, folder: URL, plan: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("interrupt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let plan = folder.appendingPathComponent("plan.json").path
        let scenario = models.appendingPathComponent("hiring-freeze.yaml").path
        let result = try CommandRunner().runInterrupted(
            ["solve", scenario, "--verbose", "--mip-gap", "0", "--time-limit", "600", "-o", plan],
            ready: { log in log.split(separator: "\n").contains { $0.contains("mip =") && $0.contains("%") } },
            again: again)
        return (result, folder, plan)
    }

    @Test(
        "SIGINT during a long search: the best plan so far is written with status interrupted and its gap, said, exit 130"
    )
    func keepsBestPlan() throws {
        let (result, folder, plan) = try Self.interruptedSolve()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(result.exitCode == 130, "\(result.standardError.suffix(500))")
        #expect(result.standardError.contains(Self.firstAnswer))
        #expect(result.standardOutput.contains("Solved: feasible (interrupted) in "))
        #expect(result.standardOutput.contains("; feasible (interrupted) in "))
        #expect(result.standardOutput.contains("Plan written to \(plan)\n"))
        let last = try #require(result.standardOutput.split(separator: "\n").last)
        #expect(last.hasPrefix("Interrupted: kept the best plan found so far in \(plan) (status interrupted, gap "))
        #expect(last.hasSuffix("% to the best bound)."))
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: plan))) as? [String: Any])
        let solver = try #require(object["solver"] as? [String: Any])
        #expect(solver["status"] as? String == "feasible")
        #expect(solver["stopReason"] as? String == "interrupted")
        let gap = try #require(solver["gap"] as? Double)
        #expect(gap > 0)
        // Nothing but the plan: no temporary file left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plan.json"])
    }

    @Test("A second SIGINT right after the first quits at once, exit 130, with no plan file and nothing half-written")
    func secondQuits() throws {
        // The second press as soon as the program has answered the first (not a fixed
        // delay: two signals that arrive before the first is handled are merged into one,
        // as happened once 10 ms apart on a loaded machine), well before the stopped
        // search's plan is assembled, checked and written.
        let (result, folder, _) = try Self.interruptedSolve(again: { $0.contains(Self.firstAnswer) })
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(result.exitCode == 130, "\(result.standardError.suffix(500))")
        #expect(result.standardError.contains(Self.firstAnswer))
        #expect(result.standardError.hasSuffix("\nCtrl-C again: quit at once; nothing more was written.\n"))
        #expect(result.standardOutput == "")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
