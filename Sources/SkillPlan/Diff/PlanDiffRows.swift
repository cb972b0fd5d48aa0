/// A plan diff as rows of text in one language, shared by the text, Markdown and HTML
/// formats: the input changes, and per section the changes with their labels, names and
/// numbers formatted for people.
struct PlanDiffRows {
    /// One section's rows.
    struct Section {
        /// Which section.
        var section: PlanDiffSection
        /// Its title.
        var title: String
        /// Its changes.
        var changes: [PlanChange]
        /// Its column labels: those of ``PlanDiffRows/changeHeader`` with a value in some row.
        var header: [String]
        /// Which of its columns hold numbers.
        var numeric: [Bool]
        /// Its rows, one per change, one cell per column.
        var rows: [[String]]
    }

    /// Labels.
    let terms: Terms
    /// Names.
    let names: PlanNames
    /// The diff.
    let diff: PlanDiff

    /// The rows of a diff in a language.
    init(_ diff: PlanDiff, language: Language) {
        self.diff = diff
        terms = Terms(language)
        names = PlanNames(diff.catalog, language: language)
    }

    /// "方案比较：A → B" / "Plan comparison: A → B".
    var title: String {
        terms[.planComparison] + terms.colon + diff.before.scenario + " → " + diff.after.scenario
    }

    /// "方案A：name（title）" and the same for B.
    var sides: [String] {
        [(terms[.planA], diff.before), (terms[.planB], diff.after)].map { label, side in
            let title = terms.language == .zh ? side.titleZh : side.titleEn
            return label + terms.colon + side.scenario + (title.isEmpty ? "" : terms.parenthesised(title))
        }
    }

    /// The columns of the inputs table.
    var inputHeader: [String] { [terms[.table], terms[.id], terms[.field], terms[.before], terms[.after]] }

    /// The inputs table's rows.
    var inputRows: [[String]] {
        diff.inputs.map { [$0.table, $0.id, $0.field, $0.before ?? terms[.absent], $0.after ?? terms[.absent]] }
    }

    /// The columns of a section's table.
    var changeHeader: [String] {
        [terms[.change], terms[.item], terms[.year], terms[.before], terms[.after], terms[.delta]]
    }

    /// Which columns of a section's table hold numbers.
    var changeNumeric: [Bool] { [false, false, true, true, true, true] }

    /// The sections that have changes, in order.
    var sections: [Section] {
        PlanDiffSection.allCases.compactMap { section in
            let changes = diff.changes(in: section)
            guard !changes.isEmpty else { return nil }
            let cells = changes.map(row)
            let kept = changeHeader.indices.filter { c in cells.contains { !$0[c].isEmpty } }
            return Section(section: section, title: terms[section.termKey], changes: changes,
                           header: kept.map { changeHeader[$0] }, numeric: kept.map { changeNumeric[$0] },
                           rows: cells.map { row in kept.map { row[$0] } })
        }
    }

    /// One change's cells.
    func row(_ change: PlanChange) -> [String] {
        let money = change.kind == .cost
        func value(_ v: Double?) -> String {
            guard let v else { return terms[.absent] }
            return money ? NumberText.money(v) : NumberText.count(v)
        }
        return [terms[change.kind.termKey], item(change),
                change.year.map(String.init) ?? "", value(change.before), value(change.after),
                NumberText.signed(change.delta, money: money)]
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
        if change.kind == .training { parts.append(terms[.shortCourses]) }
        if let unit = change.unit, change.kind.section == .targets { parts.append(terms[.shortfall] + terms.parenthesised(terms.unit(unit))) }
        return parts.joined(separator: dot)
    }
}
