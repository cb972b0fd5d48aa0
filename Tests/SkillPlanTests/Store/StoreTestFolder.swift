import Foundation
import TestSupport

@testable import SkillPlan

/// A temporary folder holding a tiny scenario (`Models/tiny.yaml` reading `../Data`:
/// one school, one teacher group, two programmes, two years; it solves in
/// milliseconds) and room for plan stores.
struct StoreTestFolder {
    /// The folder.
    let root: URL

    /// The scenario file.
    var scenarioPath: String { root.appendingPathComponent("Models/tiny.yaml").path }

    /// A store path inside the folder.
    func storePath(_ name: String = "plans.sqlite") -> String {
        root.appendingPathComponent(".skillplan/\(name)").path
    }

    /// A path inside the folder.
    func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    /// Writes the tiny scenario into a new temporary folder.
    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "skillplan-store-\(UUID().uuidString)", isDirectory: true)
        for (path, text) in TinyStoreScenario.files {
            try write(path, text)
        }
    }

    /// Removes the folder.
    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// Writes a file (creating its folder).
    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Replaces the one occurrence of `old` in a file.
    func replace(_ path: String, _ old: String, with new: String) throws {
        let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        guard text.components(separatedBy: old).count == 2 else { throw StoreTestError.notFoundOnce(old, path) }
        try write(path, text.replacingOccurrences(of: old, with: new))
    }

    /// Loads and solves the scenario.
    func solve() throws -> (loaded: LoadedScenario, plan: Plan) {
        let loaded = try ScenarioLoader.load(path: scenarioPath)
        let result = try Planner.solve(loaded.scenario, inputHash: loaded.inputHash)
        return (loaded, result.plan)
    }

    /// Loads, solves and saves the scenario.
    @discardableResult
    func solveAndSave(in store: PlanStore, label: String? = nil, note: String? = nil) throws -> PlanVersion {
        let (loaded, plan) = try solve()
        return try store.save(
            plan: plan, inputs: loaded.inputFiles, label: label, note: note, scenarioPath: scenarioPath)
    }
}

/// A fixture edit that did not apply.
enum StoreTestError: Error {
    /// The text was not found exactly once.
    case notFoundOnce(String, String)
}
