extension PlanEvaluator {
    /// Every row of a target: what it requires, what the decisions achieve, the shortfall.
    public func results(of target: Target) -> [TargetResult] {
        let scope = index.programmes(inScopeOf: target)
        let offerings = index.offerings(of: scope)
        func result(
            year: Int?, required: Double, achieved: Double, unit: String, shortfall: Double,
            shortfallUnit: String, programme: String? = nil, level: String? = nil
        ) -> TargetResult {
            Self.row(
                target, year: year, required: required, achieved: achieved, unit: unit, shortfall: shortfall,
                shortfallUnit: shortfallUnit, programme: programme, level: level)
        }
        func students(_ y: Int, highSkillOnly: Bool = false) -> Double {
            offerings.filter { !highSkillOnly || $0.level.isHighSkill }.reduce(0) {
                $0 + enrolment($1.programme, $1.level, y)
            }
        }

        switch target.kind {
        case .annualTraining:
            let value = target.value ?? 0
            return target.years.map { y in
                let high = target.trainingLevel == .high
                let done = scope.reduce(target.externalTraining[y] ?? 0) {
                    $0 + (high ? highTraining($1.id, y) : training($1.id, y))
                }
                return result(
                    year: y, required: value, achieved: done, unit: "person-times", shortfall: value - done,
                    shortfallUnit: "person-times")
            }
        case .cumulativeTraining:
            let value = target.value ?? 0
            var done = 0.0
            for y in target.years {
                for p in scope {
                    done += training(p.id, y)
                    if target.countsIntake { done += p.levels.reduce(0) { $0 + intake(p.id, $1, y) } }
                }
            }
            return [
                result(
                    year: nil, required: value, achieved: done, unit: "person-times", shortfall: value - done,
                    shortfallUnit: "person-times")
            ]
        case .highSkillShare:
            let share = target.share ?? 0
            return target.years.map { y in
                let all = students(y), high = students(y, highSkillOnly: true)
                return result(
                    year: y, required: share, achieved: all > 0 ? high / all : 0, unit: "share",
                    shortfall: share * all - high, shortfallUnit: "students")
            }
        case .minEnrolment:
            let value = target.value ?? 0
            return target.years.map { y in
                let all = students(y)
                return result(
                    year: y, required: value, achieved: all, unit: "students", shortfall: value - all,
                    shortfallUnit: "students")
            }
        case .studentTeacherRatio:
            let ratio = target.ratio ?? 0
            let groups = index.groups(inScopeOf: target)
            return target.years.map { y in
                let teachers = groups.reduce(0) { $0 + headcount($1, y) }
                let all = students(y)
                return result(
                    year: y, required: ratio, achieved: teachers > 0 ? all / teachers : .infinity,
                    unit: "students-per-teacher", shortfall: all - ratio * teachers, shortfallUnit: "students")
            }
        case .workforceHighSkillShare:
            return workforceResults(target, offerings: offerings)
        case .qualifiedTeacherShare:
            let share = target.share ?? 0
            let groups = index.groups(inScopeOf: target)
            return target.years.map { y in
                let teachers = groups.reduce(0) { $0 + headcount($1, y) }
                let qualified = groups.reduce(0) { $0 + self.qualified($1, y) }
                return result(
                    year: y, required: share, achieved: teachers > 0 ? qualified / teachers : 0, unit: "share",
                    shortfall: share * teachers - qualified, shortfallUnit: "teachers")
            }
        case .trainingScale:
            let value = target.value ?? 0
            return target.years.map { y in
                let scale = students(y) + scope.reduce(0) { $0 + training($1.id, y) }
                return result(
                    year: y, required: value, achieved: scale, unit: "students-and-person-times",
                    shortfall: value - scale, shortfallUnit: "students-and-person-times")
            }
        case .serveDemand:
            var rows: [TargetResult] = []
            for o in offerings {
                for y in target.years {
                    guard let demand = index.demand(o.programme.id, o.level.id, year: y), demand > 0 else { continue }
                    let admitted = intake(o.programme.id, o.level.id, y)
                    let required = (target.share ?? 1) * demand
                    rows.append(
                        result(
                            year: y, required: required, achieved: admitted, unit: "applicants",
                            shortfall: required - admitted, shortfallUnit: "applicants",
                            programme: o.programme.id, level: o.level.id))
                }
            }
            return rows
        }
    }

    /// A target row; a shortfall within 1e-6 counts as met.
    static func row(
        _ target: Target, year: Int?, required: Double, achieved: Double, unit: String, shortfall: Double,
        shortfallUnit: String, programme: String? = nil, level: String? = nil
    ) -> TargetResult {
        let short = max(0, shortfall)
        return TargetResult(
            target: target.id, kind: target.kind, year: year, programme: programme, level: level,
            required: required, achieved: achieved, unit: unit,
            shortfall: short <= 1e-6 ? 0 : short, shortfallUnit: shortfallUnit, met: short <= 1e-6)
    }

    private func workforceResults(_ target: Target, offerings: [ScenarioIndex.Offering]) -> [TargetResult] {
        let share = target.share ?? 0
        let raising = index.programmes(taggedWithAnyOf: target.highScope)
        let certifying = index.programmes(taggedWithAnyOf: target.newScope)
        return target.years.map { y in
            var highSkill = target.highSkillBase ?? 0
            var skilled = target.skilledBase ?? 0
            for y2 in index.years where y2 <= y {
                highSkill += target.highSkillAdded[y2] ?? 0
                skilled += target.skilledAdded[y2] ?? 0
                for o in offerings {
                    let graduates = o.level.stayShare * graduates(o.programme, o.level, y2)
                    skilled += graduates
                    if o.level.isHighSkill { highSkill += graduates }
                }
                highSkill += raising.reduce(0) { $0 + training($1.id, y2) }
                skilled += certifying.reduce(0) { $0 + training($1.id, y2) }
            }
            return Self.row(
                target, year: y, required: share, achieved: skilled > 0 ? highSkill / skilled : 0, unit: "share",
                shortfall: share * skilled - highSkill, shortfallUnit: "workers")
        }
    }
}
