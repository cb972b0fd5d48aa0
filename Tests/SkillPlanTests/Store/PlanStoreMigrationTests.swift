import Crypto
import Foundation
import GRDB
import Testing

@testable import SkillPlan

/// A store written by an older skillplan is migrated; one from a newer one is refused.
@Suite("Plan store: schema migrations")
struct PlanStoreMigrationTests {
    /// Writes a store at schema v1 holding two versions, as the first release wrote them.
    private func makeV1Store(_ folder: StoreTestFolder) throws -> (plans: [Plan], path: String) {
        let met = try folder.solve()
        try folder.replace("Data/targets.csv", ",2021-2022,150,", with: ",2021-2022,1000,")
        let short = try folder.solve()
        let path = folder.storePath("old.sqlite")
        try FileManager.default.createDirectory(atPath: folder.path(".skillplan"), withIntermediateDirectories: true)
        let pool = try DatabasePool(path: path)
        try PlanStoreSchema.migrator.migrate(pool, upTo: "v1")
        try pool.write { db in
            for (index, solved) in [met, short].enumerated() {
                let json = try PlanFile.encode(solved.plan)
                try db.execute(
                    sql: """
                        INSERT INTO versions (label, scenario, created, cost, objective, status, gap, input_hash, plan_hash, note)
                        VALUES (?, 'tiny', '2025-01-0\(index + 1)T00:00:00Z', ?, ?, 'optimal', 0, ?, ?, NULL)
                        """,
                    arguments: [
                        index == 0 ? "old-baseline" : nil, solved.plan.costs.total, solved.plan.costs.objective,
                        solved.plan.inputHash, SHA256.hex(of: json),
                    ])
                let id = db.lastInsertedRowID
                try db.execute(sql: "INSERT INTO plans (version_id, json) VALUES (?, ?)", arguments: [id, json])
                for (ordinal, file) in solved.loaded.inputFiles.enumerated() {
                    try db.execute(
                        sql: "INSERT INTO input_files VALUES (?, ?, ?, ?, ?)",
                        arguments: [id, ordinal, file.path, file.contents, file.sha256])
                }
            }
        }
        try pool.close()
        return ([met.plan, short.plan], path)
    }

    @Test("a v1 store is migrated to v2 (target counts backfilled from the stored plans) and v3")
    func migratesV1() throws {
        let folder = try StoreTestFolder()
        defer { folder.remove() }
        let (plans, path) = try makeV1Store(folder)
        #expect(plans[1].targetsShort == ["train"])

        let store = try PlanStore(path: path)
        let versions = try store.versions()
        #expect(versions.map(\.targetsMet) == [2, 1])
        #expect(versions.map(\.targetsTotal) == [2, 2])
        #expect(versions.map(\.label) == ["old-baseline", nil])
        #expect(try versions.map { try PlanFile.encode(store.plan(of: $0)) } == plans.map(PlanFile.encode))
        let (applied, userVersion, indexes, applicationID) = try store.pool.read { db in
            (
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier"),
                try Int.fetchOne(db, sql: "PRAGMA user_version"),
                try String.fetchAll(
                    db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'versions_by_scenario'"),
                try Int32.fetchOne(db, sql: "PRAGMA application_id")
            )
        }
        #expect(applied == ["v1", "v2", "v3"])
        #expect(userVersion == 3)
        #expect(indexes == ["versions_by_scenario"])
        #expect(applicationID == PlanStoreSchema.applicationID)
        // The backfill's trigger is back: versions are still immutable.
        #expect(throws: DatabaseError.self) {
            try store.pool.write { db in try db.execute(sql: "UPDATE versions SET targets_met = 0") }
        }
        // New versions go on from the old ones.
        let saved = try folder.solveAndSave(in: store, label: "after-migration")
        #expect(saved.id == 3)
        #expect(try store.check().isSound)
    }

    @Test("a store from a newer schema is refused, untouched")
    func refusesNewerSchema() throws {
        let folder = try StoreTestFolder()
        defer { folder.remove() }
        let path = folder.storePath()
        try folder.solveAndSave(in: try PlanStore(path: path))
        let pool = try DatabasePool(path: path)
        try pool.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v3-plan-tags')") }
        try pool.close()
        let error = #expect(throws: PlanStoreError.self) { try PlanStore(path: path) }
        #expect(
            error?.description
                == "\(path): the plan store was written by a newer skillplan (schema v3-plan-tags unknown to this one); use a newer skillplan, or give another path with --store"
        )
    }
}
