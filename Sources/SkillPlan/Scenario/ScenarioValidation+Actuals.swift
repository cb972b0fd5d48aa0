/// Checks of `actuals_until` and of the actual figures it applies.
extension ScenarioValidation {
    /// `actuals_until` within the planning years, and no figure that contradicts a hard
    /// limit of the data.
    mutating func checkActuals() {
        guard let actuals = scenario.actuals else { return }
        let first = scenario.baseYear + 1
        guard actuals.until >= first, actuals.until <= scenario.lastYear else {
            report(
                .setting, "actuals_until", field: "actuals_until",
                "is \(actuals.until), outside the planning years \(first)–\(scenario.lastYear)",
                fix: "give a planning year from \(first) to \(scenario.lastYear): the last year the actual figures fix",
                zh: (
                    "为 \(actuals.until)，不在规划年份 \(first)–\(scenario.lastYear) 内",
                    "填写 \(first) 至 \(scenario.lastYear) 年中的规划年份：实际数所固定的最后一年"
                ))
            return
        }
        let file = sourceMap?.location(of: .setting, ScenarioReader.actualsFileKey)?.file ?? actuals.file
        issues += ActualsCheck.issues(actuals, file: file, in: scenario, sourceMap: sourceMap ?? ScenarioSourceMap())
    }
}
