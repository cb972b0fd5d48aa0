import Foundation
import GRDB

extension PlanStore {
    /// The GRDB configuration of every connection: writes wait for other processes,
    /// foreign keys are enforced.
    static var configuration: Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.label = "SkillPlan.PlanStore"
        return configuration
    }

    /// Checks the file, opens a pool in WAL mode and migrates it, under the folder lock.
    static func openPool(at path: String, createIfMissing: Bool) throws -> DatabasePool {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        let exists = manager.fileExists(atPath: path, isDirectory: &isFolder)
        if exists && isFolder.boolValue {
            throw PlanStoreError.cannotOpen(
                store: path, reason: "it is a folder; give the path of a file such as \(path)/plans.sqlite")
        }
        if !exists && !createIfMissing { throw PlanStoreError.missing(store: path) }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw PlanStoreError.cannotOpen(
                store: path, reason: "cannot create the folder \(folder): \(error.localizedDescription)")
        }
        return try FolderLock.withLock(folder: folder, store: path, timeout: busyTimeout) {
            // The checking connection stays open until the pool is: closing the last
            // connection would checkpoint and delete the log only for the pool to make it again.
            let checker = try checkExistingFile(at: path)
            defer { try? checker?.close() }
            do {
                let pool = try DatabasePool(path: path, configuration: configuration)
                try PlanStoreSchema.migrator.migrate(pool)
                return pool
            } catch {
                throw storeError(error, store: path)
            }
        }
    }

    /// Refuses a file that is not a plan store before anything is written to it: not
    /// SQLite, another application's database (its `application_id`, or tables without
    /// ours), or a store from a newer schema. An empty file or database is accepted and
    /// becomes a store.
    ///
    /// - Returns: the connection that checked the file, still open (`nil` for a new or
    ///   empty file).
    static func checkExistingFile(at path: String) throws -> DatabaseQueue? {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        guard size > 0 else { return nil }
        let queue: DatabaseQueue
        let facts: (applicationID: Int32, tables: [String], migrations: [String])
        do {
            // A plain connection: it reads without changing the journal mode of a
            // file that may turn out not to be ours.
            queue = try DatabaseQueue(path: path, configuration: configuration)
            facts = try queue.read { db in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tables = try String.fetchAll(
                    db,
                    sql: """
                        SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name
                        """)
                let migrations =
                    tables.contains("grdb_migrations")
                    ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
                    : []
                return (applicationID, tables, migrations)
            }
        } catch {
            throw storeError(error, store: path)
        }
        switch facts.applicationID {
        case PlanStoreSchema.applicationID:
            let unknown = facts.migrations.filter { !PlanStoreSchema.migrationIdentifiers.contains($0) }
            if !unknown.isEmpty { throw PlanStoreError.newerSchema(store: path, unknownMigrations: unknown.sorted()) }
            return queue
        case 0 where facts.tables.isEmpty:
            return queue
        case 0:
            let shown = facts.tables.prefix(5).joined(separator: ", ") + (facts.tables.count > 5 ? ", …" : "")
            throw PlanStoreError.foreignDatabase(store: path, detail: "tables \(shown), no SkillPlan application_id")
        default:
            let hex = String(UInt32(bitPattern: facts.applicationID), radix: 16, uppercase: true)
            throw PlanStoreError.foreignDatabase(
                store: path, detail: "application_id 0x\(hex), SkillPlan's is 0x534B504C")
        }
    }

    /// One read-only connection to an existing store, for the reading commands.
    ///
    /// A store is in WAL mode. When its write-ahead log is absent (no process has it open
    /// for writing, and the last one checkpointed it) the file is opened `immutable`: SQLite
    /// then reads it without the `-shm` index or locks, so it creates no file and needs
    /// no write access to the folder. When the log is there, its changes are read through
    /// it and the index beside it, which already exist.
    static func openForReading(at path: String) throws -> DatabaseQueue {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw PlanStoreError.missing(store: path)
        }
        if isFolder.boolValue {
            throw PlanStoreError.cannotOpen(
                store: path, reason: "it is a folder; give the path of a file such as \(path)/plans.sqlite")
        }
        guard manager.isReadableFile(atPath: path) else {
            throw PlanStoreError.cannotOpen(
                store: path, reason: "it cannot be read (permission denied); ask its owner for read access, or copy it")
        }
        let size = (try? manager.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        guard size > 0 else { throw PlanStoreError.missing(store: path) }
        var readOnly = configuration
        readOnly.readonly = true
        let queue: DatabaseQueue
        do {
            if !manager.fileExists(atPath: path + "-wal"),
                let immutable = try? DatabaseQueue(path: immutableURI(path), configuration: readOnly),
                (try? immutable.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master") }) != nil
            {
                queue = immutable
            } else {
                queue = try DatabaseQueue(path: path, configuration: readOnly)
            }
            let facts = try queue.read { db in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tables = try String.fetchAll(
                    db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                let migrations =
                    tables.contains("grdb_migrations")
                    ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") : []
                return (applicationID: applicationID, tables: tables, migrations: migrations)
            }
            switch facts.applicationID {
            case PlanStoreSchema.applicationID:
                let unknown = facts.migrations.filter { !PlanStoreSchema.migrationIdentifiers.contains($0) }
                if !unknown.isEmpty {
                    throw PlanStoreError.newerSchema(store: path, unknownMigrations: unknown.sorted())
                }
                let missing = PlanStoreSchema.readableFrom.filter { !facts.migrations.contains($0) }
                if !missing.isEmpty {
                    throw PlanStoreError.cannotOpen(
                        store: path,
                        reason:
                            "it was made by an older skillplan and must be upgraded before it is read: save into it once with write access (skillplan solve --save)"
                    )
                }
            case 0 where facts.tables.isEmpty:
                throw PlanStoreError.missing(store: path)
            case 0:
                let shown =
                    facts.tables.sorted().prefix(5).joined(separator: ", ") + (facts.tables.count > 5 ? ", …" : "")
                throw PlanStoreError.foreignDatabase(
                    store: path, detail: "tables \(shown), no SkillPlan application_id")
            default:
                let hex = String(UInt32(bitPattern: facts.applicationID), radix: 16, uppercase: true)
                throw PlanStoreError.foreignDatabase(
                    store: path, detail: "application_id 0x\(hex), SkillPlan's is 0x534B504C")
            }
        } catch {
            throw storeError(error, store: path)
        }
        return queue
    }

    /// The SQLite URI that opens `path` read-only and immutable (`%`, `?` and `#` escaped).
    static func immutableURI(_ path: String) -> String {
        var escaped = ""
        for character in path {
            switch character {
            case "%": escaped += "%25"
            case "?": escaped += "%3f"
            case "#": escaped += "%23"
            default: escaped.append(character)
            }
        }
        return "file:\(escaped)?mode=ro&immutable=1"
    }
}
