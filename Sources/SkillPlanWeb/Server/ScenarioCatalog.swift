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
///
/// A scenario is read again as soon as its file, a data file it read, or a folder it reads
/// from changes (modification time or size, one `stat` each, checked on every use), so a
/// scenario edited by hand shows at once. A file changed in the last second is also
/// compared with the bytes read (its time and size may not show a second write in the
/// same tick of the clock). One reading at a time per scenario: a page that 50 clients
/// open at once reads it once, and a scenario with problems is kept with them.
final class ScenarioCatalog: Sendable {
    private let workbench: Workbench
    /// Each scenario's slot, by its file's path.
    private let slots = Mutex<[String: Slot]>([:])
    /// How many times a scenario was read (again): a page listing scenarios shows what
    /// the readings found, so it is current while this and the scenario files are.
    private let readings = Atomic<Int>(0)
    /// The entries, kept while the two folders they are listed from do not change.
    private let listed = Mutex<(stamp: String, entries: [ScenarioEntry])?>(nil)

    /// A scenario as last read: what was found, the files it depends on, their stamp
    /// once read, the bytes read of each file (by absolute path), and the files whose
    /// stamp does not yet stand for those bytes (changed within a second of the stamp:
    /// compared with the bytes on each use until one such comparison finds them settled).
    private struct Kept: Sendable {
        var found: Result<LoadedScenario, any Error>
        var watched: [String]
        var stamp: String
        var bytes: [String: Data]
        var racy: Set<String>
        /// The reading's number, which pages made from it are kept under.
        var number: Int
    }

    /// Where one scenario is kept; held while it is read, so that it is read once.
    private final class Slot: Sendable {
        let kept = Mutex<Kept?>(nil)
    }

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

    /// A scenario read from its files (kept until one of them changes).
    ///
    /// - Throws: ``ScenarioError`` with every problem of the scenario.
    func load(_ entry: ScenarioEntry) throws -> LoadedScenario {
        try loadStamped(entry).scenario
    }

    /// A scenario read from its files (as ``load(_:)``) and the stamp of that reading: a
    /// page made from it is current while the stamp is the same (each reading has its
    /// own).
    func loadStamped(_ entry: ScenarioEntry) throws -> (scenario: LoadedScenario, stamp: String) {
        let slot = slots.withLock { slots in
            if let slot = slots[entry.path] { return slot }
            let slot = Slot()
            slots[entry.path] = slot
            return slot
        }
        // Kept and current: answered without waiting for another reading.
        if let kept = slot.kept.withLock({ $0 }), Self.isCurrent(kept, in: slot) {
            return (try kept.found.get(), "reading \(kept.number)")
        }
        let kept = slot.kept.withLock { kept -> Kept in
            if let kept, Self.isCurrent(kept, in: nil) { return kept }
            let started = Date().timeIntervalSince1970
            let found = Result {
                try ScenarioLoader.load(path: entry.path, currentDirectory: displayFolder(entry))
            }
            // Stamped after the reading: a file changed within a second before it began
            // (or during it) may change again without moving its stamp, so its bytes are
            // compared with those read until it settles. Any other file's next write
            // moves its stamp.
            let watched = watched(entry, found, before: kept?.watched ?? [])
            var bytes: [String: Data] = [:]
            if case .success(let loaded) = found {
                let folder = URL(fileURLWithPath: (entry.path as NSString).deletingLastPathComponent, isDirectory: true)
                for input in loaded.inputFiles {
                    bytes[URL(fileURLWithPath: input.path, relativeTo: folder).standardizedFileURL.path] =
                        input.contents
                }
            }
            let number = readings.add(1, ordering: .relaxed).newValue
            let stamp = FileStamp.of(watched, changedAfter: started - 1)
            let made = Kept(
                found: found, watched: watched, stamp: stamp.text, bytes: bytes, racy: Set(stamp.unsettled),
                number: number)
            kept = made
            return made
        }
        return (try kept.found.get(), "reading \(kept.number)")
    }

    /// The stamp of a scenario kept and current (its files unchanged since it was read),
    /// or `nil` when it must be read (again): stamps its files, reads only those whose
    /// stamp does not yet stand for their bytes.
    func currentStamp(_ entry: ScenarioEntry) -> String? {
        guard let slot = slots.withLock({ $0[entry.path] }), let kept = slot.kept.withLock({ $0 }),
            Self.isCurrent(kept, in: slot)
        else { return nil }
        return "reading \(kept.number)"
    }

    /// Whether a kept reading's files are as read: the same stamps, and each file that
    /// changed within a second of the reading holding the bytes read.
    private static func isCurrent(_ kept: Kept, in slot: Slot?) -> Bool {
        FileStamp.of(kept.watched).text == kept.stamp && holdsBytesRead(kept, kept.racy, in: slot)
    }

    /// Whether those of `files` that changed within a second of the reading hold the
    /// bytes it read (a file it did not read, as after a failed reading, does not). A
    /// file found holding them after its second passed is trusted by its stamp from
    /// then on (a later write moves it); the slot's reading is told so.
    private static func holdsBytesRead(_ kept: Kept, _ files: Set<String>, in slot: Slot?) -> Bool {
        let racy = kept.racy.intersection(files)
        guard !racy.isEmpty else { return true }
        let unsettled = Set(FileStamp.of(Array(racy)).unsettled)
        for path in racy {
            guard let read = kept.bytes[path], FileManager.default.contents(atPath: path) == read else { return false }
        }
        let settled = racy.subtracting(unsettled)
        if let slot, !settled.isEmpty {
            slot.kept.withLock { current in
                if current?.number == kept.number { current?.racy.subtract(settled) }
            }
        }
        return true
    }

    /// What the scenarios page shows of the scenarios: each one's file and what it was
    /// found to be when last read, without reading any but a scenario file changed within
    /// a second of its reading (`nil`: such a file changed since; read again).
    func listingStamp(_ entries: [ScenarioEntry]) -> String? {
        var stamps: [String] = []
        for entry in entries {
            stamps.append(FileStamp.of(entry.path))
            guard let slot = slots.withLock({ $0[entry.path] }), let kept = slot.kept.withLock({ $0 }) else { continue }
            if !Self.holdsBytesRead(kept, [entry.path], in: slot) { return nil }
        }
        return stamps.joined(separator: "|") + "|read \(readings.load(ordering: .relaxed))"
    }

    /// The folder a scenario's messages show paths relative to: the project for a
    /// bundled one, the workbench's data folder for a made one.
    func displayFolder(_ entry: ScenarioEntry) -> String {
        entry.bundled
            ? (workbench.settings.modelsFolder as NSString).deletingLastPathComponent : workbench.settings.dataFolder
    }

    /// A scenario file and the folders its data may come from (a file added there).
    private static func folders(of path: String) -> [String] {
        let folder = (path as NSString).deletingLastPathComponent
        return [
            path, folder, (folder as NSString).appendingPathComponent("Data"),
            ((folder as NSString).deletingLastPathComponent as NSString).appendingPathComponent("Data"),
        ]
    }

    /// The files a reading depends on: the scenario file, its folders and each file it
    /// read; for a reading that failed, also each file a problem names and every file
    /// known before (a data file mended in place is seen).
    private func watched(_ entry: ScenarioEntry, _ found: Result<LoadedScenario, any Error>, before: [String])
        -> [String]
    {
        var files = Self.folders(of: entry.path)
        func add(_ path: String, relativeTo folder: String) {
            let file = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: folder, isDirectory: true))
                .standardizedFileURL.path
            if !files.contains(file) { files.append(file) }
        }
        switch found {
        case .success(let loaded):
            let folder = (entry.path as NSString).deletingLastPathComponent
            for input in loaded.inputFiles { add(input.path, relativeTo: folder) }
        case .failure(let error):
            for file in before { add(file, relativeTo: "/") }
            for issue in (error as? ScenarioError)?.issues ?? [] { add(issue.file, relativeTo: displayFolder(entry)) }
        }
        return files
    }
}
