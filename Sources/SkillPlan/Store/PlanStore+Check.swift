import GRDB

extension PlanStore {
    /// Checks the whole store: SQLite's `integrity_check` and `foreign_key_check`, then
    /// every version's plan (its hash, and that it decodes) and input files (their hashes).
    ///
    /// - Returns: what was found.
    /// - Throws: ``PlanStoreError`` when the store cannot be read at all.
    /// - Complexity: reads every stored byte.
    public func check() throws -> PlanStoreCheck {
        let (integrity, orphans) = try read { db in
            (
                try String.fetchAll(db, sql: "PRAGMA integrity_check"),
                try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count
            )
        }
        var problems = integrity == ["ok"] ? [] : integrity.map { "SQLite integrity check: \($0)" }
        if orphans > 0 { problems.append("\(orphans) row(s) refer to a version that does not exist") }
        let all = try versions()
        for version in all {
            do {
                _ = try plan(of: version)
                _ = try inputFiles(of: version)
            } catch {
                problems.append("\(error)")
            }
        }
        return PlanStoreCheck(integrity: integrity, versionsChecked: all.count, problems: problems)
    }
}
