/// What ``PlanStore/restore(_:to:overwrite:)`` wrote.
public struct RestoredScenario: Sendable, Hashable {
    /// The restore folder, as given.
    public var folder: String
    /// The scenario file, under ``folder`` (give it to `skillplan solve`).
    public var scenarioFile: String
    /// Every file written, relative to ``folder``, the scenario file first.
    public var files: [String]
}
