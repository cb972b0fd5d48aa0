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
                fix: "give the most high-level (高级工/技师/高级技师) person-times a year, or leave it empty for none")
        }
        guard programme.hasHighTraining else { return }
        if let cost = programme.highTrainingCost {
            checkNotNegative(
                cost, .programme, key, occurrence: n, field: "high_training_cost",
                fix: "give the cost per high-level person-time, in yuan (0 or more)")
        } else {
            report(
                .programme, key, occurrence: n, field: "high_training_cost",
                "is empty, but the programme runs high-level courses (high_training_capacity \(Self.format(programme.highTrainingCapacity ?? 0)))",
                fix: "give the cost per high-level person-time, in yuan")
        }
        if let group = groups[programme.group], group.highTrainingPerFTE == nil {
            report(
                .teacherGroup, group.id, field: "high_training_per_fte",
                "is empty, but its programme \(key) runs high-level courses",
                fix: "give the high-level person-times one full-time teacher delivers a year, e.g. 150")
        }
    }

    private mutating func checkQualification(_ group: TeacherGroup, occurrence n: Int) {
        let key = group.id
        if let perFTE = group.highTrainingPerFTE {
            checkPositive(
                perFTE, .teacherGroup, key, occurrence: n, field: "high_training_per_fte",
                fix:
                    "give the high-level person-times one full-time teacher delivers a year, e.g. 150, or leave it empty"
            )
        }
        if let base = group.qualifiedBase {
            if !(base >= 0 && base <= group.headcount) {
                report(
                    .teacherGroup, key, occurrence: n, field: "qualified_base",
                    "is \(Self.format(base)), must be from 0 to the headcount \(Self.format(group.headcount))",
                    fix: "give the qualified (一体化/双师型) teachers among the group's teachers in the base year")
            }
        } else {
            for (field, value) in [
                ("qualified_hire_share", group.qualifiedHireShare), ("qualify_cost", group.qualifyCost),
            ]
            where value != nil {
                report(
                    .teacherGroup, key, occurrence: n, field: field,
                    "is given, but qualified_base is empty, so the group's qualification is not planned",
                    fix: "give qualified_base (the qualified teachers in the base year), or leave \(field) empty")
            }
        }
        if let share = group.qualifiedHireShare {
            checkShare(
                share, .teacherGroup, key, occurrence: n, field: "qualified_hire_share",
                fix: "give the share of hires who arrive qualified, e.g. 0.5")
        }
        if let cost = group.qualifyCost {
            checkNotNegative(
                cost, .teacherGroup, key, occurrence: n, field: "qualify_cost",
                fix: "give the cost of qualifying one teacher through rotation, in yuan (0 or more)")
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
                        "lower qualified_base, or give qualified_leavers in teacher_leavers.csv so that unqualified leavers fit"
                )
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
                fix: "give the group's qualified_base, or leave qualified_leavers empty")
        }
        if !(qualified >= 0 && qualified <= row.count) {
            report(
                .leavers, rowKey, field: "qualified_leavers",
                "is \(Self.format(qualified)), must be from 0 to the leavers \(Self.format(row.count))",
                fix: "give the qualified teachers among that year's leavers")
        }
    }

    private mutating func checkCollegeFields(of target: Target, occurrence n: Int) {
        let id = target.id
        if target.trainingLevel != nil && target.kind != .annualTraining {
            report(
                .target, id, occurrence: n, field: "level",
                "is given, but only an annual-training target counts by level",
                fix: "leave level empty, or make the target annual-training")
        }
        if target.trainingLevel == .high,
            !scope(school: target.school, tags: target.tags).contains(where: \.hasHighTraining)
        {
            report(
                .target, id, occurrence: n, field: "level",
                "is high, but no programme in the target's scope runs high-level courses",
                fix: "give high_training_capacity in programmes.csv for the programmes meant, or widen the scope")
        }
        switch target.kind {
        case .qualifiedTeacherShare:
            if let share = target.share {
                checkShare(
                    share, .target, id, occurrence: n, field: "share",
                    fix: "give the share as a fraction, e.g. 0.5 for 50%")
            } else {
                report(
                    .target, id, occurrence: n, field: "share",
                    "is empty, but a qualified-teacher-share target needs it",
                    fix: "give the required share of qualified teachers as a fraction, e.g. 0.5 for 50%")
            }
            let missing = ScenarioIndex(scenario).groups(inScopeOf: target).filter { !$0.plansQualification }.map(\.id)
            if !missing.isEmpty {
                report(
                    .target, id, occurrence: n, field: "school",
                    "selects teacher groups without qualified_base: \(missing.joined(separator: ", "))",
                    fix:
                        "give qualified_base for these groups in teacher_groups.csv, or narrow the target's school and tags"
                )
            }
        case .trainingScale:
            if let value = target.value {
                checkNotNegative(
                    value, .target, id, occurrence: n, field: "value",
                    fix: "give the required students and person-times together (0 or more)")
            } else {
                report(
                    .target, id, occurrence: n, field: "value", "is empty, but a training-scale target needs it",
                    fix: "give the required students and person-times together, e.g. 5000")
            }
        default:
            break
        }
    }
}
