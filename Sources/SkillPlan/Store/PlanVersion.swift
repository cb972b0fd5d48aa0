/// A stored version in full: its summary, its plan, and the scenario files it was
/// solved from, byte for byte.
public struct PlanVersion: Sendable, Hashable {
    /// The row of `skillplan history`.
    public var summary: PlanVersionSummary
    /// The plan, decoded from the stored JSON.
    public var plan: Plan
    /// The scenario file and data files, in the order they were read.
    public var inputFiles: [ScenarioInputFile]

    /// The version's id.
    public var id: Int64 { summary.id }
}
