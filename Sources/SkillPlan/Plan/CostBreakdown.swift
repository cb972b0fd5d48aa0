/// What a plan costs, in yuan, and the penalty of its shortfalls.
public struct CostBreakdown: Codable, Sendable, Hashable {
    /// Teachers hired × hire cost.
    public var hiring: Double
    /// Seats added × expansion cost.
    public var expansion: Double
    /// Classes opened × class cost.
    public var classes: Double
    /// Short-course person-times × training cost.
    public var training: Double
    /// Teachers qualified through rotation × qualification cost; absent (`nil`) when no
    /// group's qualification is planned, so plans without it read and write as before.
    public var qualification: Double?
    /// The costs together.
    public var total: Double
    /// Σ weight × shortfall over every target row (not money: the objective's price of falling short).
    public var shortfallPenalty: Double
    /// `total + shortfallPenalty`: the objective the plan minimises.
    public var objective: Double
}
