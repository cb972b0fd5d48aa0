/// Years of a scenario that its year-by-year data do not reach, for an element that has
/// data in other years: each is a warning (`skillplan validate` and `solve` print them,
/// and the plan keeps them), since the model reads a missing row as "no bound"
/// (applicants) or 0 (outside contributions, leavers). A planning year with no applicants
/// at all, while other years have them, comes first: the plan admits nobody in it.
public enum ScenarioCoverage {
    /// The warnings, one line each in English, in table order.
    public static func warnings(in scenario: Scenario) -> [String] {
        coverageWarnings(in: scenario).map { $0.line(.en) }
    }

    /// The warnings in both languages, in table order.
    ///
    /// - Parameter scenario: the scenario.
    /// - Returns: one warning per element and table whose data stop short.
    public static func coverageWarnings(in scenario: Scenario) -> [CoverageWarning] {
        let years = scenario.years
        var found: [CoverageWarning] = []
        let anyApplicants = Set(scenario.applicants.map(\.year))
        let given = anyApplicants.intersection(years)
        let empty = years.filter { !given.contains($0) }
        if !given.isEmpty, !empty.isEmpty {
            let end = given.max() ?? scenario.lastYear
            found.append(
                CoverageWarning(
                    table: "applicants.csv",
                    en:
                        "no programme has applicants in \(yearsText(empty)) (the rows give \(yearsText(given.sorted()))): the plan admits nobody in those years; give a projection of them (marked as an assumption), or end years: in \(end)",
                    zh:
                        "\(yearsText(empty)) 年没有任何专业的报名数（数据只有 \(yearsText(given.sorted())) 年）：方案在这些年不招生；请补上报名预测（标为假设），或把 years: 截止到 \(end) 年"
                ))
        }
        var byLevel: [String: Set<Int>] = [:]
        var order: [String] = []
        for row in scenario.applicants where years.contains(row.year) {
            let key = "\(row.programme) \(row.level)"
            if byLevel[key] == nil { order.append(key) }
            byLevel[key, default: []].insert(row.year)
        }
        for key in order {
            let given = byLevel[key] ?? []
            let missing = years.filter { !given.contains($0) && anyApplicants.contains($0) }
            guard !missing.isEmpty else { continue }
            found.append(
                CoverageWarning(
                    table: "applicants.csv",
                    en:
                        "\(key) has no applicants row in \(yearsText(missing)) (it has in \(yearsText(given.sorted()))): intake there has no demand bound and serve-demand asks nothing",
                    zh:
                        "\(key) 在 \(yearsText(missing)) 年没有报名数（\(yearsText(given.sorted())) 年有）：这些年招生没有报名上限，serve-demand 也不作要求"
                ))
        }
        for target in scenario.targets {
            let planned = target.years.filter(years.contains)
            if target.kind == .annualTraining, !target.externalTraining.isEmpty {
                let missing = planned.filter { target.externalTraining[$0] == nil }
                if !missing.isEmpty {
                    let known = yearsText(target.externalTraining.keys.sorted())
                    found.append(
                        CoverageWarning(
                            table: "target_external.csv",
                            en:
                                "\(target.id) gives no outside training in \(yearsText(missing)) (it does in \(known)): counted as 0",
                            zh: "\(target.id) 在 \(yearsText(missing)) 年没有外部培训数（\(known) 年有）：按 0 计"))
                }
            }
            if target.kind == .workforceHighSkillShare, let last = planned.max() {
                for (field, values) in [
                    ("high_skill_added", target.highSkillAdded), ("skilled_added", target.skilledAdded),
                ] where !values.isEmpty {
                    let missing = years.filter { $0 <= last && values[$0] == nil }
                    if !missing.isEmpty {
                        let known = yearsText(values.keys.sorted())
                        found.append(
                            CoverageWarning(
                                table: "target_external.csv",
                                en:
                                    "\(target.id) gives no \(field) in \(yearsText(missing)) (it does in \(known)): counted as 0",
                                zh: "\(target.id) 在 \(yearsText(missing)) 年没有 \(field)（\(known) 年有）：按 0 计"))
                    }
                }
            }
        }
        if let lastLeaver = scenario.leavers.map(\.year).max(), lastLeaver < scenario.lastYear,
            lastLeaver >= scenario.baseYear + 1
        {
            let missing = years.filter { $0 > lastLeaver }
            found.append(
                CoverageWarning(
                    table: "teacher_leavers.csv",
                    en: "no teacher leaves in \(yearsText(missing)) (the rows end in \(lastLeaver)): counted as 0",
                    zh: "\(yearsText(missing)) 年没有教师离职数（数据止于 \(lastLeaver) 年）：按 0 计"))
        }
        return found
    }

    /// Years as `2026–2030` where consecutive, else separated by commas.
    static func yearsText(_ years: [Int]) -> String {
        var parts: [String] = []
        var start: Int?, previous: Int?
        for year in years.sorted() {
            if let p = previous, year == p + 1 {
                previous = year
                continue
            }
            if let s = start, let p = previous { parts.append(s == p ? "\(s)" : "\(s)–\(p)") }
            start = year
            previous = year
        }
        if let s = start, let p = previous { parts.append(s == p ? "\(s)" : "\(s)–\(p)") }
        return parts.joined(separator: ", ")
    }
}
