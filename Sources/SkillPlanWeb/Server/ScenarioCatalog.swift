import Foundation
import SkillPlan
import Synchronization

/// A scenario the workbench offers: a bundled one (`Models/*.yaml`) or one made in the
/// workbench (`<data folder>/scenarios/NAME/NAME.yaml`).
struct ScenarioEntry: Sendable {
    /// Its id in URLs: the file's name without `.yaml` (a ``SafeName`` for made ones).
    var id: String
    /// The scenario file.
    var path: String
    /// Whether it ships with the package.
    var bundled: Bool
}

/// The scenarios, and each one's loaded content kept while its files do not change.
final class ScenarioCatalog: Sendable {
    private let workbench: Workbench
    private let loaded = Mutex<[String: (stamp: String, scenario: LoadedScenario)]>([:])
    /// The entries, kept while the two folders they are listed from do not change.
    private let listed = Mutex<(stamp: String, entries: [ScenarioEntry])?>(nil)

    init(workbench: Workbench) {
        self.workbench = workbench
    }

    /// Every scenario: the bundled ones first (the baseline first), then those made in
    /// the workbench, newest first.
    func entries() -> [ScenarioEntry] {
        // A scenario added or removed changes its folder's time.
        let stamp = FileStamp.of(workbench.settings.modelsFolder) + "|" + FileStamp.of(workbench.scenariosFolder)
        if let kept = listed.withLock({ $0 }), kept.stamp == stamp { return kept.entries }
        let entries = list()
        listed.withLock { $0 = (stamp, entries) }
        return entries
    }

    private func list() -> [ScenarioEntry] {
        // File names only: reading each scenario here made every page read them all.
        var entries = BundledScenarios.files(in: workbench.settings.modelsFolder).map { file in
            ScenarioEntry(
                id: ((file as NSString).lastPathComponent as NSString).deletingPathExtension, path: file, bundled: true)
        }
        let folder = workbench.scenariosFolder
        let made = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).compactMap {
            name -> (ScenarioEntry, Date)? in
            let path = "\(folder)/\(name)/\(name).yaml"
            guard (try? SafeName(name)) != nil,
                let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
            else { return nil }
            return (ScenarioEntry(id: name, path: path, bundled: false), modified)
        }
        entries += made.sorted { $0.1 > $1.1 }.map(\.0)
        return entries
    }

    /// A scenario by id.
    ///
    /// - Throws: ``WebError`` 404 for an unknown id.
    func entry(_ id: String) throws -> ScenarioEntry {
        guard let entry = entries().first(where: { $0.id == id }) else {
            throw WebError(status: .notFound, message: "no scenario \"\(id)\": choose one from the list of scenarios")
        }
        return entry
    }

    /// A scenario read from its files (kept until the scenario file or its data folder
    /// changes).
    ///
    /// - Throws: ``ScenarioError`` with every problem of the scenario.
    func load(_ entry: ScenarioEntry) throws -> LoadedScenario {
        try loadStamped(entry).scenario
    }

    /// A scenario read from its files (as ``load(_:)``) and the stamp of its files: a
    /// page made from it is current while the stamp is the same.
    func loadStamped(_ entry: ScenarioEntry) throws -> (scenario: LoadedScenario, stamp: String) {
        let stamp = Self.stamp(entry.path)
        if let hit = loaded.withLock({ $0[entry.path] }), hit.stamp == stamp { return (hit.scenario, stamp) }
        let scenario = try ScenarioLoader.load(path: entry.path, currentDirectory: displayFolder(entry))
        loaded.withLock { $0[entry.path] = (stamp, scenario) }
        return (scenario, stamp)
    }

    /// The stamp of a scenario's files (see ``loadStamped(_:)``), without reading them.
    func stamp(_ entry: ScenarioEntry) -> String {
        Self.stamp(entry.path)
    }

    /// The folder a scenario's messages show paths relative to: the project for a
    /// bundled one, the workbench's data folder for a made one.
    func displayFolder(_ entry: ScenarioEntry) -> String {
        entry.bundled
            ? (workbench.settings.modelsFolder as NSString).deletingLastPathComponent : workbench.settings.dataFolder
    }

    /// The modification times of a scenario file and of the folders beside it.
    private static func stamp(_ path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let candidates = [
            path, folder, (folder as NSString).appendingPathComponent("Data"),
            ((folder as NSString).deletingLastPathComponent as NSString).appendingPathComponent("Data"),
        ]
        // One stat call each (FileManager's attributes opened every file, and every page
        // of the scenarios asked for them).
        return candidates.map(FileStamp.of).joined(separator: "|")
    }
}
