import Foundation

/// Checks of the scenario file's own settings: its name, years, rotation cycle and
/// solver settings.
extension ScenarioValidation {
    mutating func checkSettings() {
        if scenario.name.trimmingCharacters(in: .whitespaces).isEmpty {
            report(.setting, "name", field: "name", "is empty", fix: "give the scenario a name, e.g. xingning-2025")
        }
        if !(scenario.baseYear < scenario.lastYear) {
            report(.setting, "years", field: "years",
                   "end in \(scenario.lastYear), not after base_year \(scenario.baseYear)",
                   fix: "plan at least one year after base_year, e.g. years: \(scenario.baseYear + 1)-\(scenario.baseYear + 5)")
        }
        if let cycle = scenario.rotationCycleYears {
            let count = scenario.years.count
            if cycle < 1 || cycle > count {
                report(.setting, "rotation.cycle_years", field: "rotation.cycle_years",
                       "is \(cycle), must be 1–\(count) (the number of planning years)",
                       fix: "give the number of planning years within which every teacher is rotated, at most \(count)")
            }
        }
        if !(scenario.solver.mipGap >= 0) {
            report(.setting, "solver.mip_gap", field: "solver.mip_gap",
                   "is \(Self.format(scenario.solver.mipGap)), must be ≥ 0", fix: "give the relative MIP gap, e.g. 0.005")
        }
        if !(scenario.solver.timeLimit > 0) {
            report(.setting, "solver.time_limit", field: "solver.time_limit",
                   "is \(Self.format(scenario.solver.timeLimit)), must be > 0", fix: "give the time limit in seconds, e.g. 60")
        }
    }
}
