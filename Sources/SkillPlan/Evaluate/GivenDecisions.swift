import Foundation

/// Decisions a planner gives for a scenario (`skillplan evaluate --decisions`): read
/// from a plan file or from the CSV files `skillplan export --format csv` writes (Chinese
/// or English headers, names or ids), checked against the scenario, with the decisions
/// the scenario has that were not given.
public struct GivenDecisions: Sendable {
    /// The decisions given, by planning key.
    public var decisions: PlanDecisions
    /// Decisions of the scenario that were not given, as `kind element`, e.g.
    /// `hires xt-general, 2023`, in the scenario's order.
    public var missing: [String]
    /// The same decisions not given, in Chinese (`新聘 xt-general, 2023`).
    public var missingZh: [String] = []
    /// How many decisions were given.
    public var count: Int

    /// Reads a plan file (`.json`) or a folder of exported CSV files.
    ///
    /// - Parameters:
    ///   - path: the file or folder.
    ///   - scenario: the scenario the decisions are for.
    /// - Throws: ``DecisionErrors`` listing every cell, row or file that cannot be
    ///   read or names something the scenario does not have.
    public static func read(_ path: String, for scenario: Scenario) throws -> GivenDecisions {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw DecisionErrors(errors: [
                ScenarioIssue(
                    file: path, message: "no such file or folder",
                    fix: "give a plan file (.json) or the folder `skillplan export --format csv` wrote",
                    zh: ("没有这个文件或文件夹", "给出方案文件（.json）或 `skillplan export --format csv` 写出的文件夹"))
            ])
        }
        var reader = DecisionReader(scenario: scenario)
        if isFolder.boolValue {
            try reader.readCSVFolder(path)
        } else {
            try reader.readPlanFile(path)
        }
        return try reader.finish()
    }
}
