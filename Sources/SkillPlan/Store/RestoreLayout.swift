import Foundation

/// Where each stored input file goes in a restore folder.
///
/// Stored paths are relative to the scenario file's folder and may climb out of it
/// (`../Data/programmes.csv`). A restore keeps those relations: the scenario file goes
/// as many folders deep as the paths climb, in folders named as the originals were
/// (`Models/xingning-2025.yaml`, `Data/programmes.csv`), so the restored scenario reads
/// the restored data with its YAML unchanged.
struct RestoreLayout: Sendable, Hashable {
    /// The folders, from the restore folder down, that stand for the scenario's folder.
    let scenarioFolders: [String]

    /// The layout for a set of stored paths.
    ///
    /// - Parameters:
    ///   - paths: the stored paths.
    ///   - scenarioPath: the scenario file's absolute path when it was saved, whose
    ///     folders name the levels the paths climb; `scenario` stands in for a missing name.
    /// - Throws: ``PlanStoreError/unsafeInputPath(path:)``.
    init(paths: [String], scenarioPath: String?) throws {
        let climb = try paths.map { try Self.split($0).ups }.max() ?? 0
        var known: [String] = []
        if let scenarioPath {
            known = URL(fileURLWithPath: scenarioPath).deletingLastPathComponent().pathComponents.filter { $0 != "/" }
        }
        let names = Array(known.suffix(climb))
        let missing = climb - names.count
        scenarioFolders =
            (0..<missing).map { missing - $0 == 1 && names.isEmpty ? "scenario" : "scenario-\(missing - $0)" } + names
    }

    /// Where `path` goes, relative to the restore folder.
    ///
    /// - Parameter path: a stored path.
    /// - Returns: the relative destination.
    /// - Throws: ``PlanStoreError/unsafeInputPath(path:)``.
    func destination(of path: String) throws -> String {
        let (ups, names) = try Self.split(path)
        return (Array(scenarioFolders.dropLast(ups)) + names).joined(separator: "/")
    }

    /// A stored path as the number of leading `..` and the names after them.
    ///
    /// - Parameter path: a stored path.
    /// - Returns: the climb and the names.
    /// - Throws: ``PlanStoreError/unsafeInputPath(path:)`` for an absolute path, one
    ///   without a file name, or one with `..` after a name.
    static func split(_ path: String) throws -> (ups: Int, names: [String]) {
        guard !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else {
            throw PlanStoreError.unsafeInputPath(path: path)
        }
        let parts = path.split(separator: "/").map(String.init).filter { $0 != "." }
        let ups = parts.prefix { $0 == ".." }.count
        let names = Array(parts.dropFirst(ups))
        guard !names.isEmpty, !names.contains("..") else { throw PlanStoreError.unsafeInputPath(path: path) }
        return (ups, names)
    }
}
