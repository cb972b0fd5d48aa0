/// What a ``SolveQueue`` is asked to solve: a scenario file, read and solved on the
/// worker thread that takes it.
public struct SolveRequest: Sendable {
    /// The scenario file.
    public var scenarioPath: String
    /// The folder that paths in messages are shown relative to.
    public var displayFolder: String
    /// The planning options (time limit and gap `nil`: the scenario's). The queue sets
    /// the progress handler and the stop check, and solves on one thread (no race).
    public var options: PlanningOptions

    /// A request.
    public init(scenarioPath: String, displayFolder: String, options: PlanningOptions = PlanningOptions()) {
        self.scenarioPath = scenarioPath
        self.displayFolder = displayFolder
        self.options = options
    }
}
