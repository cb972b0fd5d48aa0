/// Checks of the teaching plans (教学计划): each module's programme level, teaching
/// group and hours.
extension ScenarioValidation {
    mutating func checkCurricula() {
        let key: (CurriculumModule) -> String = { ScenarioSourceMap.key([$0.programme, $0.level, $0.module]) }
        let seen = occurrences(
            of: scenario.curricula, kind: .curriculum, field: "module", key: key,
            describe: { id in
                let parts = id.split(separator: "/").map(String.init)
                let module = parts.last ?? id, owner = parts.dropLast().joined(separator: " ")
                return (
                    "\"\(module)\" is the id of another module of \(owner) too", "“\(module)”也是 \(owner) 另一个课程模块的编号"
                )
            },
            fix: ("give each module of a programme level its own id", "同一专业层次的每个课程模块用自己的编号"))
        for (module, n) in zip(scenario.curricula, seen) {
            let moduleKey = key(module)
            let level = checkProgrammeLevel(module.programme, module.level, .curriculum, moduleKey, occurrence: n)
            checkTeachingGroup(of: module, key: moduleKey, occurrence: n)
            for (index, hours) in module.hoursByYearOfStudy.enumerated() {
                let yearOfStudy = index + 1
                let rowKey = ScenarioSourceMap.key([module.programme, module.level, module.module, String(yearOfStudy)])
                let hasRow = sourceMap?.location(of: .curriculum, rowKey) != nil
                let place = hasRow ? rowKey : moduleKey
                checkNotNegative(
                    hours, .curriculum, place, field: "hours",
                    fix: (
                        "give the teaching hours per class in year of study \(yearOfStudy) (0 or more)",
                        "填写第\(yearOfStudy)学年每班的教学课时（0 或以上）"
                    ))
                if let level, level.duration >= 1, yearOfStudy > level.duration, hasRow || hours != 0 {
                    report(
                        .curriculum, place, field: "year_of_study",
                        "is \(yearOfStudy), must be 1–\(level.duration) (\(level.id) lasts \(Self.count(level.duration, "year")))",
                        fix: "give the year of study the hours are taught in, from 1 to \(level.duration)",
                        zh: (
                            "为 \(yearOfStudy)，须为 1–\(level.duration)（\(level.id) 学制 \(level.duration) 年）",
                            "填写这些课时所在的学年，1 到 \(level.duration)"
                        ))
                }
            }
            checkSource(module.source, .curriculum, moduleKey, occurrence: n)
        }
    }

    private mutating func checkTeachingGroup(of module: CurriculumModule, key: String, occurrence n: Int) {
        guard let group = groups[module.group] else {
            return checkReference(
                module.group, known: false, to: .teacherGroup, .curriculum, key, occurrence: n, field: "group")
        }
        if let programme = programmes[module.programme], schools[group.school] != nil, group.school != programme.school
        {
            report(
                .curriculum, key, occurrence: n, field: "group",
                "is \"\(group.id)\", a group of \(group.school), but \(programme.id) belongs to \(programme.school)",
                fix: "give module \(module.module) a teacher group of \(programme.school)",
                zh: (
                    "为“\(group.id)”，是 \(group.school) 的教研组，但 \(programme.id) 属于 \(programme.school)",
                    "为课程模块 \(module.module) 指定 \(programme.school) 的教研组"
                ))
        }
        if group.hoursPerFTE == nil {
            report(
                .curriculum, key, occurrence: n, field: "group",
                "is \"\(group.id)\", which has no hours_per_fte, so its teaching hours cannot be counted",
                fix: "give hours_per_fte for \(group.id) in teacher_groups.csv",
                zh: (
                    "为“\(group.id)”，该教研组没有 hours_per_fte，无法计算其教学课时",
                    "在 teacher_groups.csv 中填写 \(group.id) 的 hours_per_fte"
                ))
        }
    }
}
