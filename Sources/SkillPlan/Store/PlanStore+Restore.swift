import Foundation

extension PlanStore {
    /// Writes back the exact scenario file and data files a version was solved from.
    ///
    /// The files keep their relative places (see the layout below), so the restored
    /// scenario loads as it did and has the same input hash. A new or empty folder is
    /// filled atomically: the files are written to a temporary folder beside it, which
    /// is then renamed into place, so an interrupted restore leaves no half-written
    /// folder. With `overwrite`, a non-empty folder gets each file replaced atomically
    /// and keeps its other files.
    ///
    /// Layout: a scenario whose data lies in `../Data` is restored as
    /// `FOLDER/Models/name.yaml` and `FOLDER/Data/*.csv` (the folder names of the saved
    /// scenario path; `scenario` when unknown).
    ///
    /// - Parameters:
    ///   - version: the version.
    ///   - folder: the folder to write into.
    ///   - overwrite: whether a folder that already holds files may be written into.
    /// - Returns: the scenario file's path and the files written.
    /// - Throws: ``PlanStoreError/restoreFolderNotEmpty(folder:)``,
    ///   ``PlanStoreError/restoreFailed(folder:reason:)``, or a store error.
    @discardableResult
    public func restore(_ version: PlanVersionSummary, to folder: String, overwrite: Bool = false) throws
        -> RestoredScenario
    {
        let files = try inputFiles(of: version)
        let layout = try RestoreLayout(paths: files.map(\.path), scenarioPath: version.scenarioPath)
        let destinations = try files.map { try layout.destination(of: $0.path) }
        guard Set(destinations).count == destinations.count else {
            throw PlanStoreError.restoreFailed(folder: folder, reason: "two stored files would land on the same path")
        }
        let manager = FileManager.default
        let target = URL(fileURLWithPath: folder).standardizedFileURL
        var isFolder: ObjCBool = false
        let exists = manager.fileExists(atPath: target.path, isDirectory: &isFolder)
        if exists && !isFolder.boolValue {
            throw PlanStoreError.restoreFailed(folder: folder, reason: "a file has that name")
        }
        let isEmpty = !exists || ((try? manager.contentsOfDirectory(atPath: target.path))?.isEmpty ?? false)
        if !isEmpty {
            guard overwrite else { throw PlanStoreError.restoreFolderNotEmpty(folder: folder) }
            do {
                for (file, destination) in zip(files, destinations) {
                    try AtomicFile.write(file.contents, to: target.appendingPathComponent(destination).path)
                }
            } catch {
                throw PlanStoreError.restoreFailed(folder: folder, reason: "\(error)")
            }
        } else {
            try Self.writeAtomically(files, to: destinations, in: target, shownAs: folder)
        }
        return RestoredScenario(
            folder: folder,
            scenarioFile: URL(fileURLWithPath: folder).appendingPathComponent(destinations[0]).relativePath,
            files: destinations)
    }

    /// Writes the files into a temporary sibling of `target`, then renames it to `target`.
    private static func writeAtomically(
        _ files: [ScenarioInputFile], to destinations: [String], in target: URL, shownAs folder: String
    ) throws {
        let manager = FileManager.default
        let parent = target.deletingLastPathComponent()
        let temporary = parent.appendingPathComponent(".\(target.lastPathComponent).restore-\(UUID().uuidString)")
        do {
            try manager.createDirectory(at: temporary, withIntermediateDirectories: true)
            for (file, destination) in zip(files, destinations) {
                let url = temporary.appendingPathComponent(destination)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.contents.write(to: url)
            }
            if manager.fileExists(atPath: target.path), rmdir(target.path) != 0 {
                throw PlanStoreError.restoreFailed(
                    folder: folder, reason: "cannot replace the empty folder: \(String(cString: strerror(errno)))")
            }
            if rename(temporary.path, target.path) != 0 {
                throw PlanStoreError.restoreFailed(
                    folder: folder, reason: "cannot move the files into place: \(String(cString: strerror(errno)))")
            }
        } catch {
            try? manager.removeItem(at: temporary)
            if let error = error as? PlanStoreError { throw error }
            throw PlanStoreError.restoreFailed(folder: folder, reason: error.localizedDescription)
        }
    }
}
