/// A reference plan for stable re-planning (`--like`): the plan, and where it came from.
public struct PlanReference: Sendable {
    /// The plan whose decisions phase 3 stays close to.
    public var plan: Plan
    /// Its plan-store version, e.g. `v3 (baseline)`, when it is one.
    public var version: String?
    /// Its file, when it is one.
    public var file: String?

    /// A reference.
    public init(plan: Plan, version: String? = nil, file: String? = nil) {
        self.plan = plan
        self.version = version
        self.file = file
    }
}
