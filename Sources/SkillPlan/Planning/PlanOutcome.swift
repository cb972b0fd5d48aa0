/// What ``ScenarioPlanning`` produced: the plan, its check, how it was searched, and
/// where it was written and kept.
public struct PlanOutcome: Sendable {
    /// The plan.
    public var plan: Plan
    /// Violations the independent ``PlanChecker`` found (empty for a sound plan).
    public var violations: [PlanViolation]
    /// The school-by-school search's bound and rounds, for ``PlanMethod/bySchool``.
    public var decomposition: DecompositionResult?
    /// The plan file written, if any.
    public var writtenTo: String?
    /// The plan-store version kept, if any.
    public var savedVersion: PlanVersion?

    /// Whether the checker passed the plan.
    public var holds: Bool { violations.isEmpty }

    /// The summary `skillplan solve` prints: ``PlanSummary`` and, for a school-by-school
    /// search, its lower bound and gap.
    public func summary(language: Language = .en) -> String {
        var text = PlanSummary.text(of: plan, language: language, violations: violations)
        if let d = decomposition {
            text += String(format: "By school: %d schools, %d coupling rows, %d coordination rounds; lower bound %.0f, gap %.2f%%",
                           d.schools, d.couplingRows, d.iterations, d.lowerBound, d.gap * 100) + "\n"
        }
        return text
    }
}
