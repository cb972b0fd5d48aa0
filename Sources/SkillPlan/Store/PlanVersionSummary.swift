/// One stored version as `skillplan history` lists it: everything but the plan and
/// its input files.
public struct PlanVersionSummary: Sendable, Hashable, Identifiable {
    /// The version's id: 1, 2, 3… in the order they were saved, never reused.
    public var id: Int64
    /// Its unique label, if it was given one.
    public var label: String?
    /// The scenario's name.
    public var scenario: String
    /// The absolute path of the scenario file it was solved from, when known.
    public var scenarioPath: String?
    /// When it was saved, ISO 8601 in UTC (e.g. `2025-06-01T08:30:00Z`).
    public var created: String
    /// The plan's cost in yuan (``CostBreakdown/total``).
    public var cost: Double?
    /// The plan's objective: cost plus shortfall penalty (``CostBreakdown/objective``).
    public var objective: Double?
    /// Targets the plan meets in full.
    public var targetsMet: Int
    /// Targets of the scenario.
    public var targetsTotal: Int
    /// The solver's status (`optimal`, `feasible`, …).
    public var status: String
    /// The relative gap the solver proved, if any.
    public var gap: Double?
    /// SHA-256 of the resolved scenario inputs (``Plan/inputHash``).
    public var inputHash: String
    /// SHA-256 of the stored plan JSON.
    public var planHash: String
    /// The note given when it was saved.
    public var note: String?

    /// `v3`, or `v3 (baseline)` when it has a label.
    public var name: String {
        label.map { "v\(id) (\($0))" } ?? "v\(id)"
    }
}
