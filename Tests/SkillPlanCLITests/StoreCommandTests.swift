import Foundation
import SkillPlan
import TestSupport
import Testing

/// `skillplan solve --save`, `history`, `show` and `restore` run as a user runs them:
/// the built binary in a temporary folder, exact output and exit codes. Then the
/// store's promises under several processes: parallel saves all land, and a save
/// killed with SIGKILL leaves the store sound and the earlier versions intact.
@Suite("skillplan: the plan store commands", .serialized)
struct StoreCommandTests {
    @Test("solve --save, history, show, restore: the round trip a planner makes")
    func roundTrip() throws {
        let folder = try StoreCLIFolder()
        defer { folder.remove() }
        try folder.requireStoreCommands()
        let first = try folder.run([
            "solve", "Models/tiny.yaml", "-o", "out/v1.json", "--save", "--label", "baseline", "--note", "first try",
        ])
        try #require(first.status == 0, "\(first.stderr)")
        #expect(
            first.stdout.hasSuffix(
                "Plan written to out/v1.json\nSaved as version v1 (baseline) in .skillplan/plans.sqlite\n"))
        try folder.replace("Data/teacher_groups.csv", ",10,6,150000,", with: ",10,0,150000,")
        let second = try folder.run(["solve", "Models/tiny.yaml", "-o", "out/v2.json", "--save"])
        #expect(second.stdout.hasSuffix("Saved as version v2 in .skillplan/plans.sqlite\n"))

        let history = try folder.run(["history"])
        #expect(history.status == 0)
        #expect(
            StoreCLIFolder.maskingTimes(history.stdout) == """
                id  label     scenario  created (UTC)         cost (yuan)  targets met
                 1  baseline  tiny      YYYY-MM-DDTHH:MM:SSZ    2,730,000       2 of 2
                 2  -         tiny      YYYY-MM-DDTHH:MM:SSZ      740,000       1 of 2

                """)

        let show = try folder.run(["show", "baseline"])
        try #require(show.status == 0, "\(show.stderr)")
        let lines = show.stdout.components(separatedBy: "\n")
        try #require(lines.count > 7)
        #expect(StoreCLIFolder.maskingTimes(lines[0]) == "Version v1 (baseline), saved YYYY-MM-DDTHH:MM:SSZ")
        #expect(lines[1] == "Note: first try")
        #expect(lines[2] == "Solved from: \(folder.root.path)/Models/tiny.yaml (7 files)")
        #expect(lines[3].hasPrefix("Input hash: ") && lines[4].hasPrefix("Plan hash:  "))
        #expect(lines[6] == "tiny — Tiny scenario")
        #expect(lines.contains("Cost: 2,730,000 yuan (hiring 1,500,000, seats 0, classes 970,000, training 260,000)"))
        #expect(lines.contains("Targets: 2 of 2 met"))

        // The stored plan is the plan file, byte for byte.
        let json = try folder.run(["show", "v1", "--json"])
        #expect(json.stdout == (try folder.read("out/v1.json")))

        // Restore v1 after the data changed: the original files come back.
        try folder.replace("Data/teacher_groups.csv", ",10,0,150000,", with: ",10,9,150000,")
        let restore = try folder.run(["restore", "v1", "-o", "restored"])
        #expect(restore.status == 0)
        #expect(
            restore.stdout == """
                Restored v1 (baseline): 7 files in restored
                  Models/tiny.yaml
                  Data/schools.csv
                  Data/levels.csv
                  Data/teacher_groups.csv
                  Data/programmes.csv
                  Data/applicants.csv
                  Data/targets.csv
                Solve it again with: skillplan solve restored/Models/tiny.yaml

                """)
        for (path, text) in TinyStoreScenario.files {
            #expect(try folder.read("restored/\(path)") == text, "\(path)")
        }
        let again = try folder.run(["solve", "restored/Models/tiny.yaml", "-o", "out/again.json"])
        #expect(again.status == 0)
        #expect(
            try StoreCLIFolder.inputHash(folder.read("out/again.json"))
                == StoreCLIFolder.inputHash(folder.read("out/v1.json")))
    }

    @Test("diff and export take saved versions, mixed with plan files; two versions show the inputs that changed")
    func diffAndExportVersions() throws {
        let folder = try StoreCLIFolder()
        defer { folder.remove() }
        try folder.requireStoreCommands()
        try folder.saveTwoVersions(secondLabel: "freeze")

        let versions = try folder.run(["diff", "baseline", "v2", "--lang", "en"])
        #expect(versions.status == 0)
        // Versions are named by label and scenario; the inputs that changed follow the headline.
        #expect(
            versions.stdout.hasPrefix(
                """
                Plan comparison: baseline · tiny → freeze · tiny
                Plan A: baseline · tiny (Tiny scenario)
                Plan B: freeze · tiny (Tiny scenario)

                Headline

                """))
        #expect(
            versions.stdout.contains(
                """

                Inputs that changed (1 change)
                  teacher_groups · xt-mech · max_hire: 6 → 0


                """))
        #expect(versions.stdout.contains("  Hires         Mechanics  2021       6      0     -6\n"))
        #expect(versions.stdout.contains("  Hires         Mechanics  2022       4      0     -4\n"))
        // Files give the same plan changes, without the inputs (a plan file has none),
        // named by their file names since both plans are of one scenario.
        let files = try folder.run(["diff", "out/v1.json", "out/v2.json", "--lang", "en"])
        #expect(files.status == 0)
        #expect(files.stdout.hasPrefix("Plan comparison: v1 · tiny → v2 · tiny\n"))
        #expect(!files.stdout.contains("Inputs that changed"))
        func changes(_ text: String) -> Substring {
            text[(text.range(of: "\nHeadline\n")?.lowerBound ?? text.endIndex)...]
        }
        #expect(
            changes(files.stdout)
                == changes(versions.stdout).replacingOccurrences(
                    of: """

                        Inputs that changed (1 change)
                          teacher_groups · xt-mech · max_hire: 6 → 0

                        """, with: ""))
        #expect(try changes(folder.run(["diff", "1", "out/v2.json", "--lang", "en"]).stdout) == changes(files.stdout))
        #expect(
            try changes(folder.run(["diff", "out/v1.json", "freeze", "--lang", "en"]).stdout) == changes(files.stdout))

        // Three plans: one table with a column per plan.
        let three = try folder.run(["diff", "baseline", "freeze", "out/v1.json", "--lang", "en"])
        #expect(three.status == 0, "\(three.stderr)")
        #expect(three.stdout.hasPrefix("Plans side by side: baseline · tiny, freeze · tiny, v1 · tiny\n"))
        #expect(
            three.stdout.contains(
                "\n  What changed            Item             1 baseline              2 freeze       3 v1\n"))
        #expect(
            three.stdout.contains(
                "\n                          Serve demand            Met  Short 192 applicants        Met\n"))
        let small = try folder.run(["diff", "baseline", "freeze", "--min-change", "x"])
        #expect(small.status == 64)
        #expect(
            small.stderr.contains(
                "--min-change x: give a number of people and seats (e.g. 5) or a share of cost (e.g. 0.5%)"))

        let unknown = try folder.run(["diff", "nope", "v1"])
        #expect(unknown.status == 3)
        #expect(
            unknown.stderr
                == "error: nope: no such plan file, and no version of that name in .skillplan/plans.sqlite; give a plan file, or a version from `skillplan history` (3, v3 or a label)\n"
        )
        let noStore = try folder.run(["export", "baseline", "--format", "csv", "--store", "none.sqlite"])
        #expect(noStore.status == 3)
        #expect(
            noStore.stderr
                == "error: baseline: no such plan file, and no plan store at none.sqlite to hold a version of that name; give a plan file (skillplan solve -o PLAN.json), or save versions with `skillplan solve --save`\n"
        )

        // Exporting a version writes the same files as exporting its plan file.
        #expect(try folder.run(["export", "v1", "--format", "csv", "-o", "from-version"]).status == 0)
        #expect(try folder.run(["export", "out/v1.json", "--format", "csv", "-o", "from-file"]).status == 0)
        let names = try FileManager.default.contentsOfDirectory(
            atPath: folder.root.appendingPathComponent("from-file").path
        ).sorted()
        #expect(names.count == 9)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.root.appendingPathComponent("from-version").path)
                .sorted() == names)
        for name in names {
            #expect(try folder.read("from-version/\(name)") == folder.read("from-file/\(name)"), "\(name)")
        }
    }

    @Test("history lines up a Chinese label: columns by display width, two columns per character")
    func chineseLabel() throws {
        let folder = try StoreCLIFolder()
        defer { folder.remove() }
        try folder.requireStoreCommands()
        let saved = try folder.run(["solve", "Models/tiny.yaml", "-o", "out/v1.json", "--save", "--label", "基线方案"])
        try #require(saved.status == 0, "\(saved.stderr)")
        let history = try folder.run(["history"])
        #expect(history.status == 0)
        #expect(
            StoreCLIFolder.maskingTimes(history.stdout) == """
                id  label     scenario  created (UTC)         cost (yuan)  targets met
                 1  基线方案  tiny      YYYY-MM-DDTHH:MM:SSZ    2,730,000       2 of 2

                """)
    }

    @Test("--store and SKILLPLAN_STORE choose the store")
    func storeLocation() throws {
        let folder = try StoreCLIFolder()
        defer { folder.remove() }
        try folder.requireStoreCommands()
        let viaEnvironment = try folder.run(
            ["solve", "Models/tiny.yaml", "-o", "out/a.json", "--save"], environment: ["SKILLPLAN_STORE": "env.sqlite"])
        #expect(viaEnvironment.stdout.hasSuffix("Saved as version v1 in env.sqlite\n"))
        let viaOption = try folder.run(
            ["solve", "Models/tiny.yaml", "-o", "out/b.json", "--save", "--store", "stores/option.sqlite"],
            environment: ["SKILLPLAN_STORE": "env.sqlite"])
        #expect(viaOption.stdout.hasSuffix("Saved as version v1 in stores/option.sqlite\n"))
        #expect(try folder.run(["history", "--store", "env.sqlite"]).stdout.components(separatedBy: "\n").count == 3)
        #expect(!FileManager.default.fileExists(atPath: folder.root.appendingPathComponent(".skillplan").path))
        let empty = try folder.run(["history"])
        #expect(empty.status == 0)
        #expect(
            empty.stdout == "No plan store at .skillplan/plans.sqlite yet: save a plan with `skillplan solve --save`.\n"
        )
    }

    @Test("errors: one line naming the store and what to do, exit code 3 (64 for a bad label)")
    func errors() throws {
        let folder = try StoreCLIFolder()
        defer { folder.remove() }
        try folder.requireStoreCommands()
        try folder.write("notes.txt", "Minutes of the planning meeting.\n")
        let notAStore = try folder.run([
            "solve", "Models/tiny.yaml", "-o", "out/a.json", "--save", "--store", "notes.txt",
        ])
        #expect(notAStore.status == 3)
        #expect(
            notAStore.stderr
                == "error: notes.txt: not a plan store (the file is not an SQLite database); give another path with --store, or move the file away\n"
        )
        #expect(
            !FileManager.default.fileExists(atPath: folder.root.appendingPathComponent("out/a.json").path),
            "the store is checked before solving")
        #expect(try folder.read("notes.txt") == "Minutes of the planning meeting.\n")
        #expect(try folder.run(["history", "--store", "notes.txt"]).status == 3)

        _ = try folder.run(["solve", "Models/tiny.yaml", "-o", "out/a.json", "--save", "--label", "baseline"])
        let taken = try folder.run(["solve", "Models/tiny.yaml", "-o", "out/b.json", "--save", "--label", "baseline"])
        #expect(taken.status == 3)
        #expect(
            taken.stderr
                == "error: .skillplan/plans.sqlite: the label 'baseline' is already used by version 1; choose another --label (labels are unique)\n"
        )

        let unknown = try folder.run(["show", "v7"])
        #expect(unknown.status == 3)
        #expect(
            unknown.stderr
                == "error: .skillplan/plans.sqlite: no version 'v7'; run `skillplan history` to list the versions (give an id like 3 or v3, or a label)\n"
        )

        try folder.write("restored/keep.txt", "mine")
        let notEmpty = try folder.run(["restore", "baseline", "-o", "restored"])
        #expect(notEmpty.status == 3)
        #expect(
            notEmpty.stderr
                == "error: restored: the folder is not empty; choose a new or empty folder with -o, or pass --force to write the files into it\n"
        )

        let idLabel = try folder.run(["solve", "Models/tiny.yaml", "--save", "--label", "v2"])
        #expect(idLabel.status == 64)
        #expect(
            idLabel.stderr.hasPrefix(
                "Error: 'v2' cannot be a label: it reads as a version id; use a label with a letter in it, e.g. run-v2\n"
            ))
        let labelWithoutSave = try folder.run(["solve", "Models/tiny.yaml", "--label", "x"])
        #expect(labelWithoutSave.status == 64)
        #expect(labelWithoutSave.stderr.hasPrefix("Error: --label and --note describe a saved version; add --save\n"))
    }

    @Test("8 processes saving at once into a new store: all 8 versions land")
    func parallelSaves() throws {
        let folder = try StoreCLIFolder()
        defer { folder.remove() }
        try folder.requireStoreCommands()
        let count = 8
        let started = Date()
        let processes = try (0..<count).map { index in
            try folder.start([
                "solve", "Models/tiny.yaml", "-o", "out/p\(index).json", "--save", "--label", "p\(index)",
            ])
        }
        for process in processes { process.waitUntilExit() }
        let seconds = Date().timeIntervalSince(started)
        #expect(processes.map(\.terminationStatus) == Array(repeating: 0, count: count))
        let history = try folder.run(["history", "--verify"])
        #expect(history.status == 0)
        let rows = history.stdout.components(separatedBy: "\n").dropFirst().filter { $0.contains(" tiny ") }
        #expect(rows.count == count)
        #expect(
            Set(rows.compactMap { $0.split(separator: " ").dropFirst().first.map(String.init) })
                == Set((0..<count).map { "p\($0)" }))
        #expect(
            history.stdout.hasSuffix(
                "Checked \(count) version(s): SQLite integrity ok, every plan and file matches its SHA-256.\n"))
        print(
            "parallel saves: \(count) processes, \(rows.count) versions landed in \(String(format: "%.2f", seconds)) s")
    }

    @Test("SIGKILL during saves, 20 times: the store stays sound and the earlier versions intact")
    func killedSaves() throws {
        let folder = try StoreCLIFolder()
        defer { folder.remove() }
        try folder.requireStoreCommands()
        // About 2 MB of comment lines make each save write a 2 MB input file, so that a
        // save's transaction takes long enough to be killed in the middle.
        let comment = String(
            repeating: "# padding: a comment line the CSV reader skips, stored with the inputs\n", count: 28_000)
        try folder.write("Data/levels.csv", comment + (try folder.read("Data/levels.csv")))
        for label in ["before-1", "before-2"] {
            #expect(
                try folder.run(["solve", "Models/tiny.yaml", "-o", "out/\(label).json", "--save", "--label", label])
                    .status == 0)
        }
        let kept = try ["before-1", "before-2"].map { try folder.run(["show", $0, "--json"]).stdout }

        let timing = Date()
        #expect(try folder.run(["solve", "Models/tiny.yaml", "-o", "out/timing.json", "--save"]).status == 0)
        let runSeconds = Date().timeIntervalSince(timing)

        // Even rounds kill after a random delay of up to 1.5 runs; odd rounds kill as
        // soon as the write-ahead log passes 1 MB, that is inside the save's transaction,
        // while the 2 MB file is written (the version lands only if its commit frame
        // made it into the log before the signal).
        let wal = folder.root.appendingPathComponent(".skillplan/plans.sqlite-wal").path
        var random = SplitMix64(seed: 20_250_601)
        var killedAtRandom = 0
        var killedMidWrite = 0
        for round in 0..<20 {
            // A clean open and close leaves no log behind, so each round's log starts empty.
            #expect(try folder.run(["history"]).status == 0)
            let process = try folder.start([
                "solve", "Models/tiny.yaml", "-o", "out/k\(round).json", "--save", "--label", "k\(round)",
            ])
            if round % 2 == 0 {
                usleep(UInt32(random.nextUnit() * runSeconds * 1.5 * 1_000_000))
                if process.isRunning {
                    kill(process.processIdentifier, SIGKILL)
                    killedAtRandom += 1
                }
            } else {
                let deadline = Date().addingTimeInterval(30)
                while process.isRunning && Date() < deadline {
                    let size =
                        (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? NSNumber)?.intValue ?? 0
                    if size >= 1 << 20 {
                        kill(process.processIdentifier, SIGKILL)
                        killedMidWrite += 1
                        break
                    }
                    usleep(100)
                }
            }
            process.waitUntilExit()
        }

        let history = try folder.run(["history", "--verify"])
        #expect(history.status == 0, "\(history.stderr)")
        #expect(history.stdout.contains(", every plan and file matches its SHA-256.\n"))
        let labels = history.stdout.components(separatedBy: "\n").dropFirst().compactMap { line in
            line.split(separator: " ").dropFirst().first.map(String.init)
        }
        #expect(labels.prefix(2) == ["before-1", "before-2"])
        let landed = labels.filter { $0.hasPrefix("k") }
        #expect(try ["before-1", "before-2"].map { try folder.run(["show", $0, "--json"]).stdout } == kept)
        #expect(killedMidWrite > 0, "no kill landed inside a save's transaction")
        // The store still takes new versions after all that.
        let after = try folder.run(["solve", "Models/tiny.yaml", "-o", "out/after.json", "--save", "--label", "after"])
        #expect(after.status == 0)
        print(
            "killed saves: \(killedAtRandom) of 10 killed after a random delay, \(killedMidWrite) of 10 killed once the log passed 1 MB; "
                + "\(landed.count) of 20 versions landed (\(landed.joined(separator: " "))); run time \(String(format: "%.3f", runSeconds)) s"
        )
    }
}

/// A temporary working folder with a tiny scenario (`Models/tiny.yaml` reading
/// `../Data`: one school, two programmes, two years), in which the built `skillplan`
/// binary runs.
struct StoreCLIFolder {
    /// The folder (the commands' working directory).
    let root: URL

    /// Writes the tiny scenario into a new temporary folder.
    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "skillplan-cli-\(UUID().uuidString)", isDirectory: true)
        for (path, text) in TinyStoreScenario.files { try write(path, text) }
    }

    /// Removes the folder.
    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// Writes a file (creating its folder).
    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// The text of a file.
    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// Replaces the one occurrence of `old` in a file.
    func replace(_ path: String, _ old: String, with new: String) throws {
        let text = try read(path)
        guard text.components(separatedBy: old).count == 2 else { throw StoreCLIError.notFoundOnce(old) }
        try write(path, text.replacingOccurrences(of: old, with: new))
    }

    /// Saves the two versions the store tests read: v1, labelled `baseline`, of the tiny
    /// scenario (plan in out/v1.json), then v2 (out/v2.json) after a hiring freeze in
    /// xt-mech (max_hire 6 → 0), labelled `secondLabel` if given.
    func saveTwoVersions(secondLabel: String? = nil) throws {
        let first = try run(["solve", "Models/tiny.yaml", "-o", "out/v1.json", "--save", "--label", "baseline"])
        try #require(first.status == 0, "\(first.stderr)")
        try replace("Data/teacher_groups.csv", ",10,6,150000,", with: ",10,0,150000,")
        let second = try run(
            ["solve", "Models/tiny.yaml", "-o", "out/v2.json", "--save"] + (secondLabel.map { ["--label", $0] } ?? []))
        try #require(second.status == 0, "\(second.stderr)")
    }

    /// Stops the test with a clear message when the binary lacks the store commands.
    func requireStoreCommands() throws {
        let help = try run(["--help"]).stdout.components(separatedBy: "\n")
        for command in ["history", "show", "restore"] {
            try #require(
                help.contains { $0.hasPrefix("  \(command) ") },
                "`skillplan \(command)` is not a command: register HistoryCommand, ShowCommand and RestoreCommand in SkillPlanCommand's subcommands"
            )
        }
    }

    /// Starts `skillplan` with `arguments` in the folder, its output thrown away.
    func start(_ arguments: [String], environment: [String: String] = [:]) throws -> Process {
        try CommandRunner().start(
            arguments, environment: ["SKILLPLAN_STORE": ""].merging(environment) { $1 }, workingDirectory: root.path)
    }

    /// Runs `skillplan` with `arguments` in the folder, to its end (`SKILLPLAN_STORE`
    /// unset unless `environment` sets it).
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (
        status: Int32, stdout: String, stderr: String
    ) {
        let result = try CommandRunner().run(
            arguments, environment: ["SKILLPLAN_STORE": ""].merging(environment) { $1 },
            workingDirectory: root.path)
        return (result.exitCode, result.standardOutput, result.standardError)
    }

    /// `text` with every ISO 8601 time replaced by `YYYY-MM-DDTHH:MM:SSZ` (same width).
    static func maskingTimes(_ text: String) -> String {
        text.replacingOccurrences(
            of: #"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"#, with: "YYYY-MM-DDTHH:MM:SSZ", options: .regularExpression)
    }

    /// The `inputHash` of a plan file's JSON.
    static func inputHash(_ json: String) throws -> String? {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return object?["inputHash"] as? String
    }
}

/// What went wrong setting up a command test.
enum StoreCLIError: Error, CustomStringConvertible {
    /// The text to replace was not found exactly once.
    case notFoundOnce(String)

    var description: String {
        switch self {
        case .notFoundOnce(let text): return "'\(text)' is not in the file exactly once"
        }
    }
}
