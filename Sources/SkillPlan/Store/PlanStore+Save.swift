import Crypto
import Foundation
import GRDB

extension PlanStore {
    /// Saves a plan and the scenario files it was solved from as a new version.
    ///
    /// The plan is stored as the exact bytes of ``PlanFile/encode(_:)``, each file as
    /// the bytes read, with their SHA-256. Everything is written in one transaction:
    /// a process killed while saving leaves either the whole version or nothing.
    ///
    /// - Parameters:
    ///   - plan: the plan.
    ///   - inputs: the files of ``LoadedScenario/inputFiles``, the scenario file first.
    ///   - label: a unique name for the version (e.g. `baseline`), or `nil`.
    ///   - note: free text kept with the version, or `nil`.
    ///   - scenarioPath: the scenario file's path, used by ``restore(_:to:overwrite:)``
    ///     to name the folders above it when the data lives beside them (`../Data`).
    ///   - key: the key this save is asked under (the workbench's key of a result), or
    ///     `nil`. It is recorded in the save's own transaction; a save asked again under
    ///     a key already recorded saves nothing and returns the version saved under it
    ///     (its label and note as first saved), so that asking again after a save whose
    ///     answer was lost (the process killed after the commit) makes no second version.
    /// - Returns: the new version, or the one saved before under `key`.
    /// - Throws: ``PlanStoreError/labelTaken(store:label:version:)``,
    ///   ``PlanStoreError/invalidLabel(label:reason:)``,
    ///   ``PlanStoreError/unsafeInputPath(path:)``, ``PlanStoreError/noInputFiles``, or
    ///   a database error.
    @discardableResult
    public func save(
        plan: Plan, inputs: [ScenarioInputFile], label: String? = nil, note: String? = nil,
        scenarioPath: String? = nil, key: String? = nil
    ) throws -> PlanVersion {
        if let label { try VersionReference.validateLabel(label) }
        var seen = Set<String>()
        let files = inputs.filter { seen.insert($0.path).inserted }
        guard !files.isEmpty else { throw PlanStoreError.noInputFiles }
        for file in files { _ = try RestoreLayout.split(file.path) }
        let json: Data
        do {
            json = try PlanFile.encode(plan)
        } catch {
            throw PlanStoreError.database(store: path, detail: "cannot encode the plan as JSON: \(error)")
        }
        let targetsTotal = plan.targetIDs.count
        var summary = PlanVersionSummary(
            id: 0, label: label, scenario: plan.scenario,
            scenarioPath: scenarioPath.map { URL(fileURLWithPath: $0).standardizedFileURL.path },
            created: Self.timestamp(Date()), cost: Self.finite(plan.costs.total),
            objective: Self.finite(plan.costs.objective),
            targetsMet: targetsTotal - plan.targetsShort.count, targetsTotal: targetsTotal,
            status: plan.solver.status, gap: plan.solver.gap.flatMap(Self.finite), inputHash: plan.inputHash,
            planHash: SHA256.hex(of: json), note: note.flatMap { $0.isEmpty ? nil : $0 })
        let row = summary
        let store = path
        let saved: (id: Int64, before: Bool)
        do {
            saved = try write { db in
                if let key,
                    let before = try Int64.fetchOne(
                        db, sql: "SELECT version_id FROM save_keys WHERE key = ?", arguments: [key])
                {
                    return (before, true)
                }
                if let label,
                    let owner = try Int64.fetchOne(
                        db, sql: "SELECT id FROM versions WHERE label = ?", arguments: [label])
                {
                    throw PlanStoreError.labelTaken(store: store, label: label, version: owner)
                }
                try db.execute(
                    sql: """
                        INSERT INTO versions (label, scenario, scenario_path, created, cost, objective, targets_met, targets_total,
                                              status, gap, input_hash, plan_hash, note)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        row.label, row.scenario, row.scenarioPath, row.created, row.cost, row.objective,
                        row.targetsMet, row.targetsTotal, row.status, row.gap, row.inputHash, row.planHash, row.note,
                    ])
                let id = db.lastInsertedRowID
                try db.execute(sql: "INSERT INTO plans (version_id, json) VALUES (?, ?)", arguments: [id, json])
                for (ordinal, file) in files.enumerated() {
                    try db.execute(
                        sql:
                            "INSERT INTO input_files (version_id, ordinal, path, bytes, sha256) VALUES (?, ?, ?, ?, ?)",
                        arguments: [id, ordinal, file.path, file.contents, file.sha256])
                }
                if let key {
                    try db.execute(sql: "INSERT INTO save_keys (key, version_id) VALUES (?, ?)", arguments: [key, id])
                }
                return (id, false)
            }
        } catch let error as PlanStoreError {
            // Another process may have taken the label between the check and the insert.
            if case .database = error, let label, let owner = try? version(label) {
                throw PlanStoreError.labelTaken(store: path, label: label, version: owner.id)
            }
            throw error
        }
        if saved.before { return try load(String(saved.id)) }
        summary.id = saved.id
        return PlanVersion(summary: summary, plan: plan, inputFiles: files)
    }

    /// The version saved under a key (see ``save(plan:inputs:label:note:scenarioPath:key:)``).
    ///
    /// - Parameter key: the key.
    /// - Returns: its version, or `nil` when nothing was saved under it (also in a store
    ///   from before keys were recorded, opened for reading).
    /// - Throws: ``PlanStoreError``.
    public func version(savedUnder key: String) throws -> PlanVersionSummary? {
        try read { db in
            guard try db.tableExists("save_keys") else { return nil }
            return try Row.fetchOne(
                db,
                sql:
                    "SELECT versions.* FROM save_keys JOIN versions ON versions.id = save_keys.version_id WHERE key = ?",
                arguments: [key]
            ).map(Self.summary)
        }
    }

    /// `date` in ISO 8601, UTC, to the second: `2025-06-01T08:30:00Z`.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// `value`, or `nil` when it is not finite (SQLite stores NaN as NULL anyway).
    static func finite(_ value: Double) -> Double? {
        value.isFinite ? value : nil
    }
}
