/// The parts of a plan's ``CostBreakdown``, in the order exports and diffs list them.
public enum CostItem: String, Sendable, Hashable, CaseIterable, Codable {
    /// Teachers hired × hire cost.
    case hiring
    /// Seats added × expansion cost.
    case expansion
    /// Classes opened × class cost.
    case classes
    /// Short-course person-times × training cost.
    case training
    /// Teachers qualified through rotation × qualification cost (一体化/双师型).
    case qualification
    /// The costs together.
    case total
    /// Σ weight × shortfall (not money).
    case shortfallPenalty
    /// Total cost plus the shortfall penalty.
    case objective

    /// The amount of this item in a breakdown.
    ///
    /// - Parameter costs: the breakdown.
    /// - Returns: the amount.
    public func amount(in costs: CostBreakdown) -> Double {
        switch self {
        case .hiring: costs.hiring
        case .expansion: costs.expansion
        case .classes: costs.classes
        case .training: costs.training
        case .qualification: costs.qualification ?? 0
        case .total: costs.total
        case .shortfallPenalty: costs.shortfallPenalty
        case .objective: costs.objective
        }
    }

    /// The term of its label.
    public var termKey: Terms.Key {
        switch self {
        case .hiring: .costHiring
        case .expansion: .costExpansion
        case .classes: .costClasses
        case .training: .costTraining
        case .qualification: .costQualification
        case .total: .costTotal
        case .shortfallPenalty: .costShortfallPenalty
        case .objective: .costObjective
        }
    }

    /// The items a breakdown has: every one, less the qualification cost where the plan
    /// plans no qualification.
    public static func items(in costs: CostBreakdown) -> [CostItem] {
        allCases.filter { $0 != .qualification || costs.qualification != nil }
    }
}
