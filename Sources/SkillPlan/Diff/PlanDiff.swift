/// What changed between two plans: first the headline (each plan's ``PlanFigures``:
/// costs, targets, applicants turned away, teachers and seats per school), then per
/// school the changes summed over the plan years per programme and level or teacher
/// group, then the detail: intake, classes, enrolment and short courses per programme,
/// level and year; seats added per school and year; hires and rotation per teacher group
/// and year; target rows newly met, newly short or short by a different amount; each
/// cost. Each change has before, after and the difference.
///
/// Changes are listed by section (``PlanDiffSection``), and within a section largest
/// first: by the size of the difference, ties broken by ``PlanChange/key``. (Targets list
/// the newly short rows first, then the newly met, then shortfall changes.) Differences
/// within 1e-6 (relative to the numbers' size) are rounding, not changes; changes below
/// the ``threshold`` are counted but not listed.
///
/// ```swift
/// let diff = PlanDiff.compare(base, freeze)
/// print(try PlanDiffRenderer(language: .en).render(diff, as: .text))
/// ```
public struct PlanDiff: Sendable, Hashable {
    /// Which plan one side of the comparison is.
    public struct Side: Codable, Sendable, Hashable {
        /// The scenario's name.
        public var scenario: String
        /// The Chinese title.
        public var titleZh: String
        /// The English title.
        public var titleEn: String
        /// The hash of its resolved inputs.
        public var inputHash: String
        /// What the plan is called beside its scenario: a saved version's label (or `v3`
        /// when it has none), a plan file's name, or `nil` when the scenario names it.
        public var label: String?

        /// The side of a plan.
        ///
        /// - Parameters:
        ///   - plan: the plan.
        ///   - label: its version's label or id, or its file's name (`nil`: its scenario alone).
        public init(_ plan: Plan, label: String? = nil) {
            scenario = plan.scenario
            titleZh = plan.titleZh
            titleEn = plan.titleEn
            inputHash = plan.inputHash
            self.label = label
        }

        /// The plan's name: `label · scenario`, or the scenario alone.
        public var name: String {
            guard let label, !label.isEmpty, label != scenario else { return scenario }
            return label + " · " + scenario
        }
    }

    /// The first plan ("before").
    public var before: Side
    /// The second plan ("after").
    public var after: Side
    /// The first plan.
    public var beforePlan: Plan
    /// The second plan.
    public var afterPlan: Plan
    /// The first plan's figures.
    public var beforeFigures: PlanFigures
    /// The second plan's figures.
    public var afterFigures: PlanFigures
    /// The plan years of both plans.
    public var years: [Int]
    /// The names of both plans' ids (the second plan's, then the first's for ids only it has).
    public var catalog: PlanCatalog
    /// The input changes the caller gave, in its order.
    public var inputs: [InputChange]
    /// Every change, by section, largest first (listed or not: see ``threshold``).
    public var changes: [PlanChange]
    /// The changes summed over the plan years (``PlanChange/year`` is `nil`): per
    /// programme and level intake and classes, per programme short courses, per school
    /// seats added, per group hires and rotation; by school in the catalogue's order, then
    /// by kind (``PlanChangeKind`` order), then largest first.
    public var schoolTotals: [PlanChange]
    /// The smallest change listed.
    public var threshold: DiffThreshold

    /// Whether nothing changed: no input change and no plan change.
    public var isEmpty: Bool { inputs.isEmpty && changes.isEmpty }

    /// The changes of a section, largest first, listed or not.
    ///
    /// - Parameter section: the section.
    /// - Returns: its changes.
    public func changes(in section: PlanDiffSection) -> [PlanChange] {
        changes.filter { $0.kind.section == section }
    }

    /// Whether a change reaches the threshold and is listed.
    ///
    /// - Parameter change: a change of this diff.
    /// - Returns: whether it is listed.
    public func isListed(_ change: PlanChange) -> Bool {
        threshold.lists(change, totalCost: max(abs(beforeFigures.costs.total), abs(afterFigures.costs.total)))
    }

    /// The listed changes of a section, largest first.
    ///
    /// - Parameter section: the section.
    /// - Returns: its changes at or above the threshold.
    public func listedChanges(in section: PlanDiffSection) -> [PlanChange] {
        changes(in: section).filter(isListed)
    }

    /// How many changes are below the threshold, counted but not listed.
    public var unlistedCount: Int { changes.filter { !isListed($0) }.count }

    /// Compares two plans.
    ///
    /// - Parameters:
    ///   - a: the first plan ("before").
    ///   - b: the second plan ("after").
    ///   - inputs: the input changes behind the difference, if the caller knows them.
    ///   - labels: what each plan is called beside its scenario (a version's label or
    ///     id, a file's name), or `nil`.
    ///   - threshold: the smallest change listed (default: 1 person, 1 seat, 0.1% of cost).
    /// - Returns: the changes from `a` to `b`.
    /// - Complexity: O(n log n) in the number of rows of the plans.
    public static func compare(
        _ a: Plan, _ b: Plan, inputs: [InputChange] = [], labels: (String?, String?) = (nil, nil),
        threshold: DiffThreshold = DiffThreshold()
    ) -> PlanDiff {
        let comparer = PlanComparer(a: a, b: b)
        let sorted = comparer.changes().sorted { x, y in
            let sx = PlanDiffSection.allCases.firstIndex(of: x.kind.section) ?? 0
            let sy = PlanDiffSection.allCases.firstIndex(of: y.kind.section) ?? 0
            if sx != sy { return sx < sy }
            if x.kind.rankInSection != y.kind.rankInSection { return x.kind.rankInSection < y.kind.rankInSection }
            return largerFirst(x, y)
        }
        let catalog = mergedCatalog(a.catalog, b.catalog)
        let schoolOrder = Dictionary(catalog.schools.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { x, _ in x })
        let totals = comparer.schoolTotals().sorted { x, y in
            let ox = x.school.flatMap { schoolOrder[$0] } ?? Int.max,
                oy = y.school.flatMap { schoolOrder[$0] } ?? Int.max
            if ox != oy { return ox < oy }
            let kx = PlanChangeKind.allCases.firstIndex(of: x.kind) ?? 0,
                ky = PlanChangeKind.allCases.firstIndex(of: y.kind) ?? 0
            if kx != ky { return kx < ky }
            return largerFirst(x, y)
        }
        var years = a.years
        for y in b.years where !years.contains(y) { years.append(y) }
        return PlanDiff(
            before: Side(a, label: labels.0), after: Side(b, label: labels.1), beforePlan: a, afterPlan: b,
            beforeFigures: PlanFigures(a),
            afterFigures: PlanFigures(b), years: years.sorted(), catalog: catalog, inputs: inputs,
            changes: sorted, schoolTotals: totals, threshold: threshold)
    }

    /// The larger difference first, ties by key.
    static func largerFirst(_ x: PlanChange, _ y: PlanChange) -> Bool {
        let dx = abs(x.delta), dy = abs(y.delta)
        if dx != dy { return dx > dy }
        return x.key < y.key
    }

    /// The second catalogue with the first's entries that it lacks.
    static func mergedCatalog(_ a: PlanCatalog, _ b: PlanCatalog) -> PlanCatalog {
        var merged = b
        func missing(_ x: [PlanCatalog.Entry], _ y: [PlanCatalog.Entry]) -> [PlanCatalog.Entry] {
            let ids = Set(y.map(\.id))
            return x.filter { !ids.contains($0.id) }
        }
        merged.schools += missing(a.schools, b.schools)
        merged.levels += missing(a.levels, b.levels)
        merged.groups += missing(a.groups, b.groups)
        merged.targets += missing(a.targets, b.targets)
        let programmeIDs = Set(b.programmes.map(\.id))
        merged.programmes += a.programmes.filter { !programmeIDs.contains($0.id) }
        return merged
    }
}
