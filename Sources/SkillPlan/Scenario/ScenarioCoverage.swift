/// Years of a scenario that its year-by-year data do not reach, for an element that has
/// data in other years: each is a warning (`skillplan validate` and `solve` print them),
/// since the model reads a missing row as "no bound" (applicants) or 0 (outside
/// contributions, leavers). A planning year with no applicants at all, while other years
/// have them, comes first: the plan admits nobody in it.
public enum ScenarioCoverage {
    /// The warnings, one line each, in table order.
    public static func warnings(in scenario: Scenario) -> [String] {
        let years = scenario.years
        var lines: [String] = []
        let anyApplicants = Set(scenario.applicants.map(\.year))
        let given = anyApplicants.intersection(years)
        let empty = years.filter { !given.contains($0) }
        if !given.isEmpty, !empty.isEmpty {
            lines.append("applicants.csv: no programme has applicants in \(yearsText(empty)) (the rows give \(yearsText(given.sorted()))): the plan admits nobody in those years; give a projection of them (marked as an assumption), or end years: in \(given.max() ?? scenario.lastYear)")
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
            lines.append("applicants.csv: \(key) has no applicants row in \(yearsText(missing)) (it has in \(yearsText(given.sorted()))): intake there has no demand bound and serve-demand asks nothing")
        }
        for target in scenario.targets {
            let planned = target.years.filter(years.contains)
            if target.kind == .annualTraining, !target.externalTraining.isEmpty {
                let missing = planned.filter { target.externalTraining[$0] == nil }
                if !missing.isEmpty {
                    lines.append("target_external.csv: \(target.id) gives no outside training in \(yearsText(missing)) (it does in \(yearsText(target.externalTraining.keys.sorted()))): counted as 0")
                }
            }
            if target.kind == .workforceHighSkillShare, let last = planned.max() {
                for (field, values) in [("high_skill_added", target.highSkillAdded), ("skilled_added", target.skilledAdded)] where !values.isEmpty {
                    let missing = years.filter { $0 <= last && values[$0] == nil }
                    if !missing.isEmpty {
                        lines.append("target_external.csv: \(target.id) gives no \(field) in \(yearsText(missing)) (it does in \(yearsText(values.keys.sorted()))): counted as 0")
                    }
                }
            }
        }
        if let lastLeaver = scenario.leavers.map(\.year).max(), lastLeaver < scenario.lastYear, lastLeaver >= scenario.baseYear + 1 {
            let missing = years.filter { $0 > lastLeaver }
            lines.append("teacher_leavers.csv: no teacher leaves in \(yearsText(missing)) (the rows end in \(lastLeaver)): counted as 0")
        }
        return lines
    }

    /// Years as `2026–2030` where consecutive, else separated by commas.
    static func yearsText(_ years: [Int]) -> String {
        var parts: [String] = []
        var start: Int?, previous: Int?
        for year in years.sorted() {
            if let p = previous, year == p + 1 { previous = year; continue }
            if let s = start, let p = previous { parts.append(s == p ? "\(s)" : "\(s)–\(p)") }
            start = year
            previous = year
        }
        if let s = start, let p = previous { parts.append(s == p ? "\(s)" : "\(s)–\(p)") }
        return parts.joined(separator: ", ")
    }
}
