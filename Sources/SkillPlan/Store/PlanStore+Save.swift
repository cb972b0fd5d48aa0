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
    /// - Returns: the new version.
    /// - Throws: ``PlanStoreError/labelTaken(store:label:version:)``,
    ///   ``PlanStoreError/invalidLabel(label:reason:)``,
    ///   ``PlanStoreError/unsafeInputPath(path:)``, ``PlanStoreError/noInputFiles``, or
    ///   a database error.
    @discardableResult
    public func save(
        plan: Plan, inputs: [ScenarioInputFile], label: String? = nil, note: String? = nil,
        scenarioPath: String? = nil
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
        do {
            summary.id = try write { db in
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
                return id
            }
        } catch let error as PlanStoreError {
            // Another process may have taken the label between the check and the insert.
            if case .database = error, let label, let owner = try? version(label) {
                throw PlanStoreError.labelTaken(store: path, label: label, version: owner.id)
            }
            throw error
        }
        return PlanVersion(summary: summary, plan: plan, inputFiles: files)
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
