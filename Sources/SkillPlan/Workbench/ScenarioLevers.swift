/// The levers of a scenario: the settings and data values a planner changes to ask a
/// what-if (capacities, hiring limits, targets' required values, the rotation cycle,
/// the solver's time limit and gap), each with the value the scenario has.
///
/// Changed levers are written as a new scenario by ``ScenarioVariant``, whose loading
/// checks them with the same messages as `skillplan validate`.
public enum ScenarioLevers {
    /// The setting levers, in the order a form shows them.
    public static let settings = ["solver.time_limit", "solver.mip_gap", "rotation.cycle_years"]

    /// Every lever of a scenario, settings first, then schools, teacher groups and
    /// targets in the scenario's order.
    ///
    /// - Parameter scenario: the scenario, with its overrides applied.
    /// - Returns: the levers and the values the scenario has.
    public static func levers(of scenario: Scenario) -> [ScenarioLever] {
        var levers: [ScenarioLever] = [
            setting("solver.time_limit", text(scenario.solver.timeLimit)),
            setting("solver.mip_gap", text(scenario.solver.mipGap)),
            setting("rotation.cycle_years", scenario.rotationCycleYears.map(String.init) ?? ""),
        ]
        for school in scenario.schools {
            for (column, value) in [
                ("capacity", school.capacity), ("max_expand", school.maxExpand), ("expand_cost", school.expandCost),
            ] {
                levers.append(row(.school, school.id, column, school.nameZh, school.nameEn, text(value)))
            }
        }
        for group in scenario.groups {
            for (column, value) in [
                ("headcount", group.headcount), ("max_hire", group.maxHire), ("hire_cost", group.hireCost),
            ] {
                levers.append(row(.teacherGroup, group.id, column, group.nameZh, group.nameEn, text(value)))
            }
        }
        for target in scenario.targets {
            let required: (String, Double)? =
                if let value = target.value { ("value", value) } else if let share = target.share {
                    ("share", share)
                } else if let ratio = target.ratio { ("ratio", ratio) } else { nil }
            if let (column, value) = required {
                levers.append(row(.target, target.id, column, target.nameZh, target.nameEn, text(value)))
            }
        }
        return levers
    }

    /// A number as the data files write it: no trailing `.0`, no exponent for the
    /// values a scenario holds.
    public static func text(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var shown = String(value)
        if shown.contains("e") { shown = String(format: "%.10f", value) }
        while shown.contains("."), shown.hasSuffix("0") { shown.removeLast() }
        return shown
    }

    private static func setting(_ id: String, _ value: String) -> ScenarioLever {
        let column = String(id.split(separator: ".").last ?? "")
        return ScenarioLever(
            id: id, kind: .setting, row: nil, column: column, rowNameZh: "", rowNameEn: "", value: value)
    }

    private static func row(
        _ kind: ScenarioLever.Kind, _ id: String, _ column: String, _ zh: String, _ en: String, _ value: String
    ) -> ScenarioLever {
        ScenarioLever(
            id: "\(kind.overrideTable ?? "").\(id).\(column)", kind: kind, row: id, column: column,
            rowNameZh: zh, rowNameEn: en, value: value)
    }
}
