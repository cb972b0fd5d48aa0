/// How a queued solve ended.
public enum SolveOutcome: Sendable {
    /// A plan: the search finished, reached its limit, or was stopped (then `stoppedBy`
    /// says by whom) with the best plan found so far.
    case plan(PlanningResult, inputs: [ScenarioInputFile], stoppedBy: SolveStop?)
    /// No plan: the scenario has problems, its hard constraints conflict, or the search
    /// was stopped before it found any plan. The message is the one the command line
    /// prints.
    case failed(message: String, issues: [ScenarioIssue])
    /// Taken off the queue before it started (the server stopped).
    case cancelled
}

/// Who stopped a search early.
public enum SolveStop: String, Sendable, Codable {
    /// The planner pressed Stop.
    case planner
    /// The server was stopped (SIGINT, SIGTERM), or nobody was watching any more.
    case server
}
