/// What a ``PlanChange`` is a change of.
public enum PlanChangeKind: String, Codable, Sendable, Hashable, CaseIterable {
    /// First-year students admitted, per programme, level and year.
    case intake
    /// First-year classes opened, per programme, level and year.
    case classes
    /// Full-time students, per programme, level and year.
    case enrolment
    /// Short-course person-times, per programme and year.
    case training
    /// High-level short-course person-times (高级工/技师/高级技师), per programme and year.
    case highTraining = "high-training"
    /// Seats added, per school and year.
    case seatsAdded = "seats-added"
    /// Teachers hired, per group and year.
    case hires
    /// Teachers on rotation, per group and year.
    case rotation
    /// Teachers qualified (一体化/双师型) through rotation, per group and year.
    case qualification
    /// Qualified teachers, per group and year.
    case qualified
    /// A target row short before and met after (before and after are shortfalls).
    case targetNewlyMet = "target-newly-met"
    /// A target row met before and short after (before and after are shortfalls).
    case targetNewlyShort = "target-newly-short"
    /// A target row short before and after, by a different amount.
    case shortfall
    /// A cost item (``CostItem``), in yuan.
    case cost

    /// The section the change is listed in.
    public var section: PlanDiffSection {
        switch self {
        case .intake, .classes, .enrolment, .training, .highTraining, .seatsAdded: .seats
        case .hires, .rotation, .qualification, .qualified: .teachers
        case .targetNewlyMet, .targetNewlyShort, .shortfall: .targets
        case .cost: .costs
        }
    }

    /// The term of its label.
    public var termKey: Terms.Key {
        switch self {
        case .intake: .intake
        case .classes: .newClasses
        case .enrolment: .enrolment
        case .training: .trainingPlaces
        case .highTraining: .highPlaces
        case .seatsAdded: .seatsAdded
        case .hires: .hires
        case .rotation: .onRotation
        case .qualification: .newlyQualified
        case .qualified: .qualified
        case .targetNewlyMet: .newlyMet
        case .targetNewlyShort: .newlyShort
        case .shortfall: .shortfallChanged
        case .cost: .costYuan
        }
    }

    /// The order of kinds within a section before sizes are compared: within targets,
    /// newly short first, then newly met, then shortfall changes; elsewhere all equal.
    var rankInSection: Int {
        switch self {
        case .targetNewlyShort: 0
        case .targetNewlyMet: 1
        case .shortfall: 2
        default: 0
        }
    }
}
