/// The sections of a plan diff, in the order it lists them.
public enum PlanDiffSection: String, Codable, Sendable, Hashable, CaseIterable {
    /// Intake, classes, enrolment and short courses per programme, level and year; seats
    /// added per school and year.
    case seats
    /// Hires and rotation per teacher group and year.
    case teachers
    /// Target rows newly met, newly short, or whose shortfall changed.
    case targets
    /// Each cost, the penalty and the objective.
    case costs

    /// The term of the section's title.
    public var termKey: Terms.Key {
        switch self {
        case .seats: .seatsSection
        case .teachers: .teachersSection
        case .targets: .targetsSection
        case .costs: .costsSection
        }
    }
}
