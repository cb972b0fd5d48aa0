import Foundation
import TestSupport
import Testing

/// `skillplan monitor` run as a planner runs it, on the tiny fixture (100 applicants,
/// 50 short-course places a year required and planned).
@Suite("skillplan monitor")
struct MonitorCommandTests {
    static let scenario = EvaluateCommandTests.fixtures.appendingPathComponent("tiny.yaml").path

    @Test(
        "A plan against a figure: the CSV row, every format written, exit 0; a bad figure: its line, field and fix, exit 3"
    )
    func monitor() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("monitor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.json").path
        #expect(try CommandRunner().run(["solve", Self.scenario, "-o", plan]).exitCode == 0)
        let actuals = folder.appendingPathComponent("actuals.csv")
        try "year,school,measure,value,source\n2021,s,training,40,report: a test\n".write(
            to: actuals, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("monitor").path
        let result = try CommandRunner().run([
            "monitor", plan, "--actuals", actuals.path, "--scenario", Self.scenario, "-o", out,
        ])
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(
            result.standardOutput.hasPrefix(
                "Plan against actuals: tiny\nThe plan for 2021 against the 1 actual figure(s) of \(actuals.path) (last actual year: 2021).\n"
            ))
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(
            files == [
                "monitor-figures.csv", "monitor-remaining.csv", "monitor-targets.csv", "monitor.json", "monitor.md",
                "monitor.txt",
            ])
        let targets = try String(contentsOfFile: out + "/monitor-targets.csv", encoding: .utf8)
        #expect(
            targets.contains("\ntrain,Train 50 a year,2021,person-times,50,50,40,-10,short by 10,\r\n")
                || targets.contains("\ntrain,Train 50 a year,2021,person-times,50,50,40,-10,short by 10,\n"))

        try "year,school,measure,value,source\n2021,x,training,40,report: a test\n".write(
            to: actuals, atomically: true, encoding: .utf8)
        let bad = try CommandRunner().run([
            "monitor", plan, "--actuals", actuals.path, "--scenario", Self.scenario, "-o", out,
        ])
        #expect(bad.exitCode == 3)
        #expect(
            bad.standardError
                == "error: \(actuals.path):2: school: is \"x\", not a school of scenario tiny — fix: use one of: s\n")
    }
}
