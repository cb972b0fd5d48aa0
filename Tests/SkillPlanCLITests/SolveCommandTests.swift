import Foundation
import TestSupport
import Testing

/// `skillplan solve`, `validate` and `model` run as a planner runs them.
@Suite("skillplan solve and model")
struct SolveCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures/tiny")

    func fixture(_ name: String) -> String { Self.fixtures.appendingPathComponent(name).path }

    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("solve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("solve prints the summary, writes the plan and exits 0")
    func solveTiny() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.json").path
        let result = try CommandRunner().run(["solve", fixture("tiny.yaml"), "-o", plan])
        #expect(result.exitCode == 0)
        #expect(result.standardError == "")
        // 100 applicants in classes of 40: 3 classes (3,000); 50 places at 10 (500).
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(
            lines.filter { !$0.hasPrefix("Solved:") && !$0.hasPrefix("  Phase ") } == [
                "tiny — Tiny test scenario",
                "Cost: 3,500 yuan (hiring 0, seats 0, classes 3,000, training 500)",
                "Targets: 2 of 2 met",
                "  met    serve  Admit every applicant",
                "  met    train  Train 50 a year",
                "Seats and teachers by year:",
                "  year  seats  students  intake  turned away  training  teachers  hires  on rotation",
                "  2021    100       100     100            0        50        10      0           10",
                "Checker: the plan passes every hard constraint and target check",
                "Plan written to \(plan)",
                "",
            ])
        #expect(
            lines.contains {
                $0.hasPrefix("Solved: optimal in ")
                    && $0.hasSuffix("; model 8 rows, 8 columns (6 integer), 16 non-zeros")
            })
        #expect(
            lines.contains {
                $0.hasPrefix("  Phase 1, shortfall (weighted): 0, bound 0, gap 0.00% (asked 0.00%); optimal in ")
            })
        #expect(
            lines.contains {
                $0.hasPrefix("  Phase 2, cost (yuan): 3,500, bound 3,500, gap 0.00% (asked 0.00%); optimal in ")
            })
        #expect(FileManager.default.fileExists(atPath: plan))
    }

    @Test("Two solves of the same scenario write the same plan, but for the run facts")
    func deterministic() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var texts: [String] = []
        for n in 1...2 {
            let plan = folder.appendingPathComponent("plan\(n).json").path
            #expect(try CommandRunner().run(["solve", fixture("tiny.yaml"), "-o", plan]).exitCode == 0)
            let text = try String(contentsOfFile: plan, encoding: .utf8)
            // Drop the "run" object (solve time, date, machine).
            let withoutRun = text.replacingOccurrences(of: #""run" : \{[^}]*\}"#, with: "", options: .regularExpression)
            texts.append(withoutRun)
        }
        #expect(texts[0] == texts[1])
        #expect(texts[0].contains(#""schemaVersion" : 1"#))
    }

    @Test("--strict exits 1 when a target is short")
    func strict() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner().run([
            "solve", fixture("short.yaml"), "-o", folder.appendingPathComponent("p.json").path, "--strict",
        ])
        #expect(result.exitCode == 1)
        #expect(
            result.standardOutput.contains(
                "  SHORT  train  Train 50 a year\n         2021: 60 person-times of 200 person-times; short 140 person-times\n"
            ))
    }

    @Test("An infeasible scenario exits 2 and names the conflicting constraints")
    func infeasible() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner().run([
            "solve", fixture("infeasible.yaml"), "-o", folder.appendingPathComponent("p.json").path,
        ])
        #expect(result.exitCode == 2)
        #expect(result.standardOutput == "")
        #expect(
            result.standardError
                == "error: infeasible: the hard constraints cannot all hold; these conflict: rotation coverage (全员轮训) of group g (rotation-coverage[g]). Fix: raise the limits involved (max_hire, max_expand, rotation_max_share, headcount) or lower what they must carry, and run `skillplan validate`.\n"
        )
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("p.json").path))
    }

    @Test("A missing scenario file exits 3 with one line")
    func missing() throws {
        let result = try CommandRunner().run(["solve", "/nonexistent/scenario.yaml"])
        #expect(result.exitCode == 3)
        #expect(
            result.standardError
                == "error: /nonexistent/scenario.yaml: scenario file not found — fix: check the path; the bundled scenarios are in Models/ (`skillplan scenarios` lists them)\n"
        )
    }

    @Test("A folder, a device or a loop of links given as the scenario says which, not 'not found'")
    func scenarioPathProblems() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let device = try CommandRunner().run(["solve", "/dev/null"])
        #expect(device.exitCode == 3)
        #expect(
            device.standardError
                == "error: /dev/null: is a device, not a scenario file — fix: give the path of a scenario's .yaml file\n"
        )
        let directory = try CommandRunner().run(["validate", folder.path])
        #expect(directory.exitCode == 3)
        #expect(
            directory.standardOutput
                == "\(folder.path): is a folder, not a scenario file — fix: give the scenario's .yaml file inside it (the bundled ones are in Models/, `skillplan scenarios` lists them)\n"
        )
        let a = folder.appendingPathComponent("a.yaml").path, b = folder.appendingPathComponent("b.yaml").path
        try FileManager.default.createSymbolicLink(atPath: a, withDestinationPath: b)
        try FileManager.default.createSymbolicLink(atPath: b, withDestinationPath: a)
        let loop = try CommandRunner().run(["solve", a])
        #expect(loop.exitCode == 3)
        #expect(loop.standardError.hasPrefix("error: \(a): cannot be read (Too many levels of symbolic links) — fix: "))
    }

    @Test("validate without an argument checks the default scenario, as solve solves it")
    func validateDefault() throws {
        let root = Self.fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let result = try CommandRunner().run(["validate"], workingDirectory: root)
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("ok: xingning-2025 (2 schools, "))
    }

    @Test("-o onto a device writes to it and leaves it a device; onto a folder it refuses")
    func outputDevice() throws {
        let result = try CommandRunner().run(["solve", fixture("tiny.yaml"), "-o", "/dev/null"])
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasSuffix("Plan written to /dev/null\n"))
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let refused = try CommandRunner().run(["solve", fixture("tiny.yaml"), "-o", folder.path])
        #expect(refused.exitCode == 3)
        #expect(
            refused.standardError
                == "error: \(folder.path): is a folder, not a file; give a file name inside it, e.g. \(folder.path)/plan.json\n"
        )
    }

    @Test("A gap outside [0, 1) is a usage error (64)")
    func badGap() throws {
        let result = try CommandRunner().run(["solve", "--mip-gap", "2", fixture("tiny.yaml")])
        #expect(result.exitCode == 64)
        #expect(
            result.standardError.hasPrefix(
                "Error: --mip-gap is 2, must be a relative gap from 0 up to (not including) 1, e.g. 0.005\n"))
    }

    @Test(
        "A negative limit after a space is read as a number and refused with the range, exit 64 (not 'Missing value')")
    func negativeLimits() throws {
        let time = try CommandRunner().run(["solve", "--time-limit", "-5", fixture("tiny.yaml")])
        #expect(time.exitCode == 64)
        #expect(
            time.standardError.hasPrefix(
                "Error: --time-limit is -5 s, must be more than 0 and at most 2,147,483 s (24.8 days, GLPK's longest)\n"
            ))
        let gap = try CommandRunner().run(["solve", "--mip-gap", "-1", fixture("tiny.yaml")])
        #expect(gap.exitCode == 64)
        #expect(
            gap.standardError.hasPrefix(
                "Error: --mip-gap is -1, must be a relative gap from 0 up to (not including) 1, e.g. 0.005\n"))
        let huge = try CommandRunner().run(["solve", "--time-limit", "1e12", fixture("tiny.yaml")])
        #expect(huge.exitCode == 64)
    }

    @Test("model --format lp writes readable names")
    func modelLP() throws {
        let result = try CommandRunner().run(["model", fixture("tiny.yaml"), "--format", "lp"])
        #expect(result.exitCode == 0)
        #expect(result.standardOutput.contains(" rotation_coverage(g): + rotation(g,2021) >= 10\n"))
        #expect(result.standardOutput.contains(" 0 <= classes(p,basic,2021) <= 3\n"))
        #expect(
            result.standardOutput.contains(" target(train,2021): + training(p,2021) + shortfall(train,2021) >= 50\n"))
    }

    @Test("model --format mps -o FILE writes free MPS and says so")
    func modelMPS() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("tiny.mps").path
        let result = try CommandRunner().run(["model", fixture("tiny.yaml"), "--format", "mps", "-o", path])
        #expect(result.exitCode == 0)
        #expect(result.standardError == "wrote \(path): 8 rows, 8 columns, 16 non-zeros\n")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("intake[p,basic,2021]"))
    }

    @Test("--node-limit: below 1, or with --by-school, is a usage error that says why")
    func nodeLimitUsage() throws {
        let zero = try CommandRunner().run(["solve", "--node-limit", "0", fixture("tiny.yaml")])
        #expect(zero.exitCode == 64)
        #expect(
            zero.standardError.hasPrefix("Error: --node-limit is 0, must be a count of nodes from 1 to 2,147,483,647\n")
        )
        let bySchool = try CommandRunner().run(["solve", "--node-limit", "100", "--by-school", fixture("tiny.yaml")])
        #expect(bySchool.exitCode == 64)
        #expect(
            bySchool.standardError.hasPrefix(
                "Error: --node-limit applies to the whole-model search; --by-school stops each school's search by time (use --time-limit)\n"
            ))
    }

    @Test("--node-limit stops the baseline's search at the same plan every time, and says so")
    func nodeLimitStops() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("node-limit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // The baseline without the technician-college extension (whose first plan is already
        // within the gap, so a node limit there stops with no plan or not at all): its own
        // targets, the extension's columns emptied.
        let root = Self.fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let baseline = folder.appendingPathComponent("baseline-without-extension.yaml").path
        try """
        # The baseline without the technician-college extension.
        name: xingning-2025
        data: \(root.appendingPathComponent("Data").path)
        base_year: 2020
        years: 2021-2025
        solver: {mip_gap: 0.005, time_limit: 60}
        targets: [workplan-annual-training, workplan-rural-craftsman-2022, workplan-hakka-cuisine-2022, workplan-housekeeping-annual, workplan-high-skill-share-2025, college-min-enrolment, college-annual-training, college-high-skill-share, college-student-teacher-ratio, health-student-teacher-ratio, serve-demand]
        overrides:
          teacher_groups:
            "*": {high_training_per_fte: "", qualified_base: "", qualified_hire_share: "", qualify_cost: ""}
          programmes:
            "*": {high_training_capacity: "", high_training_cost: ""}

        """.write(toFile: baseline, atomically: true, encoding: .utf8)
        var plans: [Data] = []
        for run in 0..<2 {
            let plan = folder.appendingPathComponent("plan-\(run).json").path
            let result = try CommandRunner().run(["solve", baseline, "--node-limit", "100", "-o", plan])
            #expect(result.exitCode == 0, "\(result.standardError)")
            // From the heuristic's start the baseline proves each phase's gap within a few
            // nodes, well within the limit; the limit still makes the run repeatable.
            #expect(result.standardOutput.contains("Solved: feasible (gap limit) in "))
            #expect(result.standardOutput.contains("  Phase 2, cost (yuan): "))
            // Everything but the run's facts (times, date) is the same.
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: plan))) as? [String: Any])
            plans.append(
                try JSONSerialization.data(withJSONObject: object.filter { $0.key != "run" }, options: [.sortedKeys]))
        }
        #expect(plans[0] == plans[1])
    }

    @Test("--help lists the exit codes")
    func help() throws {
        let result = try CommandRunner().run(["solve", "--help"])
        #expect(result.exitCode == 0)
        #expect(
            result.standardOutput.contains(
                "Exit codes: 0 success; 1 targets short (solve --strict only); 2 infeasible or"))
    }
}
