/// Checks a scenario's values against each other and against the data contract, and
/// reports every problem at once.
///
/// What it checks: duplicate ids and rows; ids that point nowhere; a programme's or a
/// module's teacher group in another school; levels a programme does not enrol;
/// negative quantities and costs; shares, retention and rates outside their ranges;
/// years outside the horizon; targets whose scope selects nothing or that lack their
/// kind's fields; the scenario's own settings; and actual figures that contradict a hard
/// limit of the data (``ActualsCheck``).
public enum ScenarioValidator {
    /// Every semantic problem of `scenario`.
    ///
    /// - Parameters:
    ///   - scenario: the scenario to check.
    ///   - sourceMap: where its parts came from, so that each issue names a file and a
    ///     line; without one (a scenario built in code) issues name the file `scenario`.
    /// - Returns: the issues, sorted by file, then line; empty when the scenario is sound.
    /// - Complexity: O(n log n) in the number of rows.
    public static func issues(in scenario: Scenario, sourceMap: ScenarioSourceMap? = nil) -> [ScenarioIssue] {
        var validation = ScenarioValidation(scenario: scenario, sourceMap: sourceMap)
        validation.checkSettings()
        validation.checkSchools()
        validation.checkLevels()
        validation.checkGroups()
        validation.checkLeavers()
        validation.checkProgrammes()
        validation.checkInitialStudents()
        validation.checkApplicants()
        validation.checkCurricula()
        validation.checkTargets()
        validation.checkActuals()
        validation.checkCollegeStandard()
        return ScenarioIssue.sorted(validation.issues)
    }
}
