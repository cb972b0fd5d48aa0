import Foundation

/// The state of one ``ScenarioLoader/load(path:)``: the files read, the issues found
/// and where each part came from. Its extensions read the YAML, the tables and the
/// overrides, then make the ``Scenario``.
struct ScenarioReader {
    /// The scenario file, absolute and standardized.
    let scenarioPath: String
    /// The folder holding it.
    let scenarioFolder: String
    /// The folder paths are shown relative to.
    let currentDirectory: String
    /// Every problem found so far.
    var issues: [ScenarioIssue] = []
    /// Where each part came from.
    var sourceMap = ScenarioSourceMap()
    /// The files read, in order.
    var inputFiles: [ScenarioInputFile] = []
    /// What the scenario file says.
    var settings = ScenarioFileSettings()

    /// Prepares to read the scenario at `path` (absolute, or relative to `currentDirectory`).
    init(path: String, currentDirectory: String = FileManager.default.currentDirectoryPath) {
        let base = URL(fileURLWithPath: currentDirectory, isDirectory: true)
        let url = URL(fileURLWithPath: path, relativeTo: base).standardizedFileURL
        self.scenarioPath = url.path
        self.scenarioFolder = url.deletingLastPathComponent().path
        self.currentDirectory = base.standardizedFileURL.path
    }

    /// The scenario file as shown in issues.
    var scenarioDisplay: String { display(scenarioPath) }

    /// `absolutePath` relative to the current directory when it lies inside it.
    func display(_ absolutePath: String) -> String {
        let prefix = currentDirectory.hasSuffix("/") ? currentDirectory : currentDirectory + "/"
        return absolutePath.hasPrefix(prefix) ? String(absolutePath.dropFirst(prefix.count)) : absolutePath
    }

    /// `absolutePath` relative to the scenario file's folder (with `..` where needed).
    func relativeToScenarioFolder(_ absolutePath: String) -> String {
        let from = scenarioFolder.split(separator: "/")
        let to = absolutePath.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count, from[common] == to[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        return (ups + to[common...].map(String.init)).joined(separator: "/")
    }

    /// A location in the scenario file.
    func yamlLocation(_ line: Int?) -> SourceLocation {
        SourceLocation(file: scenarioDisplay, line: line)
    }

    /// Reads a file's bytes and keeps them as an input file; `nil` if unreadable.
    mutating func readInput(_ absolutePath: String) -> Data? {
        guard let data = FileManager.default.contents(atPath: absolutePath) else { return nil }
        inputFiles.append(ScenarioInputFile(path: relativeToScenarioFolder(absolutePath), contents: data))
        return data
    }

    /// Records a problem.
    mutating func report(
        _ location: SourceLocation, field: String? = nil, _ message: String, fix: String,
        zh: (message: String, fix: String)
    ) {
        issues.append(
            ScenarioIssue(file: location.file, line: location.line, field: field, message: message, fix: fix, zh: zh))
    }

    /// Reads everything, then makes the scenario; throws every problem found.
    mutating func load() throws -> LoadedScenario {
        if let problem = Self.pathProblem(scenarioPath) {
            reportScenarioPath(problem)
            throw ScenarioError(issues: issues)
        }
        guard let data = readInput(scenarioPath) else {
            reportScenarioPath(.unreachable("it could not be read"))
            throw ScenarioError(issues: issues)
        }
        guard readSettings(from: data) else { throw ScenarioError(issues: issues) }
        var tables = readTables()
        applyOverrides(to: &tables)
        let scenario = makeScenario(from: tables)
        guard issues.isEmpty else { throw ScenarioError(issues: Self.unique(issues)) }
        let problems = ScenarioValidator.issues(in: scenario, sourceMap: sourceMap)
        guard problems.isEmpty else { throw ScenarioError(issues: problems) }
        return LoadedScenario(scenario: scenario, sourceMap: sourceMap, inputFiles: inputFiles)
    }

    /// `issues` without repeats, first occurrence kept.
    static func unique(_ issues: [ScenarioIssue]) -> [ScenarioIssue] {
        var seen = Set<ScenarioIssue>()
        return issues.filter { seen.insert($0).inserted }
    }
}
