import Foundation

/// Checks of the scenario file's own settings: its name, years, rotation cycle and
/// solver settings.
extension ScenarioValidation {
    mutating func checkSettings() {
        if scenario.name.trimmingCharacters(in: .whitespaces).isEmpty {
            report(
                .setting, "name", field: "name", "is empty", fix: "give the scenario a name, e.g. xingning-2025",
                zh: ("为空", "给情景起一个名称，如 xingning-2025"))
        }
        if !(scenario.baseYear < scenario.lastYear) {
            report(
                .setting, "years", field: "years",
                "end in \(scenario.lastYear), not after base_year \(scenario.baseYear)",
                fix:
                    "plan at least one year after base_year, e.g. years: \(scenario.baseYear + 1)-\(scenario.baseYear + 5)",
                zh: (
                    "截止于 \(scenario.lastYear)，不晚于 base_year \(scenario.baseYear)",
                    "至少规划 base_year 之后的一年，如 years: \(scenario.baseYear + 1)-\(scenario.baseYear + 5)"
                ))
        }
        if let cycle = scenario.rotationCycleYears {
            let count = scenario.years.count
            if cycle < 1 || cycle > count {
                report(
                    .setting, "rotation.cycle_years", field: "rotation.cycle_years",
                    "is \(cycle), must be 1–\(count) (the number of planning years)",
                    fix: "give the number of planning years within which every teacher is rotated, at most \(count)",
                    zh: ("为 \(cycle)，须为 1–\(count)（规划年数）", "填写每名教师都须轮训一次的规划年数，最多 \(count)"))
            }
        }
        if let problem = InputLimits.mipGapProblem(scenario.solver.mipGap),
            let problemZh = InputLimits.mipGapProblem(scenario.solver.mipGap, in: .zh)
        {
            report(
                .setting, "solver.mip_gap", field: "solver.mip_gap", problem,
                fix: "give the relative MIP gap, e.g. 0.005", zh: (problemZh, "填写 MIP 相对间隙，如 0.005"))
        }
        if let problem = InputLimits.timeLimitProblem(scenario.solver.timeLimit),
            let problemZh = InputLimits.timeLimitProblem(scenario.solver.timeLimit, in: .zh)
        {
            report(
                .setting, "solver.time_limit", field: "solver.time_limit", problem,
                fix: "give the time limit in seconds, e.g. 60", zh: (problemZh, "填写时间限制（秒），如 60"))
        }
    }
}
