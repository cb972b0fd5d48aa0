/// Loading a scenario with extra overrides, for the points of a sweep: the scenario file
/// and its tables are read once, and each point applies its values the way the
/// scenario file's `overrides:` do.
extension ScenarioReader {
    /// Reads the scenario file and its tables, without applying anything.
    /// - Throws: ``ScenarioError`` with every problem of reading.
    mutating func readForSweep() throws -> [ScenarioEntityKind: [TableRow]] {
        if let problem = Self.pathProblem(scenarioPath) {
            reportScenarioPath(problem)
            throw ScenarioError(issues: issues)
        }
        guard let data = readInput(scenarioPath), readSettings(from: data) else {
            if issues.isEmpty { reportScenarioPath(.unreachable("it could not be read")) }
            throw ScenarioError(issues: issues)
        }
        let tables = readTables()
        guard issues.isEmpty else { throw ScenarioError(issues: Self.unique(issues)) }
        return tables
    }

    /// The scenario with the file's overrides and then `extra` applied, and its issues
    /// (reading and validation).
    func scenario(tables: [ScenarioEntityKind: [TableRow]], extra: [ScenarioOverride]) -> (Scenario, [ScenarioIssue]) {
        var reader = self
        reader.settings.overrides += extra
        var rows = tables
        reader.applyOverrides(to: &rows)
        let scenario = reader.makeScenario(from: rows)
        guard reader.issues.isEmpty else { return (scenario, Self.unique(reader.issues)) }
        return (scenario, ScenarioValidator.issues(in: scenario, sourceMap: reader.sourceMap))
    }
}
