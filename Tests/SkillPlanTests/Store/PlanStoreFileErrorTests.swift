import Foundation
import GRDB
import Testing

@testable import SkillPlan

/// A file that is not a plan store is a clear error, and is left as it was.
@Suite("Plan store: corrupt, foreign and missing files")
struct PlanStoreFileErrorTests {
    /// The error opening `path` throws, with the file's bytes before and after.
    private func openError(_ path: String, createIfMissing: Bool = true) -> (PlanStoreError?, Data?, Data?) {
        let before = FileManager.default.contents(atPath: path)
        let error = #expect(throws: PlanStoreError.self) { try PlanStore(path: path, createIfMissing: createIfMissing) }
        return (error, before, FileManager.default.contents(atPath: path))
    }

    @Test("a text file")
    func textFile() throws {
        let folder = try StoreTestFolder()
        defer { folder.remove() }
        let path = folder.path("notes.txt")
        try folder.write("notes.txt", "Minutes of the planning meeting, 3 March.\nNothing was decided.\n")
        let (error, before, after) = openError(path)
        #expect(
            error?.description
                == "\(path): not a plan store (the file is not an SQLite database); give another path with --store, or move the file away"
        )
        #expect(before == after)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test("a store whose first page is overwritten")
    func scrambledHeader() throws {
        let folder = try StoreTestFolder()
        defer { folder.remove() }
        let path = folder.storePath()
        try folder.solveAndSave(in: try PlanStore(path: path))
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        bytes.replaceSubrange(0..<64, with: Data(repeating: 0x5A, count: 64))
        try bytes.write(to: URL(fileURLWithPath: path))
        let (error, before, after) = openError(path)
        #expect(
            error?.description
                == "\(path): not a plan store (the file is not an SQLite database); give another path with --store, or move the file away"
        )
        #expect(before == after)
    }

    @Test("a store cut short: SQLite reports it damaged")
    func truncatedStore() throws {
        let folder = try StoreTestFolder()
        defer { folder.remove() }
        let path = folder.storePath()
        let store = try PlanStore(path: path)
        for label in ["a", "b", "c"] { try folder.solveAndSave(in: store, label: label) }
        // Closing the last connection checkpoints the WAL into the file.
        try store.pool.close()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: path + ".cut"))
        let cut = path + ".cut"
        let error = #expect(throws: PlanStoreError.self) {
            let damaged = try PlanStore(path: cut)
            _ = try damaged.versions().map { try damaged.plan(of: $0) }
            if !(try damaged.check().isSound) { throw PlanStoreError.corrupt(store: cut, detail: "check") }
        }
        guard case .corrupt(let store, _) = error else {
            Issue.record("expected a corrupt-store error, got \(String(describing: error))")
            return
        }
        #expect(store == cut)
        #expect(error?.description.hasPrefix("\(cut): the plan store is damaged (") == true)
        #expect(error?.description.hasSuffix("); restore it from a backup, or give another path with --store") == true)
    }

    @Test("another application's SQLite database, without an application id")
    func foreignDatabase() throws {
        let folder = try StoreTestFolder()
        defer { folder.remove() }
        let path = folder.path("budget.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE budget (year INTEGER, yuan REAL); INSERT INTO budget VALUES (2025, 1e6)")
            try db.execute(sql: "CREATE TABLE notes (text TEXT)")
        }
        try queue.close()
        let (error, before, after) = openError(path)
        #expect(
            error?.description
                == "\(path): not a plan store (an SQLite database of another application: tables budget, notes, no SkillPlan application_id); give another path with --store"
        )
        #expect(before == after)
    }

    @Test("another application's SQLite database, with its own application id")
    func foreignApplicationID() throws {
        let folder = try StoreTestFolder()
        defer { folder.remove() }
        let path = folder.path("other.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "PRAGMA application_id = 305419896; CREATE TABLE versions (id INTEGER)")
        }
        try queue.close()
        let (error, before, after) = openError(path)
        #expect(
            error?.description
                == "\(path): not a plan store (an SQLite database of another application: application_id 0x12345678, SkillPlan's is 0x534B504C); give another path with --store"
        )
        #expect(before == after)
    }

    @Test("an empty file becomes a store")
    func emptyFile() throws {
        let folder = try StoreTestFolder()
        defer { folder.remove() }
        try folder.write("empty.sqlite", "")
        let store = try PlanStore(path: folder.path("empty.sqlite"))
        try folder.solveAndSave(in: store)
        #expect(try store.versions().count == 1)
    }

    @Test("a folder given as the store, and a missing store for reading")
    func folderAndMissing() throws {
        let folder = try StoreTestFolder()
        defer { folder.remove() }
        let (folderError, _, _) = openError(folder.path("Data"))
        #expect(
            folderError?.description
                == "\(folder.path("Data")): cannot open the plan store (it is a folder; give the path of a file such as \(folder.path("Data"))/plans.sqlite); give a file path with --store PATH in a writable folder"
        )
        let missing = folder.path("none/plans.sqlite")
        let (missingError, _, _) = openError(missing, createIfMissing: false)
        #expect(
            missingError?.description
                == "\(missing): no plan store here yet; save a plan with `skillplan solve --save`, or give the store with --store PATH or SKILLPLAN_STORE"
        )
        #expect(!FileManager.default.fileExists(atPath: folder.path("none")))
    }

    @Test("the default store is .skillplan/plans.sqlite in the working folder")
    func defaultPath() {
        #expect(PlanStore.defaultPath == ".skillplan/plans.sqlite")
    }
}
