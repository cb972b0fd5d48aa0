import Foundation
import TestSupport
import Testing

/// `skillplan sweep` run as a planner runs it: the table, the files, the exit codes and
/// the exact text of a `--vary` that cannot be read.
@Suite("skillplan sweep")
struct SweepCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures/tiny")

    func fixture(_ name: String) -> String { Self.fixtures.appendingPathComponent(name).path }

    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sweep-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("sweep solves every point, prints the table and writes sweep.csv and sweep.md")
    func sweepTiny() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner().run([
            "sweep", fixture("tiny.yaml"), "--vary", "targets.train.value=0...100:50",
            "--jobs", "2", "--in-progress", "3", "-o", folder.path,
        ])
        #expect(result.exitCode == 0)
        #expect(result.standardError == "")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "# Sweep of tiny")
        #expect(lines.contains("- `targets.train.value`: 0, 50, 100"))
        #expect(
            lines.contains(
                "| targets.train.value | status | cost | objective | shortfall gap | cost gap | serve shortfall | train shortfall | note |"
            ))
        #expect(
            lines.filter {
                $0.hasPrefix("| 0 | optimal |") || $0.hasPrefix("| 50 | optimal |") || $0.hasPrefix("| 100 | optimal |")
            }.count == 3)
        #expect(lines.last == "Wrote \(folder.path)/sweep.csv and \(folder.path)/sweep.md")
        let csv = try Data(contentsOf: folder.appendingPathComponent("sweep.csv"))
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let rows = String(decoding: csv.dropFirst(3), as: UTF8.self).split(separator: "\r\n")
        #expect(rows.count == 4)
        #expect(
            rows[0]
                == "targets.train.value,status,cost,objective,shortfall gap,cost gap,serve shortfall,train shortfall,note"
        )
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("sweep.md").path))
    }

    @Test("A --vary that cannot be read is a usage error with the exact reason")
    func badVary() throws {
        let result = try CommandRunner().run([
            "sweep", fixture("tiny.yaml"), "--vary", "teacher_groups.*.max_hire=6...0",
        ])
        #expect(result.exitCode == 64)
        #expect(result.standardOutput == "")
        #expect(
            result.standardError.hasPrefix(
                #"Error: --vary "teacher_groups.*.max_hire=6...0": the range runs backwards (6 > 0); write the smaller number first"#
            ))
    }

    @Test("An id the scenario does not have is bad input (exit 3)")
    func unknownID() throws {
        let result = try CommandRunner().run(["sweep", fixture("tiny.yaml"), "--vary", "targets.nobody.value=0...1"])
        #expect(result.exitCode == 3)
        #expect(
            result.standardError
                == "error: --vary targets.nobody.value: \"nobody\" is not an id in targets.csv of scenario tiny; use an id from targets.csv, or * for every row\n"
        )
    }

    @Test("Fewer points in progress than cores is a usage error that says what to lower instead")
    func badInProgress() throws {
        let result = try CommandRunner().run([
            "sweep", fixture("tiny.yaml"), "--vary", "targets.train.value=0...100:50",
            "--jobs", "2", "--in-progress", "1",
        ])
        #expect(result.exitCode == 64)
        #expect(result.standardOutput == "")
        #expect(
            result.standardError.hasPrefix(
                "Error: --in-progress must be at least the cores the sweep uses (2), not 1: each core runs a point in progress; to use fewer cores, lower --jobs"
            ))
    }

    @Test("A node limit below 1 is a usage error that says what to give")
    func badNodeLimit() throws {
        let result = try CommandRunner().run([
            "sweep", fixture("tiny.yaml"), "--vary", "targets.train.value=0...100:50", "--node-limit", "0",
        ])
        #expect(result.exitCode == 64)
        #expect(result.standardOutput == "")
        #expect(
            result.standardError.hasPrefix("Error: --node-limit is 0, must be a count of nodes from 1 to 2,147,483,647")
        )
    }
}
