import Foundation
import Yams

/// The scenarios bundled in the package's `Models` folder, and where to find them.
public enum BundledScenarios {
    /// The file name of the baseline scenario.
    public static let defaultScenarioFile = "xingning-2025.yaml"

    /// The `Models` folder: `./Models` when the current directory has one, else the one
    /// beside the running executable (the folder `make dist` makes), else the `Models`
    /// folder beside the `Package.swift` found by walking up from the executable's path.
    ///
    /// - Parameter currentDirectory: the folder to look in first.
    /// - Returns: the folder's absolute path, or `nil` when none is found.
    public static func modelsFolder(currentDirectory: String = FileManager.default.currentDirectoryPath) -> String? {
        let local = URL(fileURLWithPath: currentDirectory, isDirectory: true).appendingPathComponent("Models").path
        if isFolder(local) { return local }
        let folders = executableFolders()
        for start in folders {
            let beside = URL(fileURLWithPath: start, isDirectory: true).appendingPathComponent("Models").path
            if isFolder(beside) { return beside }
        }
        for start in folders {
            var folder = URL(fileURLWithPath: start, isDirectory: true).standardizedFileURL
            while folder.path != "/" && !folder.path.isEmpty {
                let manifest = folder.appendingPathComponent("Package.swift").path
                let models = folder.appendingPathComponent("Models").path
                if FileManager.default.fileExists(atPath: manifest), isFolder(models) { return models }
                folder.deleteLastPathComponent()
            }
        }
        return nil
    }

    /// The baseline scenario, `Models/xingning-2025.yaml`.
    ///
    /// - Returns: the file's absolute path.
    /// - Throws: ``ScenarioError`` when no `Models` folder holding it is found.
    public static func defaultScenarioPath() throws -> String {
        if let folder = modelsFolder() {
            let path = (folder as NSString).appendingPathComponent(defaultScenarioFile)
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        throw ScenarioError(issues: [
            ScenarioIssue(
                file: "Models/\(defaultScenarioFile)", message: "the bundled baseline scenario was not found",
                fix:
                    "run skillplan from the folder holding Models/, keep Models/ beside the program (as make dist does), or name a scenario file",
                zh: (
                    "找不到自带的基准情景",
                    "在存放 Models/ 的文件夹中运行 skillplan，把 Models/ 放在程序旁边（make dist 就是这样做的），或指定一个情景文件"
                )
            )
        ])
    }

    /// Every `*.yaml` file of the `Models` folder with its name and question, the
    /// baseline first, the others by file name.
    ///
    /// - Parameter folder: the folder to list; ``modelsFolder(currentDirectory:)`` when `nil`.
    /// - Returns: the scenarios; empty when the folder is not found.
    public static func list(in folder: String? = nil) -> [BundledScenario] {
        files(in: folder).map { path in
            describe(path: path, fallbackName: ((path as NSString).lastPathComponent as NSString).deletingPathExtension)
        }
    }

    /// The paths of the `*.yaml` files of the `Models` folder, in ``list(in:)``'s order,
    /// without reading them (a listing that runs on every workbench request).
    ///
    /// - Parameter folder: the folder to list; ``modelsFolder(currentDirectory:)`` when `nil`.
    /// - Returns: the files; empty when the folder is not found.
    public static func files(in folder: String? = nil) -> [String] {
        guard let folder = folder ?? modelsFolder(),
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder)
        else { return [] }
        let files = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted { lhs, rhs in
            if (lhs == defaultScenarioFile) != (rhs == defaultScenarioFile) { return lhs == defaultScenarioFile }
            return lhs < rhs
        }
        return files.map { (folder as NSString).appendingPathComponent($0) }
    }

    /// The name and question of one scenario file, read without its tables.
    private static func describe(path: String, fallbackName: String) -> BundledScenario {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            return BundledScenario(file: path, name: fallbackName, question: "")
        }
        let question = ScenarioReader.leadingComment(of: text)
        let root: Node? = (try? Yams.compose(yaml: text)) ?? nil
        let name = root?.mapping?["name"]?.scalar?.string ?? fallbackName
        return BundledScenario(file: path, name: name, question: question)
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Folders holding the running executable, most reliable first.
    private static func executableFolders() -> [String] {
        var paths: [String] = []
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            paths.append(resolved)
        }
        if let executable = Bundle.main.executablePath { paths.append(executable) }
        if let first = CommandLine.arguments.first {
            paths.append(
                URL(
                    fileURLWithPath: first,
                    relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
                ).standardizedFileURL.path)
        }
        return paths.map { ($0 as NSString).deletingLastPathComponent }
    }
}
