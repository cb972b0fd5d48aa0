import Foundation

/// Reads a scenario: its YAML file, the CSV tables of its data folder and its
/// overrides, then checks the result with ``ScenarioValidator``.
public enum ScenarioLoader {
    /// Loads the scenario file at `path`.
    ///
    /// Reads the YAML (`data:` is resolved against the YAML file's folder) and every
    /// table of docs/data-format.md (`teacher_leavers`, `initial_students`,
    /// `applicants`, `curricula` and `target_external` may be missing, the others are
    /// required), applies `overrides:`, keeps the targets that `targets:` selects and
    /// adds `extra_targets`. It keeps going after a problem, so that one run reports
    /// them all.
    ///
    /// - Parameter path: the scenario file, absolute or relative to the current directory.
    /// - Returns: the scenario, where each part came from, the files read and the
    ///   hash of the resolved inputs.
    /// - Throws: ``ScenarioError`` with every problem found, sorted by file and line:
    ///   first the problems of reading (missing files, malformed CSV or YAML, values
    ///   that are not numbers, unknown columns…); if there are none, every problem
    ///   ``ScenarioValidator`` finds in the values.
    public static func load(path: String) throws -> LoadedScenario {
        var reader = ScenarioReader(path: path)
        return try reader.load()
    }

    /// Loads the scenario file at `path`, showing file names relative to `currentDirectory`.
    ///
    /// - Parameters:
    ///   - path: the scenario file, absolute or relative to `currentDirectory`.
    ///   - currentDirectory: the folder paths are resolved against and shown relative to.
    /// - Returns: the loaded scenario.
    /// - Throws: ``ScenarioError`` with every problem found.
    public static func load(path: String, currentDirectory: String) throws -> LoadedScenario {
        var reader = ScenarioReader(path: path, currentDirectory: currentDirectory)
        return try reader.load()
    }
}
