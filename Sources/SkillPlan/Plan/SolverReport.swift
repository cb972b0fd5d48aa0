/// How the plan was solved: deterministic for the same inputs and settings.
public struct SolverReport: Codable, Sendable, Hashable {
    /// `optimal`, `feasible`, `infeasible`, `unbounded` or `no solution`.
    public var status: String
    /// Why the search stopped early (`gap limit`, `time limit`, …), if it did.
    public var stopReason: String?
    /// The objective of the plan.
    public var objective: Double?
    /// The best bound proven on the objective.
    public var bestBound: Double?
    /// The relative gap between objective and bound.
    public var gap: Double?
    /// The relative gap asked for.
    public var requestedGap: Double
    /// The time limit in seconds.
    public var timeLimit: Double
    /// The search rule that won the race (see `GLPK.Model.solveRace`).
    public var searchRule: String = ""
    /// GLPK's version.
    public var glpkVersion: String
    /// Rows, columns, integer columns and non-zeros of the model.
    public var rows: Int
    /// Columns of the model.
    public var columns: Int
    /// Integer columns of the model.
    public var integerColumns: Int
    /// Non-zero coefficients of the model.
    public var nonzeros: Int
}
