/// The outcome of one point of a sweep.
public struct SweepPointResult: Codable, Sendable, Hashable {
    /// The point's values, one per axis.
    public var values: [Double]
    /// `optimal`, `feasible`, `infeasible`, `no plan`, `invalid` (the values break the
    /// data's rules) or `failed` (the checker found a violation, or GLPK failed).
    public var status: String
    /// The plan's cost in yuan, when there is a plan.
    public var cost: Double?
    /// The plan's objective (cost plus shortfall penalty), when there is a plan.
    public var objective: Double?
    /// The relative gap the plan was proven to (the larger of its phases'), when there is a plan.
    public var gap: Double?
    /// Phase 1's gap: the weighted shortfall against its bound.
    public var shortfallGap: Double?
    /// Phase 2's gap: the cost against its bound.
    public var costGap: Double?
    /// With a reference plan (`sweep --like`): how many decisions differ from it.
    public var decisionsDiffering: Int?
    /// Each target's total shortfall over its rows, by target id, when there is a plan.
    public var shortfalls: [String: Double]
    /// Why there is no plan, or what is wrong with the values.
    public var note: String
    /// ``note`` in Chinese (`nil` in a checkpoint written before it was kept).
    public var noteZh: String?

    /// The note in a language (the English one where no Chinese one was kept).
    ///
    /// - Parameter language: the language.
    public func note(in language: Language) -> String {
        language == .zh ? noteZh ?? note : note
    }

    /// A result with its note in both languages.
    public init(
        values: [Double], status: String, cost: Double?, objective: Double?, gap: Double?, shortfalls: [String: Double],
        note: OutcomeNote
    ) {
        self.init(
            values: values, status: status, cost: cost, objective: objective, gap: gap, shortfalls: shortfalls,
            note: note.en)
        noteZh = note.zh
    }

    /// A result.
    public init(
        values: [Double], status: String, cost: Double?, objective: Double?, gap: Double?, shortfalls: [String: Double],
        note: String
    ) {
        self.values = values
        self.status = status
        self.cost = cost
        self.objective = objective
        self.gap = gap
        self.shortfalls = shortfalls
        self.note = note
    }
}
