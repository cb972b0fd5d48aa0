import GLPK

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
    /// The relaxed plan's cost (hiring, seats, classes, training), in yuan, as its cost
    /// phase found it (its phase 3 may keep more of the plan's decisions for up to the
    /// gap of cost).
    public var cost: Double?
    /// The plan's cost less the relaxed plan's: what meeting the target as asked costs.
    public var costSaved: Double?
    /// The least and the most the target may cost, given the gaps of the plan's and the
    /// relaxed plan's cost searches (each search stops within its gap of the best cost):
    /// the plan's cost bound less the relaxed plan's cost, and the plan's cost less the
    /// relaxed plan's cost bound. Equal to ``costSaved`` when both are proven optimal.
    public var costSavedLow: Double?
    /// The most the target may cost (see ``costSavedLow``); `nil` when the relaxed cost
    /// search stopped before it had a bound.
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
    /// Whether the price is settled: the plan was kept by a proof, or the relaxed solve's
    /// shortfall and cost phases both proved their gap. A relaxed solve stopped by its
    /// time limit (or a stop) before that is not: its price depends on when it stopped
    /// and reads "not settled", with its range. `nil` in plan files written before the
    /// field: ``isSettled`` then reads the stop reason.
    public var settled: Bool?

    /// What a planner reads a price as.
    public enum Reading: String, Codable, Sendable, Hashable {
        /// A settled price whose range does not hold 0: the amount.
        case settled
        /// A settled price whose range holds 0 (its least below 0, its most above): the
        /// target's price is smaller than both searches' gaps can tell, and no saving.
        case withinGap = "within-gap"
        /// A price from a relaxed solve stopped before its shortfall and cost phases
        /// proved their gap: only its range is known.
        case notSettled = "not-settled"
        /// No price: not run, no plan, failed.
        case notPriced = "not-priced"
    }

    /// ``note`` in Chinese (`nil` in a plan priced before it was kept).
    public var noteZh: String?

    /// The note in a language (the English one where no Chinese one was kept).
    ///
    /// - Parameter language: the language.
    public func note(in language: Language) -> String? {
        language == .zh ? noteZh ?? note : note
    }

    /// Keeps a note in both languages.
    mutating func record(_ note: OutcomeNote) {
        self.note = note.en
        noteZh = note.zh
    }

    /// Whether the price comes from a complete relaxed plan (not stopped by a stop or the
    /// time limit before it had one).
    public var isPriced: Bool { costSaved != nil }

    /// Whether the price is settled (``settled``; for older plan files, a price whose
    /// solve ended without a stop reason other than the gap).
    public var isSettled: Bool {
        guard isPriced else { return false }
        if let settled { return settled }
        return status == Self.planKept || stopReason == nil || stopReason == SolutionStatus.StopReason.gapLimit.rawValue
    }

    /// How the price reads: settled, within the gap (a settled range holding 0), not
    /// settled, or not priced.
    public var reading: Reading {
        guard isPriced else { return .notPriced }
        guard isSettled else { return .notSettled }
        if let low = costSavedLow, let high = costSavedHigh, low < high, low <= 0, high >= 0 { return .withinGap }
        return .settled
    }
}
