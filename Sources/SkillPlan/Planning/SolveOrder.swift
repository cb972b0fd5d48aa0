/// In which order a solve weighs the targets against cost.
public enum SolveOrder: String, Sendable, CaseIterable {
    /// Phase 1 minimises the weighted shortfall alone; phase 2 minimises cost with the
    /// shortfall held (docs/model.md, "Solve order"). The default.
    case shortfallsThenCost = "shortfalls-then-cost"
    /// One search of the weighted sum `shortfall penalty + cost`, as before the phases:
    /// a large penalty then swallows the gap (on `training-20000` a 0.5% gap of the
    /// penalty is the plan's whole cost). Kept so that `skillplan-bench phases` measures
    /// the phases against it in the same run.
    case weightedSum = "weighted-sum"
}
