import Foundation
import TestSupport
import Testing

/// `skillplan sweep --resume` as a planner runs it after an interrupted sweep.
@Suite("skillplan sweep --resume")
struct SweepResumeCommandTests {
    @Test(
        "A sweep whose run kept only some points resumes to the uninterrupted run's table; changed settings are refused"
    )
    func resume() throws {
        let folder = try SolveCommandTests().temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = SolveCommandTests().fixture("tiny.yaml")
        let out = folder.appendingPathComponent("sweep").path
        let arguments = ["sweep", scenario, "--vary", "targets.train.value=0...100:25", "--jobs", "1", "-o", out]
        let runner = try CommandRunner()
        let whole = try runner.run(arguments)
        try #require(whole.exitCode == 0, "\(whole.standardError)")
        let wholeCSV = try Data(contentsOf: URL(fileURLWithPath: out + "/sweep.csv"))

        // What an interrupted run leaves: the points file holds 2 of the 5 points.
        let pointsURL = URL(fileURLWithPath: out + "/sweep-points.json")
        var saved = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: pointsURL)) as? [String: Any])
        let points = try #require(saved["points"] as? [[String: Any]])
        #expect(points.count == 5)
        saved["points"] = [points[0], points[3]]
        try JSONSerialization.data(withJSONObject: saved).write(to: pointsURL)
        try FileManager.default.removeItem(atPath: out + "/sweep.csv")

        let resumed = try runner.run(arguments + ["--resume"])
        #expect(resumed.exitCode == 0, "\(resumed.standardError)")
        #expect(
            resumed.standardOutput.hasSuffix(
                "Resumed: kept the 2 points the earlier run finished and solved 3 (of 5).\n"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/sweep.csv")) == wholeCSV)
        #expect(
            resumed.standardOutput.replacingOccurrences(
                of: "Resumed: kept the 2 points the earlier run finished and solved 3 (of 5).\n", with: "")
                == whole.standardOutput)

        let changed = try runner.run([
            "sweep", scenario, "--vary", "targets.train.value=0...100:50", "--jobs", "1", "-o", out, "--resume",
        ])
        #expect(changed.exitCode == 3)
        #expect(
            changed.standardError
                == "error: --resume: the sweep in \(out) was made from other inputs or settings, so its points cannot be kept: the grid is targets.train.value=0,50,100, was targets.train.value=0,25,50,75,100. Run it without --resume to start again, or resume with the earlier settings\n"
        )
        let nothing = try runner.run(
            arguments.dropLast(2) + ["-o", folder.appendingPathComponent("empty").path, "--resume"])
        #expect(nothing.exitCode == 3)
        #expect(
            nothing.standardError.contains("sweep-points.json is missing, so there is no earlier run of this sweep in"))
    }
}
