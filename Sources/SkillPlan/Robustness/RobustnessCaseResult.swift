/// The outcome of one case of a robustness study.
public struct RobustnessCaseResult: Sendable, Hashable, Codable {
    /// The case.
    public var robustnessCase: RobustnessCase
    /// `optimal`, `feasible`, `infeasible`, `no plan`, `invalid` or `failed`.
    public var status: String
    /// The plan's cost in yuan, when there is a plan.
    public var cost: Double?
    /// Each target's total shortfall over its rows, in its own unit, by target id.
    public var shortfalls: [String: Double]
    /// Each target's attainment: the least achieved ÷ required over its rows (1 when
    /// met exactly; above 1 met with room; for a ratio target, required ÷ achieved).
    public var attainment: [String: Double]
    /// Why there is no plan.
    public var note: String
    /// ``note`` in Chinese.
    public var noteZh: String?

    /// The note in a language (the English one where no Chinese one was kept).
    ///
    /// - Parameter language: the language.
    public func note(in language: Language) -> String {
        language == .zh ? noteZh ?? note : note
    }

    /// Whether the case has a plan.
    public var solved: Bool { cost != nil }

    /// Whether target `id` is met (no shortfall beyond rounding).
    public func met(_ id: String) -> Bool? {
        guard solved else { return nil }
        return (shortfalls[id] ?? 0) <= 1e-6
    }
}
