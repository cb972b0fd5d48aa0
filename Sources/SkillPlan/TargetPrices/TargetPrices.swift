/// What each target of a plan costs (`skillplan solve --target-prices`): every target
/// relaxed in turn, the plan solved again like itself, and the difference. Kept in the
/// plan file (``Plan/targetPrices``), so that every export and the workbench show it;
/// their timing is a run fact (``RunFacts/targetPricesSeconds``).
public struct TargetPrices: Codable, Sendable, Hashable {
    /// How each target was relaxed.
    public var relaxation: TargetRelaxation
    /// One price per target, in the scenario's order.
    public var prices: [TargetPrice]
    /// The plan's cost, in yuan, that each relaxed plan's cost is compared with.
    public var planCost: Double

    /// The prices of the targets whose relaxed solve gave a plan.
    public var priced: [TargetPrice] { prices.filter(\.isPriced) }

    /// The price of a target, if it has one.
    public func price(of target: String) -> TargetPrice? {
        prices.first { $0.target == target }
    }
}
