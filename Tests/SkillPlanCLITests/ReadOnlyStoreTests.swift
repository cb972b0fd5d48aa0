import Foundation
import Testing

/// The reading commands open the plan store read-only: on a read-only file in a
/// read-only folder they work and leave no `-wal` or `-shm` file.
@Suite("skillplan: reading a read-only plan store", .serialized)
struct ReadOnlyStoreTests {
    @Test("history, show, restore, export, diff and check on a chmod 444 store in a chmod 555 folder")
    func readOnly() throws {
        let folder = try StoreCLIFolder()
        defer { folder.remove() }
        try folder.requireStoreCommands()
        try folder.saveTwoVersions()
        let storeFolder = folder.root.appendingPathComponent(".skillplan").path
        let store = storeFolder + "/plans.sqlite"
        try #require(
            try FileManager.default.contentsOfDirectory(atPath: storeFolder).filter { $0.hasPrefix("plans.sqlite") }
                == ["plans.sqlite"])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: store))
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: store)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: storeFolder)
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: storeFolder)
            try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: store)
        }
        let history = try folder.run(["history", "--verify"])
        #expect(history.status == 0, "\(history.stderr)")
        #expect(
            history.stdout.hasSuffix(
                "Checked 2 version(s): SQLite integrity ok, every plan and file matches its SHA-256.\n"))
        let show = try folder.run(["show", "baseline"])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.hasPrefix("Version v1 (baseline), saved "))
        #expect(try folder.run(["restore", "v1", "-o", "restored"]).status == 0)
        #expect(try folder.run(["export", "v2", "--format", "markdown", "-o", "exported"]).status == 0)
        #expect(try folder.run(["diff", "baseline", "v2"]).status == 0)
        let check = try folder.run(["check", "v1"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: storeFolder) == ["plans.sqlite"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == bytes)
    }
}
