/// Holds a plan against actual figures (``MonitorResult``): what each target achieved
/// where the figures cover its scope, and what the years after the last figure must
/// deliver. A target's actual is taken only where the figures add up to its whole scope
/// (a school's figure, or one for each of its programmes, programme levels or groups);
/// nothing is estimated.
public struct PlanMonitor: Sendable {
    /// The scenario the plan was made from.
    public let scenario: Scenario
    /// The plan.
    public let plan: Plan
    /// The figures.
    public let figures: [Actual]
    let index: ScenarioIndex
    private let byKey: [String: Actual]

    /// A monitor of a plan.
    ///
    /// - Parameters:
    ///   - plan: the plan.
    ///   - scenario: its scenario.
    ///   - figures: the actual figures (``ActualsTable``).
    public init(plan: Plan, scenario: Scenario, figures: [Actual]) {
        self.plan = plan
        self.scenario = scenario
        self.figures = figures
        self.index = ScenarioIndex(scenario)
        self.byKey = Dictionary(figures.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private func figure(
        _ measure: ActualMeasure, _ year: Int, school: String, programme: String? = nil, level: String? = nil,
        group: String? = nil
    ) -> Double? {
        byKey[
            Actual(
                year: year, school: school, programme: programme, level: level, group: group, measure: measure,
                value: 0, source: ""
            ).key]?.value
    }

    /// The actual of a student measure over programme levels, or `nil` unless figures cover them all.
    func students(_ measure: ActualMeasure, _ year: Int, _ offerings: [ScenarioIndex.Offering]) -> Double? {
        var total = 0.0
        for school in Set(offerings.map(\.programme.school)).sorted() {
            let mine = offerings.filter { $0.programme.school == school }
            if Set(mine) == Set(index.offerings(ofSchool: school)), let v = figure(measure, year, school: school) {
                total += v
                continue
            }
            for programme in Set(mine.map(\.programme.id)).sorted() {
                let own = mine.filter { $0.programme.id == programme }
                if Set(own) == Set(index.offerings(ofProgramme: programme)),
                    let v = figure(measure, year, school: school, programme: programme)
                {
                    total += v
                    continue
                }
                for o in own {
                    guard let v = figure(measure, year, school: school, programme: programme, level: o.level.id) else {
                        return nil
                    }
                    total += v
                }
            }
        }
        return total
    }

    /// The actual training over programmes, or `nil` unless figures cover them all.
    func training(_ year: Int, _ programmes: [Programme]) -> Double? {
        let running = programmes.filter { $0.trainingCapacity > 0 }
        var total = 0.0
        for school in Set(running.map(\.school)).sorted() {
            let mine = running.filter { $0.school == school }
            let all = index.programmes(ofSchool: school).filter { $0.trainingCapacity > 0 }
            if Set(mine.map(\.id)) == Set(all.map(\.id)), let v = figure(.training, year, school: school) {
                total += v
                continue
            }
            for p in mine {
                guard let v = figure(.training, year, school: school, programme: p.id) else { return nil }
                total += v
            }
        }
        return total
    }

    /// The actual teachers over groups, or `nil` unless figures cover them all.
    func teachers(_ year: Int, _ groups: [TeacherGroup]) -> Double? {
        var total = 0.0
        for school in Set(groups.map(\.school)).sorted() {
            let mine = groups.filter { $0.school == school }
            if Set(mine.map(\.id)) == Set(scenario.groups.filter { $0.school == school }.map(\.id)),
                let v = figure(.teachers, year, school: school)
            {
                total += v
                continue
            }
            for g in mine {
                guard let v = figure(.teachers, year, school: school, group: g.id) else { return nil }
                total += v
            }
        }
        return total
    }

    /// A target's actual in a year (its attainment in the target row's unit), or `nil`.
    func actual(of target: Target, year: Int) -> Double? {
        let scope = index.programmes(inScopeOf: target)
        let offerings = index.offerings(of: scope)
        switch target.kind {
        case .annualTraining:
            // The figures count all short-course places: high-level ones alone are not known.
            guard target.trainingLevel != .high else { return nil }
            return training(year, scope).map { $0 + (target.externalTraining[year] ?? 0) }
        case .trainingScale:
            guard let students = students(.enrolment, year, offerings), let trained = training(year, scope) else {
                return nil
            }
            return students + trained
        case .minEnrolment:
            return students(.enrolment, year, offerings)
        case .highSkillShare:
            guard let all = students(.enrolment, year, offerings), all > 0,
                let high = students(.enrolment, year, offerings.filter(\.level.isHighSkill))
            else { return nil }
            return high / all
        case .studentTeacherRatio:
            guard let all = students(.enrolment, year, offerings),
                let staff = teachers(year, index.groups(inScopeOf: target)), staff > 0
            else { return nil }
            return all / staff
        case .cumulativeTraining:
            guard var done = training(year, scope) else { return nil }
            if target.countsIntake {
                guard let admitted = students(.intake, year, offerings) else { return nil }
                done += admitted
            }
            return done
        case .workforceHighSkillShare, .serveDemand, .qualifiedTeacherShare:
            return nil
        }
    }

    /// Whether a value meets a requirement of a kind (a ratio is a most, the rest a least).
    static func meets(_ kind: TargetKind, _ value: Double, _ required: Double) -> Bool {
        kind == .studentTeacherRatio ? value <= required + 1e-9 : value >= required - 1e-9
    }

    /// Holds the plan against the figures.
    ///
    /// - Parameter actualsFile: the figures' file, as the report names it.
    /// - Returns: the monitoring result.
    public func run(actualsFile: String) -> MonitorResult {
        let years = plan.years
        var rows: [MonitorResult.TargetYear] = []
        var remaining: [MonitorResult.Remaining] = []
        var notMonitored: [String] = []
        for target in scenario.targets {
            // No figure counts qualified teachers or high-level places.
            guard ![.workforceHighSkillShare, .serveDemand, .qualifiedTeacherShare].contains(target.kind),
                !(target.kind == .annualTraining && target.trainingLevel == .high)
            else {
                notMonitored.append(target.id)
                continue
            }
            let planRows = plan.targets.filter { $0.target == target.id }
            let targetYears = target.years.filter(years.contains).sorted()
            if target.kind == .cumulativeTraining {
                guard let row = planRows.first else { continue }
                let done = targetYears.map { actual(of: target, year: $0) }
                let known = Array(done.prefix { $0 != nil }.compactMap { $0 })
                let delivered = known.reduce(0, +)
                let all = known.count == targetYears.count ? delivered : nil
                rows.append(
                    .init(
                        target: target.id, kind: target.kind, year: nil, unit: row.unit, required: row.required,
                        planned: row.achieved,
                        actual: all, actualMet: all.map { Self.meets(target.kind, $0, row.required) }, mustDeliver: nil)
                )
                if !known.isEmpty, let end = targetYears.last {
                    let left = targetYears.count - known.count
                    let toDeliver = max(0, row.required - delivered)
                    remaining.append(
                        .init(
                            target: target.id, kind: target.kind, unit: row.unit,
                            lastActualYear: targetYears[known.count - 1],
                            lastActual: delivered, endYear: end, required: row.required, yearsLeft: left,
                            toDeliver: toDeliver,
                            perYear: left > 0 ? toDeliver / Double(left) : nil, plannedAtEnd: row.achieved))
                }
                continue
            }
            let end = targetYears.last
            let isFlow = target.kind == .annualTraining
            // Measured in every year up to the target's last, so that what is left starts
            // from the latest figure (a yearly target's rows show only its own years).
            let measured = years.filter { $0 <= (end ?? 0) }
            let actuals = Dictionary(
                uniqueKeysWithValues: measured.compactMap { y in actual(of: target, year: y).map { (y, $0) } })
            let last = actuals.keys.max()
            let endRequired = planRows.first { $0.year == end }?.required
            for row in planRows {
                guard let y = row.year else { continue }
                let a = actuals[y]
                guard targetYears.contains(y) else { continue }
                var must: Double?
                if let last, y > last, let lastValue = actuals[last] {
                    if isFlow || endRequired == nil || Self.meets(target.kind, lastValue, endRequired ?? 0) {
                        must = row.required
                    } else if let end, let endRequired {
                        must = lastValue + (endRequired - lastValue) * Double(y - last) / Double(end - last)
                    }
                }
                rows.append(
                    .init(
                        target: target.id, kind: target.kind, year: y, unit: row.unit, required: row.required,
                        planned: row.achieved,
                        actual: a, actualMet: a.map { Self.meets(target.kind, $0, row.required) }, mustDeliver: must))
            }
            if let last, let lastValue = actuals[last], let end, let endRequired {
                let later = isFlow ? targetYears.filter { $0 > last } : years.filter { $0 > last && $0 <= end }
                let toDeliver: Double
                if isFlow {
                    toDeliver = planRows.filter { ($0.year ?? 0) > last }.reduce(0) { $0 + $1.required }
                } else {
                    toDeliver = Self.meets(target.kind, lastValue, endRequired) ? 0 : endRequired - lastValue
                }
                let plannedEnd = planRows.first { $0.year == end }?.achieved ?? 0
                remaining.append(
                    .init(
                        target: target.id, kind: target.kind, unit: planRows.first?.unit ?? "", lastActualYear: last,
                        lastActual: lastValue, endYear: end, required: endRequired, yearsLeft: later.count,
                        toDeliver: toDeliver,
                        perYear: later.isEmpty ? nil : toDeliver / Double(later.count), plannedAtEnd: plannedEnd))
            }
        }
        let evaluator = PlanEvaluator(index: index, decisions: PlanDecisions(plan))
        let figureRows = figures.map { f -> MonitorResult.Figure in
            guard years.contains(f.year) else {
                return .init(actual: f, planned: nil, difference: nil, differenceShare: nil)
            }
            let planned = evaluator.value(of: f)
            let difference = f.value - planned
            return .init(
                actual: f, planned: planned, difference: difference,
                differenceShare: planned != 0 ? difference / planned : nil)
        }
        return MonitorResult(
            scenario: plan.scenario, years: years, actualsFile: actualsFile,
            lastActualYear: figures.map(\.year).filter(years.contains).max(),
            targets: rows, remaining: remaining, figures: figureRows, notMonitored: notMonitored, catalog: plan.catalog)
    }
}
