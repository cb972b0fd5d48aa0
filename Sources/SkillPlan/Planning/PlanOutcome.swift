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
    public func summary(language: Language = .standard) -> String {
        var text = PlanSummary.text(of: plan, language: language, violations: violations)
        if let d = decomposition {
            let bound = String(format: "%.0f", d.lowerBound), gap = String(format: "%.2f%%", d.gap * 100)
            text +=
                language.text(
                    zh: "分校求解：\(d.schools) 所学校，\(d.couplingRows) 个跨校约束，协调 \(d.iterations) 轮；下界 \(bound)，相对间隙 \(gap)",
                    en:
                        "By school: \(d.schools) schools, \(d.couplingRows) coupling rows, \(d.iterations) coordination rounds; lower bound \(bound), gap \(gap)"
                ) + "\n"
        }
        return text
    }
}
