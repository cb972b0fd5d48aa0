/// A plan held against actual figures (`skillplan monitor`): per target and year what the
/// plan planned, what actually happened, and what the years left must deliver; and per
/// figure the plan's value beside it. The monitoring indicators of UNESCO's EPSSim
/// (planned against achieved, the gap, the path still needed to reach the target).
public struct MonitorResult: Codable, Sendable, Hashable {
    /// One target row (a year, or the whole span of a cumulative target).
    public struct TargetYear: Codable, Sendable, Hashable {
        /// The target.
        public var target: String
        /// Its kind.
        public var kind: TargetKind
        /// The year; `nil` for a cumulative target's one row.
        public var year: Int?
        /// The unit of required, planned and actual.
        public var unit: String
        /// What the target requires.
        public var required: Double
        /// What the plan achieves.
        public var planned: Double
        /// What actually happened, when the figures cover the target's scope that year.
        public var actual: Double?
        /// Whether the actual meets the requirement (`nil` without an actual).
        public var actualMet: Bool?
        /// For a year after the last actual one: what that year must reach to stay on the
        /// path to the target (a yearly target's requirement; a stock's straight-line
        /// path from the last actual to the requirement of the target's last year).
        public var mustDeliver: Double?
    }

    /// What the years after the last actual one must deliver for a target.
    public struct Remaining: Codable, Sendable, Hashable {
        /// The target.
        public var target: String
        /// Its kind.
        public var kind: TargetKind
        /// The unit.
        public var unit: String
        /// The last year with an actual for the target.
        public var lastActualYear: Int
        /// Its actual (a cumulative target: delivered so far).
        public var lastActual: Double
        /// The target's last year.
        public var endYear: Int
        /// The requirement in the end year (a cumulative target: its total).
        public var required: Double
        /// The target's years after the last actual one.
        public var yearsLeft: Int
        /// What those years must deliver in all: a yearly target's requirements summed;
        /// a cumulative target's total less what is delivered; a stock's change from the
        /// last actual to the requirement (0 when already there).
        public var toDeliver: Double
        /// ``toDeliver`` spread evenly over ``yearsLeft`` (`nil` when no year is left).
        public var perYear: Double?
        /// What the plan reaches in the end year (a cumulative target: its total).
        public var plannedAtEnd: Double
    }

    /// One actual figure beside the plan's value of it.
    public struct Figure: Codable, Sendable, Hashable {
        /// The figure.
        public var actual: Actual
        /// The plan's value of the same measure and scope (`nil`: a year the plan does not cover).
        public var planned: Double?
        /// Actual less planned.
        public var difference: Double?
        /// ``difference`` as a share of the planned value (`nil` when that is 0).
        public var differenceShare: Double?
    }

    /// The plan's scenario.
    public var scenario: String
    /// The plan's years.
    public var years: [Int]
    /// The actuals file.
    public var actualsFile: String
    /// The last year with any figure.
    public var lastActualYear: Int?
    /// Every target row the figures can speak to, in the plan's order.
    public var targets: [TargetYear]
    /// Per target with an actual, what the years left must deliver.
    public var remaining: [Remaining]
    /// Every figure with the plan's value.
    public var figures: [Figure]
    /// Targets no measure of the actuals file counts (e.g. the city's workforce share).
    public var notMonitored: [String]
    /// The names behind the ids (the plan's).
    public var catalog: PlanCatalog
}
