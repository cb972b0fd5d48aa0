/// The smallest change a diff lists: changes below it are counted, not listed, so that
/// rounding noise does not bury what matters.
///
/// The default lists a change of at least 1 person (students, trainees, teachers,
/// applicants, a shortfall), 1 seat or class, and 0.1% of the larger plan's total cost.
/// `DiffThreshold.all` lists every change.
public struct DiffThreshold: Codable, Sendable, Hashable {
    /// The smallest change listed in people (intake, enrolment, short courses, hires,
    /// rotation, shortfalls) and classes.
    public var people: Double
    /// The smallest change listed in seats added.
    public var seats: Double
    /// The smallest change of a cost listed, as a share of the larger total cost of the
    /// two plans (0.001 is 0.1%).
    public var costShare: Double

    /// A threshold.
    ///
    /// - Parameters:
    ///   - people: the smallest change in people and classes (default 1).
    ///   - seats: the smallest change in seats (default 1).
    ///   - costShare: the smallest change of a cost, as a share of total cost (default 0.001).
    public init(people: Double = 1, seats: Double = 1, costShare: Double = 0.001) {
        self.people = people
        self.seats = seats
        self.costShare = costShare
    }

    /// Every change listed, however small (rounding, within a millionth, still is not a change).
    public static let all = DiffThreshold(people: 0, seats: 0, costShare: 0)

    /// Whether a change is listed.
    ///
    /// - Parameters:
    ///   - change: the change.
    ///   - totalCost: the larger total cost of the two plans, in yuan.
    /// - Returns: whether its size reaches the threshold of its kind.
    public func lists(_ change: PlanChange, totalCost: Double) -> Bool {
        lists(kind: change.kind, delta: change.delta, totalCost: totalCost)
    }

    /// Whether a change of a kind and size is listed.
    ///
    /// - Parameters:
    ///   - kind: what changed.
    ///   - delta: by how much.
    ///   - totalCost: the larger total cost of the two plans, in yuan.
    /// - Returns: whether the size reaches the threshold of its kind.
    public func lists(kind: PlanChangeKind, delta: Double, totalCost: Double) -> Bool {
        let size = abs(delta)
        switch kind {
        case .cost: return size >= costShare * abs(totalCost) - 1e-9
        case .seatsAdded: return size >= seats - 1e-9
        default: return size >= people - 1e-9
        }
    }
}
