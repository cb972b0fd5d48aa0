import GRDB

/// The plan store's tables and their history, as GRDB migrations.
///
/// A migration is never changed once it has shipped: a new schema is a new migration.
/// Each one runs in its own transaction, so a store is always at one schema version,
/// and each one also sets `PRAGMA user_version` to its number for tools that do not
/// know GRDB's `grdb_migrations` table.
///
/// - `v1`: the `versions`, `plans` and `input_files` tables, the triggers that make
///   them immutable, and the SkillPlan `application_id`.
/// - `v2`: `versions.targets_met` and `versions.targets_total`, backfilled from the
///   stored plan JSON with SQLite's JSON functions, and an index by scenario.
enum PlanStoreSchema {
    /// `PRAGMA application_id` of every plan store: `SKPL` in ASCII.
    static let applicationID: Int32 = 0x534B_504C

    /// The migration identifiers this build knows, oldest first.
    static let migrationIdentifiers = ["v1", "v2", "v3"]

    /// The migrations a store must have for this build to read it (a store opened for
    /// reading only cannot be migrated): `v3` adds only what saving uses.
    static let readableFrom = ["v1", "v2"]

    /// The migrator with every migration registered.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", migrate: createTables)
        migrator.registerMigration("v2", migrate: addTargetCounts)
        migrator.registerMigration("v3", migrate: addSaveKeys)
        return migrator
    }

    /// The SQL of a trigger that refuses every `operation` (UPDATE or DELETE) on `table`.
    static func immutabilityTrigger(_ table: String, _ operation: String) -> String {
        """
        CREATE TRIGGER \(table)_no_\(operation.lowercased()) BEFORE \(operation) ON \(table)
        BEGIN SELECT RAISE(ABORT, 'plan versions are immutable: \(table) rows cannot be changed or deleted'); END
        """
    }

    /// v1: the three tables, immutability, the application id.
    private static func createTables(_ db: Database) throws {
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        try db.execute(
            sql: """
                CREATE TABLE versions (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    label TEXT UNIQUE,
                    scenario TEXT NOT NULL,
                    scenario_path TEXT,
                    created TEXT NOT NULL,
                    cost REAL,
                    objective REAL,
                    status TEXT NOT NULL,
                    gap REAL,
                    input_hash TEXT NOT NULL,
                    plan_hash TEXT NOT NULL,
                    note TEXT
                );
                CREATE TABLE plans (
                    version_id INTEGER PRIMARY KEY REFERENCES versions(id),
                    json BLOB NOT NULL
                );
                CREATE TABLE input_files (
                    version_id INTEGER NOT NULL REFERENCES versions(id),
                    ordinal INTEGER NOT NULL,
                    path TEXT NOT NULL,
                    bytes BLOB NOT NULL,
                    sha256 TEXT NOT NULL,
                    PRIMARY KEY (version_id, ordinal),
                    UNIQUE (version_id, path)
                );
                """)
        for table in ["versions", "plans", "input_files"] {
            for operation in ["UPDATE", "DELETE"] {
                try db.execute(sql: immutabilityTrigger(table, operation))
            }
        }
        try db.execute(sql: "PRAGMA user_version = 1")
    }

    /// v2: targets met and total per version, computed from the stored plans.
    ///
    /// The backfill is the one UPDATE a store ever runs: the trigger that forbids it
    /// is dropped and re-created inside the migration's transaction.
    private static func addTargetCounts(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE versions ADD COLUMN targets_met INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE versions ADD COLUMN targets_total INTEGER NOT NULL DEFAULT 0;
                DROP TRIGGER versions_no_update;
                UPDATE versions SET
                    targets_total = (
                        SELECT COUNT(DISTINCT json_extract(t.value, '$.target'))
                        FROM plans p, json_each(CAST(p.json AS TEXT), '$.targets') t
                        WHERE p.version_id = versions.id),
                    targets_met = (
                        SELECT COUNT(DISTINCT json_extract(t.value, '$.target'))
                            - COUNT(DISTINCT CASE WHEN json_extract(t.value, '$.met') = 0
                                                  THEN json_extract(t.value, '$.target') END)
                        FROM plans p, json_each(CAST(p.json AS TEXT), '$.targets') t
                        WHERE p.version_id = versions.id);
                CREATE INDEX versions_by_scenario ON versions(scenario, id);
                """)
        try db.execute(sql: immutabilityTrigger("versions", "UPDATE"))
        try db.execute(sql: "PRAGMA user_version = 2")
    }

    /// v3: the key each save was asked under, one version per key.
    private static func addSaveKeys(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE save_keys (
                    key TEXT PRIMARY KEY,
                    version_id INTEGER NOT NULL UNIQUE REFERENCES versions(id)
                );
                """)
        for operation in ["UPDATE", "DELETE"] {
            try db.execute(sql: immutabilityTrigger("save_keys", operation))
        }
        try db.execute(sql: "PRAGMA user_version = 3")
    }
}
