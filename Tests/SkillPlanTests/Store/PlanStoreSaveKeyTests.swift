import Foundation
import GRDB
import Testing

@testable import SkillPlan

/// A save asked under a key is made once: asked again (its first answer lost to a killed
/// process), it finds the version saved under the key and saves nothing.
@Suite("Plan store: saves asked again under their key")
struct PlanStoreSaveKeyTests {
    @Test("The same key twice: one version, the first's label and note; another key: a new version")
    func sameKeyOnce() throws {
        let folder = try StoreTestFolder()
        defer { folder.remove() }
        let store = try PlanStore(path: folder.storePath())
        let (loaded, plan) = try folder.solve()
        let first = try store.save(
            plan: plan, inputs: loaded.inputFiles, label: "baseline", note: "first", scenarioPath: folder.scenarioPath,
            key: "result-a")
        #expect(first.summary.id == 1)
        // Asked again with the same label: not "label taken", the version saved under the key.
        let again = try store.save(
            plan: plan, inputs: loaded.inputFiles, label: "baseline", note: "first", scenarioPath: folder.scenarioPath,
            key: "result-a")
        #expect(again == first)
        // Asked again with another label and note: still the first version, unchanged.
        let renamed = try store.save(
            plan: plan, inputs: loaded.inputFiles, label: "other", note: "second", key: "result-a")
        #expect(renamed.summary == first.summary)
        #expect(renamed.summary.label == "baseline")
        #expect(renamed.summary.note == "first")
        #expect(try store.versions().map(\.id) == [1])
        #expect(try store.version(savedUnder: "result-a") == first.summary)
        #expect(try store.version(savedUnder: "result-b") == nil)
        // Another key, or none: new versions, as before keys.
        let second = try store.save(plan: plan, inputs: loaded.inputFiles, key: "result-b")
        let third = try store.save(plan: plan, inputs: loaded.inputFiles)
        #expect([second.summary.id, third.summary.id] == [2, 3])
        #expect(try store.version(savedUnder: "result-b") == second.summary)
        #expect(try store.check().isSound)
        // Keys are as immutable as the versions.
        let error = #expect(throws: DatabaseError.self) {
            try store.pool.write { db in try db.execute(sql: "UPDATE save_keys SET version_id = 3") }
        }
        #expect(error?.message == "plan versions are immutable: save_keys rows cannot be changed or deleted")
    }

    @Test("A v2 store is read as it is, and migrated to v3 (save keys) when opened for saving")
    func v2Store() throws {
        let folder = try StoreTestFolder()
        defer { folder.remove() }
        let path = folder.storePath()
        let (loaded, plan) = try folder.solve()
        try FileManager.default.createDirectory(atPath: folder.path(".skillplan"), withIntermediateDirectories: true)
        do {
            let pool = try DatabasePool(path: path)
            try PlanStoreSchema.migrator.migrate(pool, upTo: "v2")
            try pool.close()
        }
        // Read-only (history, show, diff): a v2 store needs no upgrade; it has no keys.
        let reader = try PlanStore(readingFrom: path)
        #expect(try reader.versions().isEmpty)
        #expect(try reader.version(savedUnder: "result-a") == nil)
        let store = try PlanStore(path: path)
        let (applied, userVersion) = try store.pool.read { db in
            (
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier"),
                try Int.fetchOne(db, sql: "PRAGMA user_version")
            )
        }
        #expect(applied == ["v1", "v2", "v3"])
        #expect(userVersion == 3)
        let saved = try store.save(plan: plan, inputs: loaded.inputFiles, key: "result-a")
        #expect(try store.version(savedUnder: "result-a") == saved.summary)
    }
}
