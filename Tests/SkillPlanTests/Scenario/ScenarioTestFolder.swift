import Foundation

@testable import SkillPlan

/// A scratch copy of the package's `Data/` and `Models/` in a temporary folder, for
/// tests that break one file and read the issues back. Paths in issues are shown
/// relative to the folder (`Data/programmes.csv`, `Models/case.yaml`).
struct ScenarioTestFolder {
    /// The package root (the folder holding Package.swift).
    static let packageRoot: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                return folder
            }
            folder.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// The bundled `Models` folder.
    static var models: URL { packageRoot.appendingPathComponent("Models") }

    /// The temporary folder.
    let root: URL

    /// Copies `Data/` and `Models/` into a new temporary folder.
    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("skillplan-scenario-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["Data", "Models"] {
            try FileManager.default.copyItem(
                at: Self.packageRoot.appendingPathComponent(folder),
                to: root.appendingPathComponent(folder))
        }
    }

    /// Removes the folder.
    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// The text of a file under the folder.
    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// Writes a file under the folder.
    func write(_ path: String, _ text: String) throws {
        try Data(text.utf8).write(to: root.appendingPathComponent(path))
    }

    /// Replaces the first occurrence of `old` in a file (which must contain it).
    func replace(_ path: String, _ old: String, with new: String) throws {
        let text = try read(path)
        guard let range = text.range(of: old) else { throw TestFolderError.notFound(old, path) }
        try write(path, text.replacingCharacters(in: range, with: new))
    }

    /// Replaces the line numbered `line` (1-based) of a file.
    func replaceLine(_ path: String, _ line: Int, with transform: (String) -> String) throws {
        var lines = try read(path).components(separatedBy: "\n")
        lines[line - 1] = transform(lines[line - 1])
        try write(path, lines.joined(separator: "\n"))
    }

    /// Deletes a file under the folder.
    func delete(_ path: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(path))
    }

    /// Writes a scenario file `Models/case.yaml` (the baseline's settings plus `extra`)
    /// and returns the issues loading it reports, as text, one per element.
    func issues(extra: String = "", scenario: String = "Models/case.yaml") throws -> [String] {
        try write("Models/case.yaml", Self.baseline + extra)
        return try loadIssues(scenario)
    }

    /// The issues loading a scenario file of the folder reports, as text, one per
    /// element; none when it loads. Every issue must also be worded in Chinese, with no
    /// English word left (``ChineseWording``): each bad-input case checks that too.
    func loadIssues(_ scenario: String = "Models/case.yaml") throws -> [String] {
        do {
            _ = try ScenarioLoader.load(path: scenario, currentDirectory: root.path)
            return []
        } catch let error as ScenarioError {
            ChineseWording.expectChinese(error.issues, ids: ChineseWording.ids(under: root))
            return error.issues.map(\.description)
        }
    }

    /// The issues loading a scenario file of the folder reports, in Chinese, one per
    /// element; none when it loads.
    func loadIssuesZh(_ scenario: String = "Models/case.yaml") throws -> [String] {
        do {
            _ = try ScenarioLoader.load(path: scenario, currentDirectory: root.path)
            return []
        } catch let error as ScenarioError {
            return error.issues.map { $0.description(in: .zh) }
        }
    }

    /// Loads `Models/case.yaml` written from the baseline plus `extra`.
    func load(extra: String = "") throws -> LoadedScenario {
        try write("Models/case.yaml", Self.baseline + extra)
        return try ScenarioLoader.load(path: "Models/case.yaml", currentDirectory: root.path)
    }

    /// The baseline's settings.
    static let baseline = """
        # Test case.
        name: case
        data: ../Data
        base_year: 2020
        years: 2021-2025
        targets: all

        """

    enum TestFolderError: Error {
        case notFound(String, String)
    }
}
