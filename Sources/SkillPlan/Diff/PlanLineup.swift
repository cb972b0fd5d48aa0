/// Several plans side by side: the headline figures of each (costs, targets, applicants
/// turned away, teachers and seats per school in the last year) as one table with a
/// column per plan, as planners lay out what-ifs in a spreadsheet.
///
/// ```swift
/// let lineup = PlanLineup(plans: [base, freeze, noExpansion])
/// print(try PlanDiffRenderer(language: .en).render(lineup, as: .text))
/// ```
public struct PlanLineup: Sendable, Hashable {
    /// Each plan, in the order given.
    public var sides: [PlanDiff.Side]
    /// Each plan's figures, in the same order.
    public var figures: [PlanFigures]
    /// The names of every plan's ids (the first plan's, then each next plan's new ids).
    public var catalog: PlanCatalog

    /// Plans side by side.
    ///
    /// - Parameters:
    ///   - plans: the plans, at least one.
    ///   - labels: what each plan is called beside its scenario (a version's label or
    ///     id, a file's name), `nil` for its scenario alone; missing entries count as `nil`.
    public init(plans: [Plan], labels: [String?] = []) {
        sides = plans.enumerated().map { i, plan in PlanDiff.Side(plan, label: i < labels.count ? labels[i] : nil) }
        figures = plans.map(PlanFigures.init)
        var catalog =
            plans.first?.catalog ?? PlanCatalog(schools: [], levels: [], groups: [], programmes: [], targets: [])
        for plan in plans.dropFirst() { catalog = PlanDiff.mergedCatalog(plan.catalog, catalog) }
        self.catalog = catalog
    }

    /// The target ids of every plan, first plan's order first.
    public var targetIDs: [String] {
        var ids: [String] = []
        for f in figures { for t in f.targets where !ids.contains(t.target) { ids.append(t.target) } }
        return ids
    }

    /// The school ids of every plan, in the catalogue's order.
    public var schoolIDs: [String] {
        var ids = catalog.schools.map(\.id)
        for f in figures { for s in f.schools where !ids.contains(s.school) { ids.append(s.school) } }
        let present = Set(figures.flatMap { $0.schools.map(\.school) })
        return ids.filter(present.contains)
    }

    /// The programmes shown by applicants turned away: each plan's most, at most
    /// `limit`, ranked by the most any plan turns away.
    ///
    /// - Parameter limit: how many programmes at most.
    /// - Returns: the programme ids.
    public func topProgrammes(limit: Int = 5) -> [String] {
        var most: [String: Double] = [:]
        for f in figures {
            for p in f.turnedAwayByProgramme.prefix(DiffHeadline.topProgrammes) {
                most[p.programme] = max(most[p.programme] ?? 0, p.turnedAway)
            }
        }
        return most.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(limit).map(\.key)
    }
}
