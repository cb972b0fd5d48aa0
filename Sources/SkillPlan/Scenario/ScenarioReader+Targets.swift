/// Turning `targets.csv`, `extra_targets` and `target_external.csv` into the
/// scenario's targets, keeping those the scenario file selects.
extension ScenarioReader {
    /// The `target_external.csv` fields and the target kind each belongs to.
    private static let externalFields: [String: TargetKind] = [
        "training": .annualTraining,
        "high_skill_base": .workforceHighSkillShare,
        "skilled_base": .workforceHighSkillShare,
        "high_skill_added": .workforceHighSkillShare,
        "skilled_added": .workforceHighSkillShare,
    ]

    mutating func decodeTargets(_ rows: [TableRow], external: [TableRow]) -> [Target] {
        var all: [(target: Target, location: SourceLocation)] = []
        for row in rows {
            if let target = decodeTarget(row) { all.append((target, row.location)) }
        }
        var selected = all
        if let selection = settings.targetSelection {
            let known = Set(all.map(\.target.id))
            for (id, location) in selection where !known.contains(id) {
                report(
                    location, field: "targets", "lists \"\(id)\", which is not a target id",
                    fix: "use an id from targets.csv or extra_targets, or write targets: all",
                    zh: ("列出了“\(id)”，它不是目标编号", "使用 targets.csv 或 extra_targets 中的编号，或写 targets: all"))
            }
            let wanted = Set(selection.map(\.id))
            let extraLines = Set(settings.extraTargets.map(\.location))
            selected = all.filter { wanted.contains($0.target.id) || extraLines.contains($0.location) }
        }
        var targets = selected.map(\.target)
        attachExternal(external, to: &targets, known: Set(all.map(\.target.id)))
        for (target, location) in selected {
            sourceMap.record(.target, target.id, at: location)
        }
        return targets
    }

    private mutating func decodeTarget(_ row: TableRow) -> Target? {
        var d = RowDecoder(row: row)
        let id = d.requiredText(
            "id", meaning: ("the target's id, e.g. workplan-annual-training", "目标编号，如 workplan-annual-training"))
        var kind: TargetKind?
        if let text = d.requiredText("kind", meaning: ("the target's kind", "目标类型")) {
            kind = TargetKind(rawValue: text)
            if kind == nil {
                d.report(
                    "kind", "is \"\(text)\", not a kind of target",
                    fix: "use one of: \(TargetKind.allCases.map(\.rawValue).joined(separator: ", "))",
                    zh: (
                        "为“\(text)”，不是目标类型", "使用以下之一：\(TargetKind.allCases.map(\.rawValue).joined(separator: "、"))"
                    ))
            }
        }
        let years = d.years("years")
        let value = d.optionalNumber("value", meaning: ("the required value", "要求的数值"))
        let share = d.optionalNumber("share", meaning: ("the required share, from 0 to 1", "要求的比例（0 到 1）"))
        let ratio = d.optionalNumber("ratio", meaning: ("the students per teacher", "每名教师对应的学生数"))
        let countsIntake = d.bool("counts_intake", default: false)
        let weight = d.number("weight", meaning: ("the penalty per unit of shortfall", "每单位缺口的罚分"))
        var level: TrainingLevel?
        let levelText = d.text("level")
        if !levelText.isEmpty {
            level = TrainingLevel(rawValue: levelText)
            if level == nil {
                d.report(
                    "level", "is \"\(levelText)\", not a training level",
                    fix: "write high to count high-level courses only (高级工/技师/高级技师), or leave it empty for all",
                    zh: ("为“\(levelText)”，不是培训级别", "填写 high 表示只计高级别培训（高级工/技师/高级技师），留空表示全部"))
            }
        }
        guard finish(d), let id, let kind, let years, let value, let share, let ratio, let countsIntake, let weight
        else {
            return nil
        }
        let school = d.text("school")
        return Target(
            id: id, kind: kind, nameZh: d.text("name_zh"), nameEn: d.text("name_en"),
            school: school.isEmpty ? nil : school, tags: d.list("tags"), years: years, value: value,
            share: share, ratio: ratio, countsIntake: countsIntake, weight: weight,
            highScope: d.list("high_scope"), newScope: d.list("new_scope"), trainingLevel: level,
            source: d.text("source"))
    }

    private mutating func attachExternal(_ rows: [TableRow], to targets: inout [Target], known: Set<String>) {
        var seen: [String: SourceLocation] = [:]
        for row in rows {
            var d = RowDecoder(row: row)
            let id = d.requiredText("target", meaning: ("the id of the target the row adds to", "这一行所补充的目标的编号"))
            let year = d.integer("year", meaning: ("the year", "年份"))
            let field = d.requiredText(
                "field",
                meaning: (
                    "what the row gives: training, high_skill_base, skilled_base, high_skill_added or skilled_added",
                    "这一行给出的内容：training、high_skill_base、skilled_base、high_skill_added 或 skilled_added"
                ))
            let value = d.number("value", meaning: ("the value", "数值"))
            if let id, !known.contains(id) {
                d.report(
                    "target", "is \"\(id)\", not a target id", fix: "use an id from targets.csv or extra_targets",
                    zh: ("为“\(id)”，不是目标编号", "使用 targets.csv 或 extra_targets 中的编号"))
            }
            var fieldKind: TargetKind?
            if let field {
                fieldKind = Self.externalFields[field]
                if fieldKind == nil {
                    d.report(
                        "field", "is \"\(field)\", not a field of target_external.csv",
                        fix: "use one of: training, high_skill_base, skilled_base, high_skill_added, skilled_added",
                        zh: (
                            "为“\(field)”，不是 target_external.csv 的字段",
                            "使用以下之一：training、high_skill_base、skilled_base、high_skill_added、skilled_added"
                        ))
                }
            }
            guard finish(d), let id, let year, let field, let value, let fieldKind,
                let index = targets.firstIndex(where: { $0.id == id })
            else { continue }
            let key = ScenarioSourceMap.key([id, field, String(year)])
            if let first = seen[key] {
                report(
                    row.location, field: "field", "\(field) of \(id) for \(year) is given twice (first at \(first))",
                    fix: "keep one row per target, field and year",
                    zh: ("\(id) 的 \(field) 在 \(year) 年给出了两次（第一次在 \(first)）", "每个目标、字段和年份只保留一行"))
                continue
            }
            seen[key] = row.location
            guard targets[index].kind == fieldKind else {
                report(
                    row.location(of: "field"), field: "field",
                    "is \"\(field)\", which a \(targets[index].kind.rawValue) target does not take (\(id))",
                    fix: "give \(field) for a \(fieldKind.rawValue) target",
                    zh: (
                        "为“\(field)”，\(targets[index].kind.rawValue) 类目标不使用此字段（\(id)）",
                        "为 \(fieldKind.rawValue) 类目标填写 \(field)"
                    ))
                continue
            }
            let isBase = field.hasSuffix("_base")
            // base_year disagreeing with years is reported at base_year; rows that agree
            // with the years are its consequences, not errors of their own.
            if isBase, let base = settings.baseYear, let first = settings.firstYear, first != base + 1,
                year == first - 1
            {
                continue
            }
            if isBase, let base = settings.baseYear, year != base {
                report(
                    row.location(of: "year"), field: "year",
                    "is \(year), but \(field) is the base year's value (\(base))",
                    fix: "give \(field) for base_year \(base)",
                    zh: ("为 \(year)，但 \(field) 是基准年（\(base)）的数值", "填写 base_year \(base) 的 \(field)"))
                continue
            }
            sourceMap.record(.targetExternal, key, at: row.location)
            switch field {
            case "training": targets[index].externalTraining[year] = value
            case "high_skill_base": targets[index].highSkillBase = value
            case "skilled_base": targets[index].skilledBase = value
            case "high_skill_added": targets[index].highSkillAdded[year] = value
            default: targets[index].skilledAdded[year] = value
            }
        }
    }
}
