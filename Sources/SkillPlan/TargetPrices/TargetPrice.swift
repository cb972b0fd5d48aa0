/// What one target costs the plan: the plan solved again with the target relaxed, like
/// the plan (phase 3 of the solve keeps every decision it can), and what changes.
///
/// Amounts are the relaxed plan's less the plan's: a positive ``costSaved`` is money
/// the target costs; a change in applicants admitted, teachers or seats is what the
/// target holds in place. A target that the plan meets with room to spare, or one that
/// nothing the plan does can meet, costs nothing (``costSaved`` 0).
public struct TargetPrice: Codable, Sendable, Hashable {
    /// The target's id.
    public var target: String
    /// Its kind.
    public var kind: TargetKind
    /// What the target asks, in ``unit``: person-times, students, a share, or students per
    /// teacher (for `serve-demand`, the share of applicants to admit).
    public var value: Double?
    /// The unit of ``value`` and ``relaxedValue``: `person-times`, `students`, `share`,
    /// `students-per-teacher`.
    public var unit: String
    /// What the relaxed target asks, in ``unit``; `nil` when it was removed.
    public var relaxedValue: Double?
    /// Whether the plan meets the target in every row.
    public var metInPlan: Bool
    /// How the relaxed solve ended: `optimal`, `feasible`, `not run`, `no plan`, `infeasible`,
    /// `failed`, or `plan kept` (the relaxed model's LP bounds prove the plan within the gap
    /// of both phases, so no search was run: ``TargetPrice/planKept``).
    public var status: String
    /// Why it stopped early (`time limit`, `interrupted`, …), or why it did not run.
    public var stopReason: String?
    /// The relaxed plan's cost (hiring, seats, classes, training), in yuan.
    public var cost: Double?
    /// The plan's cost less the relaxed plan's: what meeting the target as asked costs.
    public var costSaved: Double?
    /// The least and the most the target may cost, given the gaps of the plan's and the
    /// relaxed plan's cost searches (each search stops within its gap of the best cost):
    /// the plan's cost bound less the relaxed plan's cost, and the plan's cost less the
    /// relaxed plan's cost bound. Equal to ``costSaved`` when both are proven optimal.
    public var costSavedLow: Double?
    /// The most the target may cost (see ``costSavedLow``).
    public var costSavedHigh: Double?
    /// Applicants admitted over every programme level and year, relaxed less the plan's.
    public var applicantsChange: Double?
    /// Teachers (headcount of every group) in the last planning year, relaxed less the plan's.
    public var teachersChange: Double?
    /// Full-time seats of every school in the last planning year, relaxed less the plan's.
    public var seatsChange: Double?
    /// Decisions of the relaxed plan that differ from the plan's.
    public var decisionsDiffering: Int?
    /// What went wrong, for a solve without a plan.
    public var note: String?

    /// Whether the price comes from a complete relaxed plan (not stopped by a stop or the
    /// time limit before it had one).
    public var isPriced: Bool { costSaved != nil }
}
