import Foundation

/// Checks of targets: ids, scope, years, the fields their kind needs, weights and the
/// contributions from outside the model.
extension ScenarioValidation {
    mutating func checkTargets() {
        let seen = occurrences(
            of: scenario.targets, kind: .target, field: "id", key: \.id,
            describe: { "\"\($0)\" is the id of another target too" },
            fix: "give each target its own id, or delete one of them")
        for (target, n) in zip(scenario.targets, seen) {
            if target.years.isEmpty {
                report(
                    .target, target.id, occurrence: n, field: "years", "is empty",
                    fix: "give the years the target applies to, e.g. 2025 or 2021-2025")
            }
            let outside = target.years.filter { !isPlanningYear($0) }
            if !outside.isEmpty {
                report(
                    .target, target.id, occurrence: n, field: "years",
                    "has \(Self.format(years: outside)), outside the planning years \(horizon)",
                    fix: "give years from \(horizonInWords), or change years: in the scenario file")
            }
            checkPositive(
                target.weight, .target, target.id, occurrence: n, field: "weight",
                fix: "give the penalty per unit of shortfall, far above every unit cost (e.g. 1000000)")
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
                fix: "use an id from schools.csv, or leave it empty for every school")
            return
        }
        if scope(school: target.school, tags: target.tags).isEmpty {
            if target.tags.isEmpty {
                let what = target.school.map { "school \($0) has no programmes" } ?? "there are no programmes"
                report(
                    .target, target.id, occurrence: n, field: "school", "selects nothing: \(what)",
                    fix: "scope the target to a school with programmes, or add its programmes to programmes.csv")
            } else {
                let within = target.school.map { " of \($0)" } ?? ""
                report(
                    .target, target.id, occurrence: n, field: "tags",
                    "are \"\(target.tags.joined(separator: ";"))\": no programme\(within) has any of them",
                    fix: "use tags given in the tags column of programmes.csv, or tag the programmes meant")
            }
        }
        for (field, tags) in [("high_scope", target.highScope), ("new_scope", target.newScope)]
        where !tags.isEmpty && scope(school: nil, tags: tags).isEmpty {
            report(
                .target, target.id, occurrence: n, field: field,
                "is \"\(tags.joined(separator: ";"))\": no programme has any of these tags",
                fix: "use tags given in the tags column of programmes.csv, or tag the programmes meant")
        }
    }

    private mutating func checkKindFields(of target: Target, occurrence n: Int) {
        let id = target.id
        let kind = target.kind.rawValue
        switch target.kind {
        case .annualTraining, .cumulativeTraining, .minEnrolment:
            if let value = target.value {
                checkNotNegative(
                    value, .target, id, occurrence: n, field: "value",
                    fix: "give the required \(target.kind == .minEnrolment ? "students" : "person-times") (0 or more)")
            } else {
                report(
                    .target, id, occurrence: n, field: "value", "is empty, but a \(kind) target needs it",
                    fix: "give the required \(target.kind == .minEnrolment ? "students" : "person-times")")
            }
        case .highSkillShare, .workforceHighSkillShare:
            if let share = target.share {
                checkShare(
                    share, .target, id, occurrence: n, field: "share",
                    fix: "give the share as a fraction, e.g. 0.3 for 30%")
            } else {
                report(
                    .target, id, occurrence: n, field: "share", "is empty, but a \(kind) target needs it",
                    fix: "give the required share as a fraction, e.g. 0.3 for 30%")
            }
            if target.kind == .workforceHighSkillShare { checkWorkforceBase(of: target, occurrence: n) }
        case .studentTeacherRatio:
            if let ratio = target.ratio {
                checkPositive(
                    ratio, .target, id, occurrence: n, field: "ratio",
                    fix: "give the most students per teacher, e.g. 20")
            } else {
                report(
                    .target, id, occurrence: n, field: "ratio", "is empty, but a \(kind) target needs it",
                    fix: "give the most students per teacher, e.g. 20")
            }
        case .serveDemand:
            // Optional: the share of each programme level's applicants to admit (1 when empty).
            if let share = target.share {
                checkShare(
                    share, .target, id, occurrence: n, field: "share",
                    fix: "leave it empty to admit every applicant, or give the share to admit as a fraction, e.g. 0.9")
            }
        case .qualifiedTeacherShare, .trainingScale:
            break
        }
    }

    private mutating func checkWorkforceBase(of target: Target, occurrence n: Int) {
        let base = String(scenario.baseYear)
        for (field, value, what) in [
            ("high_skill_base", target.highSkillBase, "high-skill workers"),
            ("skilled_base", target.skilledBase, "skilled workers"),
        ] {
            let rowKey = ScenarioSourceMap.key([target.id, field, base])
            if let value {
                if !(value > 0) {
                    let place = sourceMap?.location(of: .targetExternal, rowKey) != nil
                    report(
                        place ? .targetExternal : .target, place ? rowKey : target.id, field: field,
                        "is \(Self.format(value)), must be > 0",
                        fix: "give the city's \(what) in the base year \(base)")
                }
            } else {
                report(
                    .target, target.id, occurrence: n, field: field,
                    "is missing, but a workforce-high-skill-share target needs the base year's \(what)",
                    fix: "add a row \(target.id),\(base),\(field),<\(what)>,<source> to target_external.csv")
            }
        }
        if let high = target.highSkillBase, let skilled = target.skilledBase, high > 0, skilled > 0, high > skilled {
            let rowKey = ScenarioSourceMap.key([target.id, "high_skill_base", base])
            let place = sourceMap?.location(of: .targetExternal, rowKey) != nil
            report(
                place ? .targetExternal : .target, place ? rowKey : target.id, field: "high_skill_base",
                "is \(Self.format(high)), more than skilled_base \(Self.format(skilled))",
                fix: "high-skill workers are counted among the skilled workers: give skilled_base ≥ high_skill_base")
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
                        fix: "give a year from \(horizonInWords), or delete the row")
                }
                if let value = byYear[year], field == "training" {
                    checkNotNegative(
                        value, kind, key, field: "value",
                        fix: "give the person-times delivered outside the model that year (0 or more)")
                }
            }
        }
    }
}
