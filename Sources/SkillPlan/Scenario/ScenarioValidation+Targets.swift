import Foundation

/// Checks of targets: ids, scope, years, the fields their kind needs, weights and the
/// contributions from outside the model.
extension ScenarioValidation {
    mutating func checkTargets() {
        let seen = occurrences(
            of: scenario.targets, kind: .target, field: "id", key: \.id,
            describe: { ("\"\($0)\" is the id of another target too", "“\($0)”也是另一个目标的编号") },
            fix: ("give each target its own id, or delete one of them", "每个目标用自己的编号，或删去其中一个"))
        for (target, n) in zip(scenario.targets, seen) {
            if target.years.isEmpty {
                report(
                    .target, target.id, occurrence: n, field: "years", "is empty",
                    fix: "give the years the target applies to, e.g. 2025 or 2021-2025",
                    zh: ("为空", "填写目标适用的年份，如 2025 或 2021-2025"))
            }
            let outside = target.years.filter { !isPlanningYear($0) }
            if !outside.isEmpty {
                report(
                    .target, target.id, occurrence: n, field: "years",
                    "has \(Self.format(years: outside)), outside the planning years \(horizon)",
                    fix: "give years from \(horizonInWords), or change years: in the scenario file",
                    zh: (
                        "含 \(Self.format(years: outside))，不在规划年份 \(horizonZh) 内",
                        "填写\(horizonInWordsZh)中的年份，或修改情景文件中的 years:"
                    ))
            }
            checkPositive(
                target.weight, .target, target.id, occurrence: n, field: "weight",
                fix: (
                    "give the penalty per unit of shortfall, far above every unit cost (e.g. 1000000)",
                    "填写每单位缺口的罚分，远高于各项单位费用（如 1000000）"
                ))
            checkScope(of: target, occurrence: n)
            checkKindFields(of: target, occurrence: n)
            checkExternalYears(of: target)
            checkSource(target.source, .target, target.id, occurrence: n)
        }
    }

    /// The programmes a target's school and tags select.
    func scope(school: String?, tags: [String]) -> [Programme] {
        scenario.programmes.filter { programme in
            (school == nil || programme.school == school)
                && (tags.isEmpty || programme.tags.contains(where: tags.contains))
        }
    }

    private mutating func checkScope(of target: Target, occurrence n: Int) {
        if let school = target.school, schools[school] == nil {
            report(
                .target, target.id, occurrence: n, field: "school", "is \"\(school)\", not a school id",
                fix: "use an id from schools.csv, or leave it empty for every school",
                zh: ("为“\(school)”，不是学校编号", "使用 schools.csv 中的编号，或留空表示全部学校"))
            return
        }
        if scope(school: target.school, tags: target.tags).isEmpty {
            if target.tags.isEmpty {
                let what = target.school.map { "school \($0) has no programmes" } ?? "there are no programmes"
                let whatZh = target.school.map { "学校 \($0) 没有专业" } ?? "没有任何专业"
                report(
                    .target, target.id, occurrence: n, field: "school", "selects nothing: \(what)",
                    fix: "scope the target to a school with programmes, or add its programmes to programmes.csv",
                    zh: ("选不到任何专业：\(whatZh)", "把目标限定在有专业的学校，或在 programmes.csv 中添加该校的专业"))
            } else {
                let within = target.school.map { " of \($0)" } ?? ""
                let withinZh = target.school.map { " \($0) 的" } ?? ""
                let tags = target.tags.joined(separator: ";")
                report(
                    .target, target.id, occurrence: n, field: "tags",
                    "are \"\(tags)\": no programme\(within) has any of them",
                    fix: "use tags given in the tags column of programmes.csv, or tag the programmes meant",
                    zh: (
                        "为“\(tags)”：\(withinZh)任何专业都没有这些标签",
                        "使用 programmes.csv 的 tags 列中已有的标签，或给所指的专业加上标签"
                    ))
            }
        }
        for (field, tags) in [("high_scope", target.highScope), ("new_scope", target.newScope)]
        where !tags.isEmpty && scope(school: nil, tags: tags).isEmpty {
            report(
                .target, target.id, occurrence: n, field: field,
                "is \"\(tags.joined(separator: ";"))\": no programme has any of these tags",
                fix: "use tags given in the tags column of programmes.csv, or tag the programmes meant",
                zh: (
                    "为“\(tags.joined(separator: ";"))”：任何专业都没有这些标签",
                    "使用 programmes.csv 的 tags 列中已有的标签，或给所指的专业加上标签"
                ))
        }
    }

    private mutating func checkKindFields(of target: Target, occurrence n: Int) {
        let id = target.id
        let kind = target.kind.rawValue
        let isIntake = target.kind == .minEnrolment
        let required = isIntake ? "students" : "person-times"
        let requiredZh = isIntake ? "在校生人数" : "培训人次"
        switch target.kind {
        case .annualTraining, .cumulativeTraining, .minEnrolment:
            if let value = target.value {
                checkNotNegative(
                    value, .target, id, occurrence: n, field: "value",
                    fix: ("give the required \(required) (0 or more)", "填写要求的\(requiredZh)（0 或以上）"))
            } else {
                report(
                    .target, id, occurrence: n, field: "value", "is empty, but a \(kind) target needs it",
                    fix: "give the required \(required)", zh: ("为空，但 \(kind) 类目标需要此值", "填写要求的\(requiredZh)"))
            }
        case .highSkillShare, .workforceHighSkillShare:
            if let share = target.share {
                checkShare(
                    share, .target, id, occurrence: n, field: "share",
                    fix: ("give the share as a fraction, e.g. 0.3 for 30%", "以小数填写比例，如 30% 填 0.3"))
            } else {
                report(
                    .target, id, occurrence: n, field: "share", "is empty, but a \(kind) target needs it",
                    fix: "give the required share as a fraction, e.g. 0.3 for 30%",
                    zh: ("为空，但 \(kind) 类目标需要此值", "以小数填写要求的比例，如 30% 填 0.3"))
            }
            if target.kind == .workforceHighSkillShare { checkWorkforceBase(of: target, occurrence: n) }
        case .studentTeacherRatio:
            if let ratio = target.ratio {
                checkPositive(
                    ratio, .target, id, occurrence: n, field: "ratio",
                    fix: ("give the most students per teacher, e.g. 20", "填写每名教师最多对应的学生数，如 20"))
            } else {
                report(
                    .target, id, occurrence: n, field: "ratio", "is empty, but a \(kind) target needs it",
                    fix: "give the most students per teacher, e.g. 20",
                    zh: ("为空，但 \(kind) 类目标需要此值", "填写每名教师最多对应的学生数，如 20"))
            }
        case .serveDemand:
            // Optional: the share of each programme level's applicants to admit (1 when empty).
            if let share = target.share {
                checkShare(
                    share, .target, id, occurrence: n, field: "share",
                    fix: (
                        "leave it empty to admit every applicant, or give the share to admit as a fraction, e.g. 0.9",
                        "留空表示录取全部报名者，或以小数填写录取比例，如 0.9"
                    ))
            }
        case .qualifiedTeacherShare, .trainingScale:
            break
        }
    }

    private mutating func checkWorkforceBase(of target: Target, occurrence n: Int) {
        let base = String(scenario.baseYear)
        for (field, value, what, whatZh) in [
            ("high_skill_base", target.highSkillBase, "high-skill workers", "高技能人才数"),
            ("skilled_base", target.skilledBase, "skilled workers", "技能人才数"),
        ] {
            let rowKey = ScenarioSourceMap.key([target.id, field, base])
            if let value {
                if !(value > 0) {
                    let place = sourceMap?.location(of: .targetExternal, rowKey) != nil
                    report(
                        place ? .targetExternal : .target, place ? rowKey : target.id, field: field,
                        "is \(Self.format(value)), must be > 0",
                        fix: "give the city's \(what) in the base year \(base)",
                        zh: ("为 \(Self.format(value))，须 > 0", "填写全市基准年 \(base) 的\(whatZh)"))
                }
            } else {
                report(
                    .target, target.id, occurrence: n, field: field,
                    "is missing, but a workforce-high-skill-share target needs the base year's \(what)",
                    fix: "add a row \(target.id),\(base),\(field),<\(what)>,<source> to target_external.csv",
                    zh: (
                        "缺失，但全市高技能人才占比目标需要基准年的\(whatZh)",
                        "在 target_external.csv 中添加一行 \(target.id),\(base),\(field),<\(whatZh)>,<来源>"
                    ))
            }
        }
        if let high = target.highSkillBase, let skilled = target.skilledBase, high > 0, skilled > 0, high > skilled {
            let rowKey = ScenarioSourceMap.key([target.id, "high_skill_base", base])
            let place = sourceMap?.location(of: .targetExternal, rowKey) != nil
            report(
                place ? .targetExternal : .target, place ? rowKey : target.id, field: "high_skill_base",
                "is \(Self.format(high)), more than skilled_base \(Self.format(skilled))",
                fix: "high-skill workers are counted among the skilled workers: give skilled_base ≥ high_skill_base",
                zh: (
                    "为 \(Self.format(high))，大于 skilled_base \(Self.format(skilled))",
                    "高技能人才计入技能人才之中：须 skilled_base ≥ high_skill_base"
                ))
        }
    }

    private mutating func checkExternalYears(of target: Target) {
        let rows: [(String, [Int: Double])] = [
            ("training", target.externalTraining), ("high_skill_added", target.highSkillAdded),
            ("skilled_added", target.skilledAdded),
        ]
        for (field, byYear) in rows {
            for year in byYear.keys.sorted() {
                let rowKey = ScenarioSourceMap.key([target.id, field, String(year)])
                let place = sourceMap?.location(of: .targetExternal, rowKey) != nil
                let (kind, key) = place ? (ScenarioEntityKind.targetExternal, rowKey) : (.target, target.id)
                if !isPlanningYear(year) {
                    report(
                        kind, key, field: "year",
                        "is \(year), outside the planning years \(horizon) (\(field) of \(target.id))",
                        fix: "give a year from \(horizonInWords), or delete the row",
                        zh: (
                            "为 \(year)，不在规划年份 \(horizonZh) 内（\(target.id) 的 \(field)）",
                            "填写\(horizonInWordsZh)中的年份，或删去这一行"
                        ))
                }
                if let value = byYear[year], field == "training" {
                    checkNotNegative(
                        value, kind, key, field: "value",
                        fix: (
                            "give the person-times delivered outside the model that year (0 or more)",
                            "填写当年在模型之外完成的培训人次（0 或以上）"
                        ))
                }
            }
        }
    }
}
