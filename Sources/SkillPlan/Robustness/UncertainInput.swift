/// An uncertain input of a scenario: the rows of `ranges.csv` with the same `input` id,
/// which move together between their low and high values (e.g. every teacher group's
/// hire cost, as one "unit costs" input).
public struct UncertainInput: Sendable, Hashable, Codable, Identifiable {
    /// The input's id, e.g. `outside-training`.
    public var id: String
    /// Chinese name.
    public var nameZh: String
    /// English name.
    public var nameEn: String
    /// The cells it sets.
    public var settings: [InputSetting]

    /// An input.
    public init(id: String, nameZh: String, nameEn: String, settings: [InputSetting]) {
        self.id = id
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.settings = settings
    }

    /// The name in a language (the id when the name is empty).
    public func name(_ language: Language) -> String {
        let name = language == .zh ? nameZh : nameEn
        return name.isEmpty ? id : name
    }

    /// Sets every cell of the input to its value at `bound`.
    ///
    /// - Parameters:
    ///   - bound: low or high.
    ///   - scenario: the scenario to change.
    /// - Throws: ``RobustnessError`` when a setting names an id the scenario does not have.
    public func apply(_ bound: InputBound, to scenario: inout Scenario) throws {
        for setting in settings { try Self.apply(setting, bound, to: &scenario) }
    }

    static func apply(_ s: InputSetting, _ bound: InputBound, to scenario: inout Scenario) throws {
        var matched = Set<String>()
        switch s.table {
        case "schools":
            try update(
                &scenario.schools, s, bound, &matched,
                [
                    "capacity": \.capacity, "max_expand": \.maxExpand, "expand_cost": \.expandCost,
                ])
        case "levels":
            try update(&scenario.levels, s, bound, &matched, ["retention": \.retention, "stay_share": \.stayShare])
        case "teacher_groups":
            try update(
                &scenario.groups, s, bound, &matched,
                [
                    "headcount": \.headcount, "max_hire": \.maxHire, "hire_cost": \.hireCost,
                    "students_per_fte": \.studentsPerFTE,
                    "training_per_fte": \.trainingPerFTE, "rotation_away": \.rotationAway,
                    "rotation_max_share": \.rotationMaxShare,
                ],
                optional: [
                    "hours_per_fte": \.hoursPerFTE, "high_training_per_fte": \.highTrainingPerFTE,
                    "qualified_base": \.qualifiedBase, "qualified_hire_share": \.qualifiedHireShare,
                    "qualify_cost": \.qualifyCost,
                ])
        case "programmes":
            try update(
                &scenario.programmes, s, bound, &matched,
                [
                    "min_fill": \.minFill, "class_cost": \.classCost, "training_capacity": \.trainingCapacity,
                    "training_cost": \.trainingCost,
                ],
                optional: ["high_training_capacity": \.highTrainingCapacity, "high_training_cost": \.highTrainingCost])
        case "targets":
            try update(
                &scenario.targets, s, bound, &matched, [:],
                optional: ["value": \.value, "share": \.share, "ratio": \.ratio])
        case "target_external":
            let yearly: [String: WritableKeyPath<Target, [Int: Double]>] = [
                "training": \.externalTraining, "high_skill_added": \.highSkillAdded, "skilled_added": \.skilledAdded,
            ]
            if let path = yearly[s.column] {
                for i in scenario.targets.indices
                where s.selects(scenario.targets[i].id) && !scenario.targets[i][keyPath: path].isEmpty {
                    for year in scenario.targets[i][keyPath: path].keys {
                        scenario.targets[i][keyPath: path][year] = s.value(
                            scenario.targets[i][keyPath: path][year] ?? 0, at: bound)
                    }
                    matched.insert(scenario.targets[i].id)
                }
            } else {
                try update(
                    &scenario.targets, s, bound, &matched, [:],
                    optional: ["high_skill_base": \.highSkillBase, "skilled_base": \.skilledBase])
            }
        case "applicants" where s.column == "applicants":
            let schoolOf = Dictionary(
                scenario.programmes.map { ($0.id, $0.school) }, uniquingKeysWith: { first, _ in first })
            for i in scenario.applicants.indices {
                let programme = scenario.applicants[i].programme
                let school = schoolOf[programme] ?? ""
                guard s.selects(programme) || s.selects(school) else { continue }
                scenario.applicants[i].applicants = s.value(scenario.applicants[i].applicants, at: bound)
                matched.insert(s.selects(programme) ? programme : school)
            }
        default:
            throw RobustnessError.unknownColumn(s)
        }
        if let missing = s.ids.first(where: { $0 != "*" && !matched.contains($0) }) {
            throw RobustnessError.unknownID(s, missing)
        }
    }

    /// Sets the column of the selected rows: a number column, or an optional one where
    /// it is given.
    private static func update<Row: Identifiable>(
        _ rows: inout [Row], _ s: InputSetting, _ bound: InputBound, _ matched: inout Set<String>,
        _ columns: [String: WritableKeyPath<Row, Double>], optional: [String: WritableKeyPath<Row, Double?>] = [:]
    ) throws where Row.ID == String {
        if let path = columns[s.column] {
            for i in rows.indices where s.selects(rows[i].id) {
                rows[i][keyPath: path] = s.value(rows[i][keyPath: path], at: bound)
                matched.insert(rows[i].id)
            }
        } else if let path = optional[s.column] {
            for i in rows.indices where s.selects(rows[i].id) {
                guard let old = rows[i][keyPath: path] else { continue }
                rows[i][keyPath: path] = s.value(old, at: bound)
                matched.insert(rows[i].id)
            }
        } else {
            throw RobustnessError.unknownColumn(s)
        }
    }
}
