import Foundation
import TestSupport
import Testing

/// `solve --by-school --time-limit T` holds the whole command's time (reading, model
/// build, coordination, every school's start and search, the bound, assembly and
/// check), and its last lines say where it went, stage by stage, and which stage used
/// the most. The bound on the wall time is generous (4× the limit: the
/// machine is shared); the measured times are in docs/benchmarks.md.
@Suite("skillplan solve --by-school --time-limit", .serialized)
struct TimeLimitTests {
    @Test(
        "A generated 24-school scenario with a 6 s limit ends within 4× the limit, naming the stage that used the time"
    )
    func bySchoolHoldsTheLimit() throws {
        let folder = try SolveCommandTests().temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let runner = try CommandRunner()
        let generated = try runner.run([
            "generate", "--schools", "24", "--programmes", "12", "--years", "6", "-o",
            folder.appendingPathComponent("gen").path,
        ])
        try #require(generated.exitCode == 0, "\(generated.standardError)")
        let scenario = try #require(
            try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("gen").path)
                .first { $0.hasSuffix(".yaml") })
        let limit = 6.0
        let started = Date()
        let result = try runner.run([
            "solve", folder.appendingPathComponent("gen/\(scenario)").path, "--by-school",
            "--time-limit", "6", "-o", folder.appendingPathComponent("plan.json").path,
        ])
        let wall = Date().timeIntervalSince(started)
        #expect(result.exitCode == 0, "\(result.standardError)")
        // Generous: the machine is shared (before, Guangdong's 120 s took 334 s).
        #expect(wall <= 4 * limit, "the solve took \(wall) s with --time-limit 6")
        let lines = result.standardOutput.components(separatedBy: "\n")
        let time = try #require(lines.first { $0.hasPrefix("Time: ") })
        let stages = [
            "reading", "model build", "coordination", "school plans", "bound", "phase set-up and choice",
            "assembly and check",
        ]
        #expect(
            time.range(
                of: #"^Time: \d+\.\d s of the 6\.0 s limit: "#
                    + stages.map { $0 + #" \d+\.\d s"# }.joined(separator: ", ") + "; most in the ("
                    + stages.joined(separator: "|") + ")$",
                options: .regularExpression) != nil, "\(time)")
        // The stages account for the whole time (each is rounded to 0.1 s).
        let numbers = time.split(separator: " ").compactMap { Double($0) }
        try #require(numbers.count == 2 + stages.count, "\(time)")
        #expect(abs(numbers[0] - numbers[2...].reduce(0, +)) <= 0.05 * Double(stages.count) + 1e-9, "\(time)")
        #expect(!result.standardOutput.contains("--mip-gap"))
    }

    @Test("A whole-model search the clock stops short of its gap advises more time or --by-school, never a looser gap")
    func adviceNamesBySchool() throws {
        let folder = try SolveCommandTests().temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let baseline = SolveCommandTests.fixtures.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Models/hiring-freeze.yaml").path
        let result = try CommandRunner().run([
            "solve", baseline, "--time-limit", "5", "--mip-gap", "0", "-o",
            folder.appendingPathComponent("plan.json").path,
        ])
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(
            result.standardOutput.contains(
                "\nThe time limit ended the search short of the gap asked: raise --time-limit; for a scenario of many schools, solve school by school (--by-school), which searches each school's smaller model in parallel and proves a bound.\n"
            ))
    }
}
