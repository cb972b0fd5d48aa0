import Foundation

/// Checks of the technician-college extension's data (`docs/data-format.md`): high-level
/// short courses, teacher qualification (一体化/双师型) and the targets that use them.
extension ScenarioValidation {
    mutating func checkCollegeStandard() {
        for (n, programme) in scenario.programmes.enumerated() {
            checkHighTraining(programme, occurrence: occurrence(ofProgramme: n))
        }
        for (n, group) in scenario.groups.enumerated() {
            checkQualification(group, occurrence: occurrence(ofGroup: n))
        }
        for row in scenario.leavers {
            checkQualifiedLeavers(row)
        }
        for (n, target) in scenario.targets.enumerated() {
            checkCollegeFields(of: target, occurrence: occurrence(ofTarget: n))
        }
    }

    private func occurrence(ofProgramme n: Int) -> Int {
        scenario.programmes[..<n].filter { $0.id == scenario.programmes[n].id }.count
    }

    private func occurrence(ofGroup n: Int) -> Int {
        scenario.groups[..<n].filter { $0.id == scenario.groups[n].id }.count
    }

    private func occurrence(ofTarget n: Int) -> Int {
        scenario.targets[..<n].filter { $0.id == scenario.targets[n].id }.count
    }

    private mutating func checkHighTraining(_ programme: Programme, occurrence n: Int) {
        let key = programme.id
        if let capacity = programme.highTrainingCapacity {
            checkNotNegative(
                capacity, .programme, key, occurrence: n, field: "high_training_capacity",
                fix: (
                    "give the most high-level (高级工/技师/高级技师) person-times a year, or leave it empty for none",
                    "填写每年高级别（高级工/技师/高级技师）培训的最多人次，没有则留空"
                ))
        }
        guard programme.hasHighTraining else { return }
        if let cost = programme.highTrainingCost {
            checkNotNegative(
                cost, .programme, key, occurrence: n, field: "high_training_cost",
                fix: ("give the cost per high-level person-time, in yuan (0 or more)", "填写每培训一人次高级别培训的费用，单位元（0 或以上）"))
        } else {
            report(
                .programme, key, occurrence: n, field: "high_training_cost",
                "is empty, but the programme runs high-level courses (high_training_capacity \(Self.format(programme.highTrainingCapacity ?? 0)))",
                fix: "give the cost per high-level person-time, in yuan",
                zh: (
                    "为空，但该专业开展高级别培训（high_training_capacity \(Self.format(programme.highTrainingCapacity ?? 0))）",
                    "填写每培训一人次高级别培训的费用，单位元"
                ))
        }
        if let group = groups[programme.group], group.highTrainingPerFTE == nil {
            report(
                .teacherGroup, group.id, field: "high_training_per_fte",
                "is empty, but its programme \(key) runs high-level courses",
                fix: "give the high-level person-times one full-time teacher delivers a year, e.g. 150",
                zh: ("为空，但其专业 \(key) 开展高级别培训", "填写一名专任教师（折合全职）每年承担的高级别培训人次，如 150"))
        }
    }

    private mutating func checkQualification(_ group: TeacherGroup, occurrence n: Int) {
        let key = group.id
        if let perFTE = group.highTrainingPerFTE {
            checkPositive(
                perFTE, .teacherGroup, key, occurrence: n, field: "high_training_per_fte",
                fix: (
                    "give the high-level person-times one full-time teacher delivers a year, e.g. 150, or leave it empty",
                    "填写一名专任教师（折合全职）每年承担的高级别培训人次，如 150，或留空"
                ))
        }
        if let base = group.qualifiedBase {
            if !(base >= 0 && base <= group.headcount) {
                report(
                    .teacherGroup, key, occurrence: n, field: "qualified_base",
                    "is \(Self.format(base)), must be from 0 to the headcount \(Self.format(group.headcount))",
                    fix: "give the qualified (一体化/双师型) teachers among the group's teachers in the base year",
                    zh: (
                        "为 \(Self.format(base))，须在 0 到教师数 \(Self.format(group.headcount)) 之间",
                        "填写基准年该组教师中的一体化/双师型教师数"
                    ))
            }
        } else {
            for (field, value) in [
                ("qualified_hire_share", group.qualifiedHireShare), ("qualify_cost", group.qualifyCost),
            ]
            where value != nil {
                report(
                    .teacherGroup, key, occurrence: n, field: field,
                    "is given, but qualified_base is empty, so the group's qualification is not planned",
                    fix: "give qualified_base (the qualified teachers in the base year), or leave \(field) empty",
                    zh: (
                        "已给出，但 qualified_base 为空，因此不规划该组的教师资格",
                        "填写 qualified_base（基准年具备资格的教师数），或把 \(field) 留空"
                    ))
            }
        }
        if let share = group.qualifiedHireShare {
            checkShare(
                share, .teacherGroup, key, occurrence: n, field: "qualified_hire_share",
                fix: ("give the share of hires who arrive qualified, e.g. 0.5", "填写新聘教师中入职即具备资格的比例，如 0.5"))
        }
        if let cost = group.qualifyCost {
            checkNotNegative(
                cost, .teacherGroup, key, occurrence: n, field: "qualify_cost",
                fix: (
                    "give the cost of qualifying one teacher through rotation, in yuan (0 or more)",
                    "填写通过轮训培养一名教师取得资格的费用，单位元（0 或以上）"
                ))
        }
        guard let base = group.qualifiedBase, base >= 0, base <= group.headcount else { return }
        // With no one qualified and no one hired, the qualified must stay within the
        // headcount: the unqualified who leave cannot outnumber the unqualified there are.
        var unqualifiedLeft = 0.0
        let index = ScenarioIndex(scenario)
        for y in scenario.years {
            unqualifiedLeft += index.leavers(group.id, year: y) - index.qualifiedLeavers(group, year: y)
            if unqualifiedLeft > group.headcount - base + 1e-9 {
                report(
                    .teacherGroup, key, occurrence: n, field: "qualified_base",
                    "is \(Self.format(base)) of \(Self.format(group.headcount)) teachers, but by \(y) \(Self.format(unqualifiedLeft)) unqualified teachers leave",
                    fix:
                        "lower qualified_base, or give qualified_leavers in teacher_leavers.csv so that unqualified leavers fit",
                    zh: (
                        "为 \(Self.format(base))（教师共 \(Self.format(group.headcount)) 人），但到 \(y) 年不具备资格的离职教师达 \(Self.format(unqualifiedLeft)) 人",
                        "降低 qualified_base，或在 teacher_leavers.csv 中填写 qualified_leavers，使不具备资格的离职人数不超出"
                    ))
                break
            }
        }
    }

    private mutating func checkQualifiedLeavers(_ row: Leavers) {
        guard let qualified = row.qualified else { return }
        let rowKey = ScenarioSourceMap.key([row.group, String(row.year)])
        if groups[row.group]?.plansQualification == false {
            report(
                .leavers, rowKey, field: "qualified_leavers",
                "is given, but group \(row.group) has no qualified_base in teacher_groups.csv",
                fix: "give the group's qualified_base, or leave qualified_leavers empty",
                zh: (
                    "已给出，但教研组 \(row.group) 在 teacher_groups.csv 中没有 qualified_base",
                    "填写该组的 qualified_base，或把 qualified_leavers 留空"
                ))
        }
        if !(qualified >= 0 && qualified <= row.count) {
            report(
                .leavers, rowKey, field: "qualified_leavers",
                "is \(Self.format(qualified)), must be from 0 to the leavers \(Self.format(row.count))",
                fix: "give the qualified teachers among that year's leavers",
                zh: (
                    "为 \(Self.format(qualified))，须在 0 到离职人数 \(Self.format(row.count)) 之间",
                    "填写当年离职教师中具备资格的人数"
                ))
        }
    }

    private mutating func checkCollegeFields(of target: Target, occurrence n: Int) {
        let id = target.id
        if target.trainingLevel != nil && target.kind != .annualTraining {
            report(
                .target, id, occurrence: n, field: "level",
                "is given, but only an annual-training target counts by level",
                fix: "leave level empty, or make the target annual-training",
                zh: ("已给出，但只有 annual-training 类目标按培训级别计", "把 level 留空，或把该目标改为 annual-training"))
        }
        if target.trainingLevel == .high,
            !scope(school: target.school, tags: target.tags).contains(where: \.hasHighTraining)
        {
            report(
                .target, id, occurrence: n, field: "level",
                "is high, but no programme in the target's scope runs high-level courses",
                fix: "give high_training_capacity in programmes.csv for the programmes meant, or widen the scope",
                zh: (
                    "为 high，但目标范围内没有专业开展高级别培训",
                    "在 programmes.csv 中为所指的专业填写 high_training_capacity，或扩大目标范围"
                ))
        }
        switch target.kind {
        case .qualifiedTeacherShare:
            if let share = target.share {
                checkShare(
                    share, .target, id, occurrence: n, field: "share",
                    fix: ("give the share as a fraction, e.g. 0.5 for 50%", "以小数填写比例，如 50% 填 0.5"))
            } else {
                report(
                    .target, id, occurrence: n, field: "share",
                    "is empty, but a qualified-teacher-share target needs it",
                    fix: "give the required share of qualified teachers as a fraction, e.g. 0.5 for 50%",
                    zh: ("为空，但 qualified-teacher-share 类目标需要此值", "以小数填写要求的具备资格教师比例，如 50% 填 0.5"))
            }
            let missing = ScenarioIndex(scenario).groups(inScopeOf: target).filter { !$0.plansQualification }.map(\.id)
            if !missing.isEmpty {
                report(
                    .target, id, occurrence: n, field: "school",
                    "selects teacher groups without qualified_base: \(missing.joined(separator: ", "))",
                    fix:
                        "give qualified_base for these groups in teacher_groups.csv, or narrow the target's school and tags",
                    zh: (
                        "选中了没有 qualified_base 的教研组：\(missing.joined(separator: "、"))",
                        "在 teacher_groups.csv 中为这些教研组填写 qualified_base，或缩小目标的 school 和 tags 范围"
                    ))
            }
        case .trainingScale:
            if let value = target.value {
                checkNotNegative(
                    value, .target, id, occurrence: n, field: "value",
                    fix: (
                        "give the required students and person-times together (0 or more)", "填写要求的在校生人数与培训人次之和（0 或以上）"
                    ))
            } else {
                report(
                    .target, id, occurrence: n, field: "value", "is empty, but a training-scale target needs it",
                    fix: "give the required students and person-times together, e.g. 5000",
                    zh: ("为空，但 training-scale 类目标需要此值", "填写要求的在校生人数与培训人次之和，如 5000"))
            }
        default:
            break
        }
    }
}
