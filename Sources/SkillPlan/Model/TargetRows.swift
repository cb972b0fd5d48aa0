import GLPK

/// The soft rows of the targets: each gets shortfall variables `u ≥ 0` priced by the
/// target's weight, so a scenario whose targets cannot all be met still solves.
struct TargetRows {
    let index: ScenarioIndex
    private let builder: ModelBuilder

    init(index: ScenarioIndex) {
        self.index = index
        builder = ModelBuilder(index: index)
    }

    func add(_ target: Target, to built: inout PlanningModel, cost: inout LinearExpression) throws {
        let scope = index.programmes(inScopeOf: target)
        let offerings = index.offerings(of: scope)
        var shortfalls: [Variable] = []
        func shortfall(_ suffix: String) throws -> Variable {
            let u = try built.model.addVariable(ElementName.join("shortfall[", target.id, suffix, "]"))
            cost.add(target.weight, u)
            shortfalls.append(u)
            return u
        }
        func row(_ suffix: String) -> String { ElementName.join("target[", target.id, suffix, "]") }
        func year(_ y: Int) -> String { ElementName.join(",", index.yearText(y)) }

        switch target.kind {
        case .annualTraining:
            for y in target.years {
                var done = LinearExpression(target.externalTraining[y] ?? 0)
                for p in scope {
                    if target.trainingLevel == .high {
                        if let th = builder.highTraining(built, p, y) { done.add(1, th) }
                    } else {
                        builder.addTraining(built, p, y, to: &done)
                    }
                }
                done.add(1, try shortfall(year(y)))
                try built.model.addConstraint(done >= (target.value ?? 0), name: row(year(y)))
            }
        case .cumulativeTraining:
            var done = LinearExpression()
            for y in target.years {
                for p in scope {
                    builder.addTraining(built, p, y, to: &done)
                    guard target.countsIntake else { continue }
                    for o in index.offerings(ofProgramme: p.id) {
                        if let x = builder.intake(built, o, y) { done.add(1, x) }
                    }
                }
            }
            done.add(1, try shortfall(""))
            try built.model.addConstraint(done >= (target.value ?? 0), name: row(""))
        case .highSkillShare:
            let share = target.share ?? 0
            for y in target.years {
                var balance = LinearExpression()
                for o in offerings {
                    builder.addEnrolment(built, o, y, scaledBy: (o.level.isHighSkill ? 1 : 0) - share, to: &balance)
                }
                balance.add(1, try shortfall(year(y)))
                try built.model.addConstraint(balance >= 0, name: row(year(y)))
            }
        case .minEnrolment:
            for y in target.years {
                var students = LinearExpression()
                for o in offerings { builder.addEnrolment(built, o, y, to: &students) }
                students.add(1, try shortfall(year(y)))
                try built.model.addConstraint(students >= (target.value ?? 0), name: row(year(y)))
            }
        case .studentTeacherRatio:
            let ratio = target.ratio ?? 0
            let groups = index.groups(inScopeOf: target)
            for y in target.years {
                var balance = LinearExpression()
                for g in groups { builder.addHeadcount(built, g, y, scaledBy: ratio, to: &balance) }
                for o in offerings { builder.addEnrolment(built, o, y, scaledBy: -1, to: &balance) }
                balance.add(1, try shortfall(year(y)))
                try built.model.addConstraint(balance >= 0, name: row(year(y)))
            }
        case .workforceHighSkillShare:
            let share = target.share ?? 0
            let raising = index.programmes(taggedWithAnyOf: target.highScope)
            let certifying = index.programmes(taggedWithAnyOf: target.newScope)
            for y in target.years {
                // HS[y] − share·SK[y] ≥ 0, each stock being its base plus additions up to y.
                var balance = LinearExpression((target.highSkillBase ?? 0) - share * (target.skilledBase ?? 0))
                for y2 in index.years where y2 <= y {
                    balance.constant += (target.highSkillAdded[y2] ?? 0) - share * (target.skilledAdded[y2] ?? 0)
                    for o in offerings {
                        builder.addGraduates(
                            built, o, y2, scaledBy: o.level.stayShare * ((o.level.isHighSkill ? 1 : 0) - share),
                            to: &balance)
                    }
                    for p in raising { builder.addTraining(built, p, y2, to: &balance) }
                    for p in certifying { builder.addTraining(built, p, y2, scaledBy: -share, to: &balance) }
                }
                balance.add(1, try shortfall(year(y)))
                try built.model.addConstraint(balance >= 0, name: row(year(y)))
            }
        case .qualifiedTeacherShare:
            let share = target.share ?? 0
            let groups = index.groups(inScopeOf: target)
            for y in target.years {
                var balance = LinearExpression()
                for g in groups {
                    builder.addQualified(built, g, y, to: &balance)
                    builder.addHeadcount(built, g, y, scaledBy: -share, to: &balance)
                }
                balance.add(1, try shortfall(year(y)))
                try built.model.addConstraint(balance >= 0, name: row(year(y)))
            }
        case .trainingScale:
            for y in target.years {
                var scale = LinearExpression()
                for o in offerings { builder.addEnrolment(built, o, y, to: &scale) }
                for p in scope { builder.addTraining(built, p, y, to: &scale) }
                scale.add(1, try shortfall(year(y)))
                try built.model.addConstraint(scale >= (target.value ?? 0), name: row(year(y)))
            }
        case .serveDemand:
            for o in offerings {
                for y in target.years {
                    guard let demand = index.demand(o, year: y), demand > 0, let x = builder.intake(built, o, y) else {
                        continue
                    }
                    let suffix = ElementName.join(",", index.offeringName(o), ",", index.yearText(y))
                    // A share below 1 asks only that part of the applicants to be admitted.
                    try built.model.addConstraint(
                        x + (try shortfall(suffix)) >= (target.share ?? 1) * demand, name: row(suffix))
                }
            }
        }
        built.shortfalls[target.id] = shortfalls
    }
}

extension ModelBuilder {
    init(index: ScenarioIndex, strengthening: ModelStrengthening = .all) {
        self.index = index
        self.strengthening = strengthening
    }
}
