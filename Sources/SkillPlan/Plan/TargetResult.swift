/// How far one row of a target is met.
public struct TargetResult: Codable, Sendable, Hashable {
    /// The target.
    public var target: String
    /// Its kind.
    public var kind: TargetKind
    /// The year, for the per-year kinds and `serve-demand`.
    public var year: Int?
    /// The programme, for `serve-demand`.
    public var programme: String?
    /// The level, for `serve-demand`.
    public var level: String?
    /// What is required (person-times, students, a share, or students per teacher).
    public var required: Double
    /// What the plan achieves, in the same unit.
    public var achieved: Double
    /// The unit of `required` and `achieved`: `person-times`, `students`, `share`,
    /// `students-per-teacher`, `applicants`.
    public var unit: String
    /// The shortfall `u` in the target row's own unit (`shortfallUnit`), 0 when met.
    public var shortfall: Double
    /// The unit of the shortfall: `person-times`, `students`, `workers`, `applicants`.
    public var shortfallUnit: String
    /// Whether the row is met (no shortfall).
    public var met: Bool
}
