import Foundation
import GRDB
import Testing

@testable import SkillPlan

/// Versions never change: triggers refuse UPDATE and DELETE even through raw SQL.
@Suite("Plan store: versions are immutable")
struct PlanStoreImmutabilityTests {
    @Test(
        "UPDATE and DELETE through raw SQL fail and change nothing",
        arguments: [
            ("UPDATE versions SET label = 'edited' WHERE id = 1", "versions"),
            ("UPDATE versions SET cost = 0", "versions"),
            ("DELETE FROM versions WHERE id = 1", "versions"),
            ("UPDATE plans SET json = x'00' WHERE version_id = 1", "plans"),
            ("DELETE FROM plans", "plans"),
            ("UPDATE input_files SET bytes = x'00'", "input_files"),
            ("DELETE FROM input_files WHERE version_id = 1", "input_files"),
        ])
    func rawWritesFail(sql: String, table: String) throws {
        let folder = try StoreTestFolder()
        defer { folder.remove() }
        let store = try PlanStore(path: folder.storePath())
        let saved = try folder.solveAndSave(in: store, label: "baseline")
        let error = #expect(throws: DatabaseError.self) {
            try store.pool.write { db in try db.execute(sql: sql) }
        }
        #expect(error?.resultCode == .SQLITE_CONSTRAINT)
        #expect(error?.message == "plan versions are immutable: \(table) rows cannot be changed or deleted")
        #expect(try store.load("baseline") == saved)
        #expect(try store.check().isSound)
    }
}
