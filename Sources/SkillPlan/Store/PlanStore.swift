import Crypto
import Foundation
import GRDB

/// The history of a city's plans: every plan saved with `skillplan solve --save`, as an
/// immutable, numbered version that keeps the plan JSON and the exact scenario files it
/// was solved from, in an SQLite database (GRDB).
///
/// ## Thread safety and processes
/// A store owns one GRDB `DatabasePool` in WAL mode: one writer connection and a few
/// reader connections. GRDB serialises this process's writes on the writer's queue and
/// runs reads beside them on snapshots, so `PlanStore` is `Sendable` because
/// `DatabasePool` is, and one store can be used from any thread. Other processes are
/// serialised by SQLite: every write is an IMMEDIATE transaction and waits up to
/// ``busyTimeout`` seconds for another process's write to finish. Opening a store
/// (checking the file, WAL set-up, migrations) runs under an advisory lock on the
/// store's folder, so processes creating or migrating the same store take turns.
///
/// ## Guarantees
/// A save is one transaction: the version row, its plan and its files land together
/// or not at all, whatever kills the process. Versions are never changed: there is no
/// update or delete API, and triggers refuse UPDATE and DELETE on the tables. Labels
/// are unique. Plans and files are checked against their SHA-256 when read.
public final class PlanStore: Sendable {
    /// The store used when none is given: `.skillplan/plans.sqlite` in the working folder.
    public static let defaultPath = ".skillplan/plans.sqlite"

    /// How long a write waits for another process before failing, in seconds.
    public static let busyTimeout: Double = 30

    /// The store's path, as given.
    public let path: String

    /// The connections that read: the pool of a store opened for writing, or the one
    /// read-only connection of a store opened for reading.
    let reader: any DatabaseReader

    /// The GRDB pool of a store opened for writing; `nil` for a store opened for reading.
    private let writer: DatabasePool?

    /// The GRDB pool of a store opened for writing: its writer serialises writes.
    /// - Throws: ``PlanStoreError/cannotOpen(store:reason:)`` for a store opened for reading.
    var pool: DatabasePool {
        get throws {
            guard let writer else {
                throw PlanStoreError.cannotOpen(
                    store: path,
                    reason: "it was opened for reading only; open it with a command that saves (skillplan solve --save)"
                )
            }
            return writer
        }
    }

    /// Opens the store at `path`, creating it (and its folder) if needed, and migrates
    /// it to this build's schema.
    ///
    /// - Parameters:
    ///   - path: the SQLite file; default ``defaultPath``.
    ///   - createIfMissing: whether a missing store is created; when `false`, a missing
    ///     store throws ``PlanStoreError/missing(store:)``.
    /// - Throws: ``PlanStoreError``: the file is not an SQLite database, belongs to
    ///   another application, is damaged, or comes from a newer skillplan; the folder
    ///   cannot be created; another process kept it locked.
    public init(path: String = PlanStore.defaultPath, createIfMissing: Bool = true) throws {
        self.path = path
        let pool = try Self.openPool(at: path, createIfMissing: createIfMissing)
        writer = pool
        reader = pool
    }

    /// Opens the store at `path` for reading only, as `history`, `show`, `restore`,
    /// `export`, `diff` and `check` do: nothing is written, no lock taken, and no `-wal`
    /// or `-shm` file is left beside it, so a store on a read-only file or in a read-only
    /// folder can be read. Saving into a store opened so throws.
    ///
    /// - Parameter path: the SQLite file.
    /// - Throws: ``PlanStoreError/missing(store:)`` when there is no store (or only an
    ///   empty file); the errors of ``init(path:createIfMissing:)`` for a file that is not
    ///   a plan store, is damaged or comes from a newer skillplan.
    public init(readingFrom path: String) throws {
        self.path = path
        reader = try Self.openForReading(at: path)
        writer = nil
    }

    /// Every version, oldest first.
    ///
    /// - Returns: the summaries, by id.
    /// - Throws: ``PlanStoreError``.
    public func versions() throws -> [PlanVersionSummary] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM versions ORDER BY id").map(Self.summary)
        }
    }

    /// The version a reference names.
    ///
    /// - Parameter reference: an id (`3`, `v3`) or a label (`baseline`).
    /// - Returns: its summary.
    /// - Throws: ``PlanStoreError/unknownVersion(store:reference:)`` when none matches.
    public func version(_ reference: String) throws -> PlanVersionSummary {
        let parsed = VersionReference(reference)
        let found: PlanVersionSummary? = try read { db in
            switch parsed {
            case .id(let id):
                return try Row.fetchOne(db, sql: "SELECT * FROM versions WHERE id = ?", arguments: [id]).map(
                    Self.summary)
            case .label(let label):
                return try Row.fetchOne(db, sql: "SELECT * FROM versions WHERE label = ?", arguments: [label]).map(
                    Self.summary)
            }
        }
        guard let found else { throw PlanStoreError.unknownVersion(store: path, reference: reference) }
        return found
    }

    /// The exact bytes of a version's plan JSON (as ``PlanFile/encode(_:)`` wrote them).
    ///
    /// - Parameter version: the version.
    /// - Returns: the JSON.
    /// - Throws: ``PlanStoreError/damagedVersion(store:version:detail:)`` when the plan
    ///   is missing or no longer matches its hash.
    public func planData(of version: PlanVersionSummary) throws -> Data {
        let id = version.id
        let data: Data? = try read { db in
            try Data.fetchOne(db, sql: "SELECT json FROM plans WHERE version_id = ?", arguments: [id])
        }
        guard let data else {
            throw PlanStoreError.damagedVersion(store: path, version: id, detail: "its plan is missing")
        }
        guard SHA256.hex(of: data) == version.planHash else {
            throw PlanStoreError.damagedVersion(
                store: path, version: id, detail: "its plan does not match the SHA-256 saved with it")
        }
        return data
    }

    /// A version's plan.
    ///
    /// - Parameter version: the version.
    /// - Returns: the plan, decoded from the stored JSON.
    /// - Throws: ``PlanStoreError/damagedVersion(store:version:detail:)``.
    public func plan(of version: PlanVersionSummary) throws -> Plan {
        let data = try planData(of: version)
        do {
            return try PlanFile.decode(data, path: "\(path) v\(version.id)")
        } catch {
            throw PlanStoreError.damagedVersion(
                store: path, version: version.id, detail: "its plan does not decode: \(error)")
        }
    }

    /// The scenario file and data files a version was solved from, byte for byte, in
    /// the order they were read (the scenario file first).
    ///
    /// - Parameter version: the version.
    /// - Returns: the files, with paths relative to the scenario file's folder.
    /// - Throws: ``PlanStoreError/damagedVersion(store:version:detail:)`` when a file no
    ///   longer matches its hash.
    public func inputFiles(of version: PlanVersionSummary) throws -> [ScenarioInputFile] {
        let id = version.id
        let rows: [(file: ScenarioInputFile, sha256: String)] = try read { db in
            try Row.fetchAll(
                db, sql: "SELECT path, bytes, sha256 FROM input_files WHERE version_id = ? ORDER BY ordinal",
                arguments: [id]
            )
            .map { row in
                (
                    ScenarioInputFile(
                        path: try row.decode(forColumn: "path"),
                        contents: try row.decode(Data?.self, forColumn: "bytes") ?? Data()),
                    try row.decode(forColumn: "sha256")
                )
            }
        }
        return try rows.map { file, sha256 in
            guard file.sha256 == sha256 else {
                throw PlanStoreError.damagedVersion(
                    store: path, version: id, detail: "input file \(file.path) does not match the SHA-256 saved with it"
                )
            }
            return file
        }
    }

    /// A version in full: summary, plan and input files.
    ///
    /// - Parameter reference: an id (`3`, `v3`) or a label.
    /// - Returns: the version.
    /// - Throws: ``PlanStoreError``.
    public func load(_ reference: String) throws -> PlanVersion {
        let summary = try version(reference)
        return PlanVersion(summary: summary, plan: try plan(of: summary), inputFiles: try inputFiles(of: summary))
    }

    /// Checks that `label` can name a version, without opening a store.
    ///
    /// - Parameter label: the label asked for.
    /// - Throws: ``PlanStoreError/invalidLabel(label:reason:)`` for an empty label, one
    ///   with spaces around it or control characters, one longer than 64 characters, or
    ///   one that reads as a version id (`12`, `v12`).
    public static func validateLabel(_ label: String) throws {
        try VersionReference.validateLabel(label)
    }

    /// A summary from a `versions` row. Each value is decoded with GRDB's throwing
    /// `decode`, never its subscript, which traps on a value of the wrong type: a damaged
    /// file is an error, not a crash.
    static func summary(_ row: Row) throws -> PlanVersionSummary {
        PlanVersionSummary(
            id: try row.decode(forColumn: "id"), label: try row.decode(forColumn: "label"),
            scenario: try row.decode(forColumn: "scenario"),
            scenarioPath: try row.decode(forColumn: "scenario_path"), created: try row.decode(forColumn: "created"),
            cost: try row.decode(forColumn: "cost"), objective: try row.decode(forColumn: "objective"),
            targetsMet: try row.decode(Int?.self, forColumn: "targets_met") ?? 0,
            targetsTotal: try row.decode(Int?.self, forColumn: "targets_total") ?? 0,
            status: try row.decode(forColumn: "status"), gap: try row.decode(forColumn: "gap"),
            inputHash: try row.decode(forColumn: "input_hash"), planHash: try row.decode(forColumn: "plan_hash"),
            note: try row.decode(forColumn: "note"))
    }

    /// Runs a read on a snapshot, turning SQLite errors into ``PlanStoreError``.
    func read<T: Sendable>(_ body: @Sendable (Database) throws -> T) throws -> T {
        do {
            return try reader.read(body)
        } catch {
            throw Self.storeError(error, store: path)
        }
    }

    /// Runs an IMMEDIATE write transaction, turning SQLite errors into ``PlanStoreError``.
    func write<T: Sendable>(_ body: @Sendable (Database) throws -> T) throws -> T {
        do {
            return try pool.write(body)
        } catch {
            throw Self.storeError(error, store: path)
        }
    }
}
