import Foundation
import TestSupport
import Testing

/// `make dist`'s folder, copied elsewhere as a planner would copy it: the program starts
/// without the Swift runtime installed, finds the scenarios beside itself and solves.
///
/// The folder is `dist/skillplan-*-linux-*/` under the package root; without it (no
/// `make dist` yet) the suite skips and `presence()` prints
/// `dist suite skipped: dist/skillplan-*-linux-*/ not found (run make dist)`. CI does
/// not run `make dist` (a clean statically linked build takes about 19 minutes on the
/// shared machine): run it, then `swift test --filter DistTests`.
@Suite("make dist: a copied program")
struct DistTests {
    static let skipMessage = "dist suite skipped: dist/skillplan-*-linux-*/ not found (run make dist)"

    /// The newest dist folder that holds a `skillplan` program.
    static let folder: String? = {
        guard let root = NetlibCatalog.packageRoot(from: #filePath) else { return nil }
        let dist = root + "/dist"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dist)) ?? []
        let candidates = names.filter { $0.hasPrefix("skillplan-") && !$0.hasSuffix(".tar.gz") }
            .map { dist + "/" + $0 }
            .filter { FileManager.default.isExecutableFile(atPath: $0 + "/skillplan") }
        func modified(_ path: String) -> Date {
            ((try? FileManager.default.attributesOfItem(atPath: path + "/skillplan"))?[.modificationDate] as? Date)
                ?? .distantPast
        }
        return candidates.max { modified($0) < modified($1) }
    }()

    @Test("The dist folder is found, or the suite says plainly that it skipped")
    func presence() {
        if Self.folder == nil { print(Self.skipMessage) }
    }

    @Test(
        "The program links no Swift runtime, only GLPK and the C library",
        .enabled(if: folder != nil, "dist suite skipped: dist/skillplan-*-linux-*/ not found (run make dist)"))
    func linkedLibraries() throws {
        let program = try #require(Self.folder) + "/skillplan"
        let ldd = try CommandRunner(executable: URL(fileURLWithPath: "/usr/bin/ldd")).run([program])
        #expect(ldd.exitCode == 0)
        let libraries = ldd.standardOutput.split(separator: "\n").compactMap {
            $0.split(whereSeparator: \.isWhitespace).first.map(String.init)
        }
        #expect(libraries.contains { $0.hasPrefix("libglpk.so.40") })
        #expect(
            !libraries.contains { $0.contains("swift") || $0.hasPrefix("libFoundation") || $0.hasPrefix("libdispatch") }
        )
    }

    @Test(
        "A copy in another folder lists its scenarios, solves the baseline and a scenario of its own",
        .enabled(if: folder != nil, "dist suite skipped: dist/skillplan-*-linux-*/ not found (run make dist)"))
    func copiedProgram() throws {
        let source = try #require(Self.folder)
        let bureau = try TemporaryFolder()
        let installed = bureau.file("programs/skillplan")
        try FileManager.default.createDirectory(atPath: bureau.file("programs"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: source, toPath: installed)
        let work = bureau.file("work")
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let skillplan = CommandRunner(executable: URL(fileURLWithPath: installed + "/skillplan"))
        for file in ["README.md", "INSTALL.txt", "Models/xingning-2025.yaml", "Data", "docs/data-format.md"] {
            #expect(FileManager.default.fileExists(atPath: installed + "/" + file), "dist lacks \(file)")
        }

        let version = try skillplan.run(["--version"], workingDirectory: work)
        #expect(version.exitCode == 0)
        let number = version.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(source.hasSuffix("/skillplan-\(number)-linux-\(Self.architecture)"))

        // Run from a folder without Models/: the program finds the copy's own.
        let scenarios = try skillplan.run(["scenarios"], workingDirectory: work)
        #expect(scenarios.exitCode == 0, "\(scenarios.standardError)")
        #expect(scenarios.standardOutput.contains("xingning-2025"))
        #expect(scenarios.standardOutput.contains("no-expansion"))

        let baseline = try skillplan.run(["solve", "-o", "plan.json"], workingDirectory: work)
        #expect(baseline.exitCode == 0, "\(baseline.standardError)")
        #expect(baseline.standardOutput.contains("Checker: the plan passes every hard constraint and target check"))
        #expect(FileManager.default.fileExists(atPath: work + "/plan.json"))

        let export = try skillplan.run(
            ["export", "plan.json", "--format", "csv", "-o", "tables"], workingDirectory: work)
        #expect(export.exitCode == 0, "\(export.standardError)")
        let tables = (try? FileManager.default.contentsOfDirectory(atPath: work + "/tables")) ?? []
        #expect(tables.contains { $0.hasSuffix(".csv") })

        // A scenario of the bureau's own, outside the copy: the test fixture.
        let tiny = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/tiny/tiny.yaml").path
        let own = try skillplan.run(["solve", tiny, "-o", "tiny.json"], workingDirectory: work)
        #expect(own.exitCode == 0, "\(own.standardError)")
        #expect(own.standardOutput.contains("tiny — Tiny test scenario"))
    }

    /// The machine's architecture as `uname -m` prints it.
    static var architecture: String {
        #if arch(x86_64)
            return "x86_64"
        #elseif arch(arm64)
            return "aarch64"
        #else
            return "unknown"
        #endif
    }
}
