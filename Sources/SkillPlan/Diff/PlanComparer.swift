/// Finds the numbers that differ between two plans, unsorted (``PlanDiff`` sorts them).
struct PlanComparer {
    /// The first plan.
    let a: Plan
    /// The second plan.
    let b: Plan

    /// Every change from `a` to `b`.
    func changes() -> [PlanChange] {
        var out: [PlanChange] = []
        out += pairs(a.programmeLevels, b.programmeLevels, key: { "\($0.programme)|\($0.level)|\($0.year)" })
            .flatMap { x, y -> [PlanChange] in
                let row = y ?? x
                func change(_ kind: PlanChangeKind, _ value: (ProgrammeLevelYearPlan) -> Double) -> PlanChange {
                    PlanChange(
                        kind: kind, school: row?.school, programme: row?.programme, level: row?.level,
                        year: row?.year, before: x.map(value), after: y.map(value))
                }
                return [change(.intake, \.intake), change(.classes, \.classes), change(.enrolment, \.enrolment)]
            }
        out += pairs(a.training, b.training, key: { "\($0.programme)|\($0.year)" }).flatMap { x, y -> [PlanChange] in
            let row = y ?? x
            return [
                PlanChange(
                    kind: .training, school: row?.school, programme: row?.programme, year: row?.year,
                    before: x?.places, after: y?.places),
                PlanChange(
                    kind: .highTraining, school: row?.school, programme: row?.programme, year: row?.year,
                    before: x?.highPlaces, after: y?.highPlaces),
            ]
        }
        out += pairs(a.schools, b.schools, key: { "\($0.school)|\($0.year)" }).map { x, y in
            let row = y ?? x
            return PlanChange(
                kind: .seatsAdded, school: row?.school, year: row?.year, before: x?.seatsAdded, after: y?.seatsAdded)
        }
        out += pairs(a.groups, b.groups, key: { "\($0.group)|\($0.year)" }).flatMap { x, y -> [PlanChange] in
            let row = y ?? x
            return [
                PlanChange(
                    kind: .hires, school: row?.school, group: row?.group, year: row?.year, before: x?.hires,
                    after: y?.hires),
                PlanChange(
                    kind: .rotation, school: row?.school, group: row?.group, year: row?.year,
                    before: x?.onRotation, after: y?.onRotation),
                PlanChange(
                    kind: .qualification, school: row?.school, group: row?.group, year: row?.year,
                    before: x?.newlyQualified, after: y?.newlyQualified),
                PlanChange(
                    kind: .qualified, school: row?.school, group: row?.group, year: row?.year,
                    before: x?.qualified, after: y?.qualified),
            ]
        }
        out += CostItem.allCases.filter {
            $0 != .qualification || a.costs.qualification != nil || b.costs.qualification != nil
        }.map { item in
            PlanChange(
                kind: .cost, costItem: item, before: item.amount(in: a.costs), after: item.amount(in: b.costs),
                unit: "yuan")
        }
        out = out.filter { Self.differ($0.before, $0.after) }
        out += targetChanges()
        return out
    }

    /// The changes summed over the plan years, unsorted: intake and classes per
    /// programme and level, short courses per programme, seats added per school, hires
    /// and rotation per group (each `year` is `nil`).
    func schoolTotals() -> [PlanChange] {
        var out: [PlanChange] = []
        func summed<Row>(
            _ xs: [Row], _ ys: [Row], key: (Row) -> String, value: (Row) -> Double,
            make: (Row, Double?, Double?) -> PlanChange
        ) -> [PlanChange] {
            var first: [String: Row] = [:], before: [String: Double] = [:], after: [String: Double] = [:]
            var order: [String] = []
            for (rows, isAfter) in [(ys, true), (xs, false)] {
                for row in rows {
                    let k = key(row)
                    if first[k] == nil {
                        first[k] = row
                        order.append(k)
                    }
                    if isAfter { after[k, default: 0] += value(row) } else { before[k, default: 0] += value(row) }
                }
            }
            return order.compactMap { k in first[k].map { make($0, before[k], after[k]) } }
        }
        for (kind, value) in [(PlanChangeKind.intake, \ProgrammeLevelYearPlan.intake), (.classes, \.classes)] {
            out += summed(
                a.programmeLevels, b.programmeLevels, key: { "\($0.programme)|\($0.level)" },
                value: { $0[keyPath: value] }
            ) {
                PlanChange(
                    kind: kind, school: $0.school, programme: $0.programme, level: $0.level, before: $1, after: $2)
            }
        }
        out += summed(a.training, b.training, key: \.programme, value: \.places) {
            PlanChange(kind: .training, school: $0.school, programme: $0.programme, before: $1, after: $2)
        }
        out += summed(a.schools, b.schools, key: \.school, value: \.seatsAdded) {
            PlanChange(kind: .seatsAdded, school: $0.school, before: $1, after: $2)
        }
        for (kind, value) in [(PlanChangeKind.hires, \TeacherGroupYearPlan.hires), (.rotation, \.onRotation)] {
            out += summed(a.groups, b.groups, key: \.group, value: { $0[keyPath: value] }) {
                PlanChange(kind: kind, school: $0.school, group: $0.group, before: $1, after: $2)
            }
        }
        return out.filter { Self.differ($0.before, $0.after) }
    }

    /// Target rows newly met, newly short, or short by a different amount.
    private func targetChanges() -> [PlanChange] {
        let schools = Dictionary(
            (a.catalog.targets + b.catalog.targets).map { ($0.id, $0.school) }, uniquingKeysWith: { _, b in b })
        return pairs(
            a.targets, b.targets, key: { "\($0.target)|\($0.year ?? 0)|\($0.programme ?? "")|\($0.level ?? "")" }
        )
        .compactMap { x, y -> PlanChange? in
            guard let row = y ?? x else { return nil }
            let kind: PlanChangeKind
            switch (x?.met, y?.met) {
            case (true, false), (nil, false): kind = .targetNewlyShort
            case (false, true), (nil, true): kind = .targetNewlyMet
            case (false, false), (false, nil):
                guard Self.differ(x?.shortfall, y?.shortfall) else { return nil }
                kind = .shortfall
            default: return nil
            }
            return PlanChange(
                kind: kind, school: schools[row.target] ?? nil, programme: row.programme, level: row.level,
                target: row.target, year: row.year, before: x?.shortfall, after: y?.shortfall,
                unit: row.shortfallUnit)
        }
    }

    /// The rows of both lists paired by key, in the order of `b` then the rows only `a` has.
    private func pairs<Row>(_ xs: [Row], _ ys: [Row], key: (Row) -> String) -> [(Row?, Row?)] {
        var first: [String: Row] = [:]
        for x in xs where first[key(x)] == nil { first[key(x)] = x }
        var seen = Set<String>()
        var out: [(Row?, Row?)] = []
        for y in ys where seen.insert(key(y)).inserted { out.append((first[key(y)], y)) }
        for x in xs where seen.insert(key(x)).inserted { out.append((x, nil)) }
        return out
    }

    /// Whether two values differ by more than rounding (an absent value counts as 0).
    static func differ(_ x: Double?, _ y: Double?) -> Bool {
        let u = x ?? 0, v = y ?? 0
        if u == v { return false }
        guard u.isFinite, v.isFinite else { return true }
        return abs(u - v) > 1e-6 * max(1, abs(u), abs(v))
    }
}
