/// A solved plan and what the independent check found in it.
public struct PlanningResult: Sendable {
    /// The plan.
    public var plan: Plan
    /// Violations the ``PlanChecker`` found (empty for a sound plan).
    public var violations: [PlanViolation]

    /// A plan and its check.
    public init(plan: Plan, violations: [PlanViolation]) {
        self.plan = plan
        self.violations = violations
    }
}
