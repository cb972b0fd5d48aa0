/// The headline of a two-plan diff, in numbers and ids (the formats put it in words):
/// each cost before and after, the targets met, each target newly short, newly met or
/// short by a different amount, the applicants turned away (in all and in the
/// programmes that turn away the most), and each school's teachers, seats and students
/// in the last planning year.
struct DiffHeadline {
    /// A number before and after.
    struct Figure {
        /// In the first plan (`nil`: the plan does not have it).
        var before: Double?
        /// In the second plan.
        var after: Double?
        /// `after − before`, an absent value counting as 0.
        var delta: Double { (after ?? 0) - (before ?? 0) }
    }

    /// A target whose standing changed.
    struct TargetLine {
        /// The target's id.
        var target: String
        /// `.targetNewlyShort`, `.targetNewlyMet` or `.shortfall`.
        var status: PlanChangeKind
        /// Its standing in the first plan.
        var before: PlanFigures.TargetStanding?
        /// Its standing in the second plan.
        var after: PlanFigures.TargetStanding?
        /// The shortfall before and after.
        var shortfall: Figure { Figure(before: before?.shortfall ?? 0, after: after?.shortfall ?? 0) }
        /// The unit of the shortfall.
        var unit: String { after?.unit ?? before?.unit ?? "" }
        /// The years short in the plan where it is short (the second, unless newly met).
        var yearsShort: [Int] { (status == .targetNewlyMet ? before?.yearsShort : after?.yearsShort) ?? [] }
    }

    /// A school in the last year.
    struct SchoolLine {
        /// The school's id.
        var school: String
        /// Teachers (headcount).
        var teachers: Figure
        /// Seats.
        var seats: Figure
        /// Students.
        var students: Figure
    }

    /// The cost items the headline shows, total first.
    static let costItems: [CostItem] = [.total, .hiring, .expansion, .classes, .training]
    /// The programmes shown by applicants turned away.
    static let topProgrammes = 3

    /// Each cost item of ``costItems``.
    var costs: [(item: CostItem, figure: Figure)]
    /// Targets met in full, before and after.
    var targetsMet: Figure
    /// Targets in the second plan (or the first, when the second has none).
    var targetCount: Int
    /// Targets newly short, then newly met, then short by a different amount (by at least
    /// the diff's threshold).
    var targets: [TargetLine]
    /// Applicants in the second plan.
    var applicants: Double
    /// Applicants turned away.
    var turnedAway: Figure
    /// The programmes that turn the most applicants away in the second plan (in the
    /// first, when the second turns none away), at most ``topProgrammes``.
    var programmes: [(programme: String, figure: Figure)]
    /// The last planning year of the second plan.
    var lastYear: Int?
    /// Each school, in the catalogue's order.
    var schools: [SchoolLine]

    /// The headline of a diff.
    init(_ diff: PlanDiff) {
        let a = diff.beforeFigures, b = diff.afterFigures
        costs = Self.costItems.map { ($0, Figure(before: $0.amount(in: a.costs), after: $0.amount(in: b.costs))) }
        targetsMet = Figure(before: Double(a.targetsMet), after: Double(b.targetsMet))
        targetCount = b.targets.isEmpty ? a.targets.count : b.targets.count
        var ids = b.targets.map(\.target)
        for t in a.targets where !ids.contains(t.target) { ids.append(t.target) }
        var lines: [TargetLine] = []
        for id in ids {
            let x = a.target(id), y = b.target(id)
            let metBefore = x?.met ?? true, metAfter = y?.met ?? true
            let status: PlanChangeKind
            if metBefore && !metAfter {
                status = .targetNewlyShort
            } else if !metBefore && metAfter {
                status = .targetNewlyMet
            } else if !metBefore && !metAfter, PlanComparer.differ(x?.shortfall, y?.shortfall),
                diff.threshold.lists(kind: .shortfall, delta: (y?.shortfall ?? 0) - (x?.shortfall ?? 0), totalCost: 0)
            {
                status = .shortfall
            } else {
                continue
            }
            lines.append(TargetLine(target: id, status: status, before: x, after: y))
        }
        targets = lines.enumerated().sorted { l, r in
            l.element.status.rankInSection != r.element.status.rankInSection
                ? l.element.status.rankInSection < r.element.status.rankInSection : l.offset < r.offset
        }.map(\.element)
        applicants = b.applicants
        turnedAway = Figure(before: a.turnedAway, after: b.turnedAway)
        let ranked = b.turnedAwayByProgramme.isEmpty ? a.turnedAwayByProgramme : b.turnedAwayByProgramme
        programmes = ranked.prefix(Self.topProgrammes).map {
            (
                $0.programme,
                Figure(before: a.turnedAway(programme: $0.programme), after: b.turnedAway(programme: $0.programme))
            )
        }
        lastYear = b.lastYear ?? a.lastYear
        var schoolIDs = diff.catalog.schools.map(\.id)
        for s in b.schools + a.schools where !schoolIDs.contains(s.school) { schoolIDs.append(s.school) }
        schools = schoolIDs.compactMap { id in
            let x = a.school(id), y = b.school(id)
            guard x != nil || y != nil else { return nil }
            return SchoolLine(
                school: id, teachers: Figure(before: x?.teachers, after: y?.teachers),
                seats: Figure(before: x?.seats, after: y?.seats),
                students: Figure(before: x?.students, after: y?.students))
        }
    }
}
