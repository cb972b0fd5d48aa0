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
    /// The search rule that found the plan: GLPK's default alone, or the winner of the race
    /// that follows when it does not finish within its node budget (`PlanningOptions.soloNodes`).
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
    /// Each phase of the solve, in order: shortfall, cost, and with a reference plan the
    /// distance (``SolverPhase``). Absent from plans solved with one weighted objective.
    /// The fields above then describe the plan as a whole: ``objective`` is its weighted
    /// objective (shortfall penalty plus cost), ``gap`` the largest phase gap, and
    /// ``bestBound`` absent (the phases bound their own objectives, not the sum).
    public var phases: [SolverPhase]?

    /// The report of one phase, if the solve had it.
    public func phase(_ phase: PlanPhase) -> SolverPhase? {
        phases?.first { $0.phase == phase }
    }
}

extension SolverReport {
    private enum CodingKeys: String, CodingKey {
        case status, stopReason, objective, bestBound, gap, requestedGap, timeLimit, searchRule, glpkVersion
        case rows, columns, integerColumns, nonzeros, phases
    }

    /// Decodes a report; `searchRule` and `phases`, added after the first plans were
    /// written, may be absent.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        status = try c.decode(String.self, forKey: .status)
        stopReason = try c.decodeIfPresent(String.self, forKey: .stopReason)
        objective = try c.decodeIfPresent(Double.self, forKey: .objective)
        bestBound = try c.decodeIfPresent(Double.self, forKey: .bestBound)
        gap = try c.decodeIfPresent(Double.self, forKey: .gap)
        requestedGap = try c.decode(Double.self, forKey: .requestedGap)
        timeLimit = try c.decode(Double.self, forKey: .timeLimit)
        searchRule = try c.decodeIfPresent(String.self, forKey: .searchRule) ?? ""
        glpkVersion = try c.decode(String.self, forKey: .glpkVersion)
        rows = try c.decode(Int.self, forKey: .rows)
        columns = try c.decode(Int.self, forKey: .columns)
        integerColumns = try c.decode(Int.self, forKey: .integerColumns)
        nonzeros = try c.decode(Int.self, forKey: .nonzeros)
        phases = try c.decodeIfPresent([SolverPhase].self, forKey: .phases)
    }
}
