import Foundation

/// Checks of the scenario file's own settings: its name, years, rotation cycle and
/// solver settings.
extension ScenarioValidation {
    mutating func checkSettings() {
        if scenario.name.trimmingCharacters(in: .whitespaces).isEmpty {
            report(.setting, "name", field: "name", "is empty", fix: "give the scenario a name, e.g. xingning-2025")
        }
        if !(scenario.baseYear < scenario.lastYear) {
            report(
                .setting, "years", field: "years",
                "end in \(scenario.lastYear), not after base_year \(scenario.baseYear)",
                fix:
                    "plan at least one year after base_year, e.g. years: \(scenario.baseYear + 1)-\(scenario.baseYear + 5)"
            )
        }
        if let cycle = scenario.rotationCycleYears {
            let count = scenario.years.count
            if cycle < 1 || cycle > count {
                report(
                    .setting, "rotation.cycle_years", field: "rotation.cycle_years",
                    "is \(cycle), must be 1–\(count) (the number of planning years)",
                    fix: "give the number of planning years within which every teacher is rotated, at most \(count)")
            }
        }
        if let problem = InputLimits.mipGapProblem(scenario.solver.mipGap) {
            report(
                .setting, "solver.mip_gap", field: "solver.mip_gap", problem,
                fix: "give the relative MIP gap, e.g. 0.005")
        }
        if let problem = InputLimits.timeLimitProblem(scenario.solver.timeLimit) {
            report(
                .setting, "solver.time_limit", field: "solver.time_limit", problem,
                fix: "give the time limit in seconds, e.g. 60")
        }
    }
}
