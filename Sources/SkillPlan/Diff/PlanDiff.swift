/// What changed between two plans, and only that: intake, classes, enrolment and short
/// courses per programme, level and year; seats added per school and year; hires and
/// rotation per teacher group and year; target rows newly met, newly short or short by
/// a different amount; each cost. Each change has before, after and the difference.
///
/// Changes are listed by section (``PlanDiffSection``), and within a section largest
/// first: by the size of the difference, ties broken by ``PlanChange/key``. (Targets list
/// the newly short rows first, then the newly met, then shortfall changes.) Differences
/// within 1e-6 (relative to the numbers' size) are rounding, not changes.
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

        /// The side of a plan.
        ///
        /// - Parameter plan: the plan.
        public init(_ plan: Plan) {
            scenario = plan.scenario
            titleZh = plan.titleZh
            titleEn = plan.titleEn
            inputHash = plan.inputHash
        }
    }

    /// The first plan ("before").
    public var before: Side
    /// The second plan ("after").
    public var after: Side
    /// The names of both plans' ids (the second plan's, then the first's for ids only it has).
    public var catalog: PlanCatalog
    /// The input changes the caller gave, in its order.
    public var inputs: [InputChange]
    /// The changes, by section, largest first.
    public var changes: [PlanChange]

    /// Whether nothing changed: no input change and no plan change.
    public var isEmpty: Bool { inputs.isEmpty && changes.isEmpty }

    /// The changes of a section, largest first.
    ///
    /// - Parameter section: the section.
    /// - Returns: its changes.
    public func changes(in section: PlanDiffSection) -> [PlanChange] {
        changes.filter { $0.kind.section == section }
    }

    /// Compares two plans.
    ///
    /// - Parameters:
    ///   - a: the first plan ("before").
    ///   - b: the second plan ("after").
    ///   - inputs: the input changes behind the difference, if the caller knows them.
    /// - Returns: the changes from `a` to `b`.
    /// - Complexity: O(n log n) in the number of rows of the plans.
    public static func compare(_ a: Plan, _ b: Plan, inputs: [InputChange] = []) -> PlanDiff {
        let changes = PlanComparer(a: a, b: b).changes()
        let sorted = changes.sorted { x, y in
            let sx = PlanDiffSection.allCases.firstIndex(of: x.kind.section) ?? 0
            let sy = PlanDiffSection.allCases.firstIndex(of: y.kind.section) ?? 0
            if sx != sy { return sx < sy }
            if x.kind.rankInSection != y.kind.rankInSection { return x.kind.rankInSection < y.kind.rankInSection }
            let dx = abs(x.delta), dy = abs(y.delta)
            if dx != dy { return dx > dy }
            return x.key < y.key
        }
        return PlanDiff(before: Side(a), after: Side(b), catalog: mergedCatalog(a.catalog, b.catalog),
                        inputs: inputs, changes: sorted)
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
