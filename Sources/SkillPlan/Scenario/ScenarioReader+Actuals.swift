import Foundation

/// Reading the actuals file of a scenario with `actuals_until`.
extension ScenarioReader {
    /// The source-map key of the actuals file as shown in issues.
    static let actualsFileKey = "actuals-file"

    /// The figures that fix the years up to `actuals_until`, read from `actuals:` or the
    /// data folder's `actuals.csv`; `nil` without `actuals_until` (the file is then not
    /// read at all). Records every problem of the file.
    mutating func readActuals(for scenario: Scenario) -> ScenarioActuals? {
        guard let until = settings.actualsUntil else {
            if let (_, location) = settings.actualsFile {
                report(
                    location, field: "actuals", "is given without actuals_until",
                    fix: "add `actuals_until: YEAR` (the last year the figures fix), or remove actuals:",
                    zh: ("给出了 actuals，但没有 actuals_until", "添加 `actuals_until: 年份`（实际数所固定的最后一年），或删去 actuals:"))
            }
            return nil
        }
        let untilLocation = sourceMap.location(of: .setting, "actuals_until") ?? yamlLocation(nil)
        let path: String
        if let (given, _) = settings.actualsFile {
            path =
                URL(fileURLWithPath: given, relativeTo: URL(fileURLWithPath: scenarioFolder, isDirectory: true))
                .standardizedFileURL.path
        } else if let (folder, _) = settings.dataFolder {
            let data = URL(fileURLWithPath: folder, relativeTo: URL(fileURLWithPath: scenarioFolder, isDirectory: true))
            path = data.appendingPathComponent("actuals.csv").standardizedFileURL.path
        } else {
            return nil
        }
        let file = display(path)
        guard FileManager.default.fileExists(atPath: path), Self.pathProblem(path) == nil else {
            report(
                untilLocation, field: "actuals_until",
                "is \(until), but the actuals file \(file) does not exist or is not a file",
                fix:
                    "add the actuals file (docs/data-format.md, actuals.csv), name it with `actuals:`, or remove actuals_until",
                zh: (
                    "为 \(until)，但实际数文件 \(file) 不存在或不是文件",
                    "添加实际数文件（docs/data-format.md，actuals.csv），用 `actuals:` 指明它，或删去 actuals_until"
                ))
            return nil
        }
        guard let data = readInput(path) else {
            report(
                SourceLocation(file: file), "cannot be read", fix: "check that the file is readable",
                zh: ("无法读取", "检查该文件是否可读"))
            return nil
        }
        sourceMap.record(.setting, Self.actualsFileKey, at: SourceLocation(file: file))
        let (figures, problems) = ActualsTable.parse(data, file: file, scenario: scenario)
        issues += problems
        let applied = figures.filter { $0.year > scenario.baseYear && $0.year <= until }
        return ScenarioActuals(until: until, file: relativeToScenarioFolder(path), figures: applied)
    }
}
