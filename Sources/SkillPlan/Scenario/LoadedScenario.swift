/// A scenario read from its files: the resolved values, where each came from, the
/// files themselves and the hash of the resolved inputs.
public struct LoadedScenario: Sendable {
    /// The scenario with every override applied.
    public var scenario: Scenario
    /// Where each school, programme, row and setting came from.
    public var sourceMap: ScenarioSourceMap
    /// The YAML file and each CSV read, with paths relative to the YAML's folder and
    /// their exact bytes: used to snapshot and restore a scenario.
    public var inputFiles: [ScenarioInputFile]
    /// ``ScenarioHash/hash(of:)`` of ``scenario``.
    public var inputHash: String

    /// Creates a loaded scenario.
    ///
    /// - Parameters:
    ///   - scenario: the resolved scenario.
    ///   - sourceMap: where its parts came from.
    ///   - inputFiles: the files read.
    ///   - inputHash: the hash of the resolved scenario; computed when `nil`.
    public init(
        scenario: Scenario, sourceMap: ScenarioSourceMap, inputFiles: [ScenarioInputFile], inputHash: String? = nil
    ) {
        self.scenario = scenario
        self.sourceMap = sourceMap
        self.inputFiles = inputFiles
        self.inputHash = inputHash ?? ScenarioHash.hash(of: scenario)
    }
}
