/// A plan diff as rows of text in one language, shared by the text, Markdown and HTML
/// formats: the headline, the input changes (one line each), the changes per school
/// summed over the years, and per section the listed changes with their labels, names
/// and numbers formatted for people.
struct PlanDiffRows: PlanWording {
    /// Whether a change is better or worse for the city: lower cost, a smaller
    /// shortfall and fewer applicants turned away are better. Other changes (more
    /// seats, more teachers) are neither.
    enum Verdict: String {
        case better, worse
    }

    /// One row of the headline.
    struct HeadlineRow {
        /// What it is (the first row of a group says it; the rest leave it empty).
        var what: String
        /// Of what.
        var item: String
        /// The first plan's value.
        var before: String
        /// The second plan's value.
        var after: String
        /// The change, with its sign.
        var delta: String
        /// Whether the change is better or worse for the city, if either.
        var verdict: Verdict?

        /// Its cells.
        var cells: [String] { [what, item, before, after, delta] }
    }

    /// One section's rows.
    struct Section {
        /// Which section (`nil` for a school's totals).
        var section: PlanDiffSection?
        /// Its title.
        var title: String
        /// Its listed changes.
        var changes: [PlanChange]
        /// Changes below the threshold, counted but not listed.
        var unlisted: Int
        /// Its column labels: those of ``PlanDiffRows/changeHeader`` with a value in some row.
        var header: [String]
        /// Which of its columns hold numbers.
        var numeric: [Bool]
        /// Its rows, one per change, one cell per column.
        var rows: [[String]]

        /// "（12项变化）" / " (12 changes)", and the changes not listed.
        func countText(_ terms: Terms, threshold: DiffThreshold) -> String {
            var text = terms.changeCount(changes.count)
            if unlisted > 0 {
                text += (terms.language == .zh ? "；" : "; ") + terms.unlisted(unlisted, threshold: threshold)
            }
            return terms.parenthesised(text)
        }
    }

    /// A school's changes summed over the years.
    struct SchoolTotals {
        /// The school's id.
        var school: String
        /// Its name.
        var name: String
        /// Its listed changes.
        var section: Section
    }

    /// Labels.
    let terms: Terms
    /// Names.
    let names: PlanNames
    /// The diff.
    let diff: PlanDiff
    /// The headline in numbers.
    let headline: DiffHeadline

    /// The rows of a diff in a language.
    init(_ diff: PlanDiff, language: Language) {
        self.diff = diff
        terms = Terms(language)
        names = PlanNames(diff.catalog, language: language)
        headline = DiffHeadline(diff)
    }

    /// "方案比较：A → B" / "Plan comparison: A → B".
    var title: String {
        terms[.planComparison] + terms.colon + diff.before.name + " → " + diff.after.name
    }

    /// "方案A：name（title）" and the same for B.
    var sides: [String] {
        [sideLine(terms[.planA], diff.before), sideLine(terms[.planB], diff.after)]
    }

    /// The columns of the headline.
    var headlineHeader: [String] { [terms[.change], terms[.item], terms[.before], terms[.after], terms[.delta]] }

    /// Which columns of the headline hold numbers.
    var headlineNumeric: [Bool] { [false, false, true, true, true] }

    /// The headline: costs, targets, applicants turned away, teachers and seats per school
    /// in the last year, then the programmes that turn the most applicants away (last, so
    /// that a terminal's first screen holds every school).
    var headlineRows: [HeadlineRow] {
        var rows: [HeadlineRow] = []
        for (index, cost) in headline.costs.enumerated() {
            var delta = NumberText.signed(cost.figure.delta, money: true)
            if cost.item == .total, let before = cost.figure.before, before != 0, cost.figure.delta != 0 {
                delta += terms.parenthesised(signedPercent(cost.figure.delta / before))
            }
            rows.append(
                HeadlineRow(
                    what: index == 0 ? terms[.costYuan] : "", item: terms[cost.item.termKey],
                    before: money(cost.figure.before), after: money(cost.figure.after), delta: delta,
                    verdict: verdict(cost.figure.delta)))
        }
        let met = headline.targetsMet
        rows.append(
            HeadlineRow(
                what: terms[.targetsMet], item: "",
                before: terms.count(Int(met.before ?? 0), of: headline.targetCount),
                after: terms.count(Int(met.after ?? 0), of: headline.targetCount),
                delta: NumberText.signed(met.delta), verdict: verdict(-met.delta)))
        var lastStatus: PlanChangeKind?
        for line in headline.targets {
            let what =
                line.status == lastStatus ? "" : terms[line.status == .shortfall ? .stillShort : line.status.termKey]
            lastStatus = line.status
            let years = Self.years(line.yearsShort)
            rows.append(
                HeadlineRow(
                    what: what, item: names.target(line.target) + (years.isEmpty ? "" : terms.parenthesised(years)),
                    before: standing(line.before, unit: line.unit), after: standing(line.after, unit: line.unit),
                    delta: terms.amount(line.shortfall.delta, unit: line.unit, signed: true),
                    verdict: verdict(line.shortfall.delta)))
        }
        let away = headline.turnedAway
        rows.append(
            HeadlineRow(
                what: terms[.applicantsTurnedAway],
                item: terms[.allProgrammes] + terms.parenthesised(terms.ofApplicants(headline.applicants)),
                before: count(away.before), after: count(away.after), delta: NumberText.signed(away.delta),
                verdict: verdict(away.delta)))
        if let year = headline.lastYear {
            for (label, value) in [
                (terms.teachers(in: year), \DiffHeadline.SchoolLine.teachers), (terms.seats(in: year), \.seats),
            ] {
                for (index, school) in headline.schools.enumerated() {
                    let figure = school[keyPath: value]
                    rows.append(
                        HeadlineRow(
                            what: index == 0 ? label : "", item: names.school(school.school),
                            before: count(figure.before), after: count(figure.after),
                            delta: NumberText.signed(figure.delta), verdict: nil))
                }
            }
        }
        for (index, (programme, figure)) in headline.programmes.enumerated() {
            rows.append(
                HeadlineRow(
                    what: index == 0 ? terms[.mostTurnedAway] : "", item: names.programme(programme),
                    before: count(figure.before), after: count(figure.after),
                    delta: NumberText.signed(figure.delta), verdict: verdict(figure.delta)))
        }
        return rows
    }

    /// One target's price in both plans (``Plan/targetPrices``).
    struct PriceRow {
        /// The target's id.
        var target: String
        /// The first plan's price, if it has one for the target.
        var before: TargetPrice?
        /// The second plan's.
        var after: TargetPrice?

        /// The second plan's cost saved less the first's, when both are settled amounts
        /// (not within the gap, not stopped before their gap: a difference of those is noise).
        var delta: Double? {
            guard self.before?.reading == .settled, self.after?.reading == .settled,
                let before = before?.costSaved, let after = after?.costSaved
            else { return nil }
            return after - before
        }
    }

    /// Each target's price before and after, when both plans carry target prices
    /// (`solve --target-prices`): the second plan's targets in its order, then those only
    /// the first has; `nil` when either plan has none.
    var priceRows: [PriceRow]? {
        guard let before = diff.beforePlan.targetPrices, let after = diff.afterPlan.targetPrices else { return nil }
        var ids = after.prices.map(\.target)
        for price in before.prices where !ids.contains(price.target) { ids.append(price.target) }
        return ids.map { PriceRow(target: $0, before: before.price(of: $0), after: after.price(of: $0)) }
    }

    /// The line above the target prices: what they are and how each plan relaxed its targets.
    var priceNote: String? {
        guard let before = diff.beforePlan.targetPrices, let after = diff.afterPlan.targetPrices else { return nil }
        return terms.targetPriceChangesNote(before: before.relaxation, after: after.relaxation)
    }

    /// The columns of the target prices.
    var priceHeader: [String] { [terms[.target], terms[.before], terms[.after], terms[.delta]] }

    /// Which columns of the target prices hold numbers.
    var priceNumeric: [Bool] { [false, true, true, true] }

    /// The target prices' cells: each price as the cost saved, with its range when the
    /// searches' gaps leave one (`+10,322,300 (+10,006,800 to +10,668,400)`), or the mark
    /// for a target not priced.
    var priceCells: [[String]] {
        (priceRows ?? []).map { row in
            [
                names.target(row.target), price(row.before), price(row.after),
                row.delta.map { NumberText.signed($0, money: true) } ?? terms[.absent],
            ]
        }
    }

    /// A price for people: the cost saved (or the words it reads as: within the gap, not
    /// settled), and its range when it is not exact.
    func price(_ price: TargetPrice?) -> String {
        guard let price, let saved = price.costSaved else { return terms[.absent] }
        var text = terms.priceWords(price) ?? NumberText.signed(saved, money: true)
        if let low = price.costSavedLow, let high = price.costSavedHigh, low != saved || high != saved {
            let to = terms.language == .zh ? " 至 " : " to "
            text += terms.parenthesised(
                NumberText.signed(low, money: true) + to + NumberText.signed(high, money: true))
        }
        return text
    }

    /// The longest a value of an input change is shown, in terminal columns.
    static let inputValueWidth = 40

    /// Each input change on one line: `table · id · field: before → after`, long values
    /// cut with "…".
    var inputLines: [String] {
        diff.inputs.map { change in
            let before = change.before.map { Self.cut($0, to: Self.inputValueWidth) } ?? terms[.absent]
            let after = change.after.map { Self.cut($0, to: Self.inputValueWidth) } ?? terms[.absent]
            return "\(change.table) · \(change.id) · \(change.field)" + terms.colon + before + " → " + after
        }
    }

    /// Text cut to a width in terminal columns, with "…" when cut; line breaks as spaces.
    static func cut(_ text: String, to width: Int) -> String {
        let flat = text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
        guard TextWidth.of(flat) > width else { return flat }
        var out = ""
        var used = 0
        for character in flat {
            let w = TextWidth.of(String(character))
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        while out.last == " " { out.removeLast() }
        return out + "…"
    }

    /// The title of the per-school totals.
    var schoolTotalsTitle: String { terms.bySchool(years: PlanNames.years(diff.years)) }

    /// Each school's changes summed over the years, schools in the catalogue's order;
    /// schools without a change left out.
    var schoolTotals: [SchoolTotals] {
        var order: [String] = []
        for change in diff.schoolTotals { if let s = change.school, !order.contains(s) { order.append(s) } }
        return order.map { school in
            let changes = diff.schoolTotals.filter { $0.school == school }
            return SchoolTotals(
                school: school, name: names.school(school),
                section: section(nil, title: names.school(school), changes: changes))
        }
    }

    /// The changes summed over the years that are not listed.
    var schoolTotalsUnlisted: Int { diff.schoolTotals.filter { !diff.isListed($0) }.count }

    /// The columns of a section's table.
    var changeHeader: [String] {
        [terms[.change], terms[.item], terms[.year], terms[.before], terms[.after], terms[.delta]]
    }

    /// Which columns of a section's table hold numbers.
    var changeNumeric: [Bool] { [false, false, true, true, true, true] }

    /// The sections that have changes (listed or not), in order.
    var sections: [Section] {
        PlanDiffSection.allCases.compactMap { section in
            let changes = diff.changes(in: section)
            guard !changes.isEmpty else { return nil }
            return self.section(section, title: terms[section.termKey], changes: changes)
        }
    }

    /// A section of the changes that reach the threshold.
    func section(_ section: PlanDiffSection?, title: String, changes all: [PlanChange]) -> Section {
        let changes = all.filter(diff.isListed)
        let cells = changes.map(row)
        let kept = changeHeader.indices.filter { c in cells.contains { !$0[c].isEmpty } }
        return Section(
            section: section, title: title, changes: changes, unlisted: all.count - changes.count,
            header: kept.map { changeHeader[$0] }, numeric: kept.map { changeNumeric[$0] },
            rows: cells.map { row in kept.map { row[$0] } })
    }

    /// One change's cells.
    func row(_ change: PlanChange) -> [String] {
        let money = change.kind == .cost
        func value(_ v: Double?) -> String { money ? self.money(v) : count(v) }
        return [
            terms[change.kind.termKey], item(change),
            change.year.map(String.init) ?? "", value(change.before), value(change.after),
            NumberText.signed(change.delta, money: money),
        ]
    }

    /// Whether a change is better or worse for the city: costs and shortfalls (and the
    /// applicants turned away that serving demand counts) are better lower.
    static func verdict(of change: PlanChange) -> Verdict? {
        switch change.kind.section {
        case .costs, .targets: change.delta < 0 ? .better : change.delta > 0 ? .worse : nil
        case .seats, .teachers: nil
        }
    }

    /// What a change is about: a programme and level, a programme's short courses, a
    /// school's seats, a group, a target (with its programme and level), a cost item.
    /// (A programme or group names its school, so the school is not repeated.)
    func item(_ change: PlanChange) -> String {
        let dot = " · "
        var parts: [String] = []
        if change.kind == .seatsAdded, let school = change.school { parts.append(names.school(school)) }
        if let target = change.target { parts.append(names.target(target)) }
        if let programme = change.programme { parts.append(names.programme(programme)) }
        if let level = change.level { parts.append(names.level(level)) }
        if let group = change.group { parts.append(names.group(group)) }
        if let item = change.costItem { parts.append(terms[item.termKey]) }
        if change.kind == .training || change.kind == .highTraining { parts.append(terms[.shortCourses]) }
        if let unit = change.unit, change.kind.section == .targets {
            parts.append(terms[.shortfall] + terms.parenthesised(terms.unit(unit)))
        }
        return parts.joined(separator: dot)
    }

    /// Years as a range when they run on (`2023–2025`), else listed (`2021, 2023`).
    static func years(_ years: [Int]) -> String {
        guard let first = years.first, let last = years.last else { return "" }
        if years == Array(first...last) { return PlanNames.years(years) }
        return years.map(String.init).joined(separator: ", ")
    }

    private func verdict(_ delta: Double) -> Verdict? {
        abs(delta) < 1e-9 ? nil : delta < 0 ? .better : .worse
    }

    private func signedPercent(_ share: Double) -> String {
        let text = NumberText.percent(share)
        return share > 0 ? "+" + text : text
    }
}
