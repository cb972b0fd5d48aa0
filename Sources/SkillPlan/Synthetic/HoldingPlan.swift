/// The plan that changes nothing it does not have to: no new intake, classes, short
/// courses, hires or seats, and each group's teachers sent on rotation as early as the
/// rotation share and the teaching load allow.
///
/// For a scenario made by ``ScenarioGenerator`` it satisfies every hard constraint (that
/// is how the generator sizes the teachers), so it is the witness that the scenario is
/// hard-feasible. For any other scenario it may not exist.
public enum HoldingPlan {
    /// The holding plan's decisions, or `nil` when it breaks a hard constraint: a school
    /// whose continuing students exceed its seats, a group whose continuing classes need
    /// more teachers than it has, or a group that cannot rotate everyone in time.
    ///
    /// - Parameter scenario: a validated scenario.
    /// - Returns: the decisions, or `nil`.
    /// - Complexity: O(groups × years × programme levels).
    public static func decisions(for scenario: Scenario) -> PlanDecisions? {
        let (decisions, short) = make(scenario)
        guard short.isEmpty else { return nil }
        let index = ScenarioIndex(scenario)
        let evaluator = PlanEvaluator(index: index, decisions: decisions)
        for s in scenario.schools {
            for y in index.years where evaluator.schoolEnrolment(s, y) > s.capacity + 1e-6 { return nil }
        }
        return decisions
    }

    /// The holding plan as a plan (assembled by ``PlanAssembler``), or `nil` when it breaks
    /// a hard constraint. Its solver report says `holding plan`: no solver made it.
    ///
    /// - Parameters:
    ///   - scenario: a validated scenario.
    ///   - inputHash: the scenario's input hash.
    /// - Returns: the plan, or `nil`.
    public static func plan(for scenario: Scenario, inputHash: String) -> Plan? {
        guard let decisions = decisions(for: scenario) else { return nil }
        let report = SolverReport(
            status: "feasible", stopReason: nil, objective: nil, bestBound: nil, gap: nil, requestedGap: 0,
            timeLimit: 0, searchRule: "holding plan (no solver)", glpkVersion: "", rows: 0, columns: 0,
            integerColumns: 0, nonzeros: 0)
        let run = RunFacts(buildSeconds: 0, solveSeconds: 0, createdAt: "", machine: "")
        return PlanAssembler(scenario: scenario, inputHash: inputHash).plan(
            decisions: decisions, solver: report, run: run)
    }

    /// The groups for which the holding plan fails: their continuing classes need more
    /// teachers than they have in some year, or they cannot rotate everyone in time.
    static func groupsShortOfRotation(in scenario: Scenario) -> Set<String> {
        make(scenario).short
    }

    private static func make(_ scenario: Scenario) -> (decisions: PlanDecisions, short: Set<String>) {
        let index = ScenarioIndex(scenario)
        let idle = PlanEvaluator(index: index, decisions: PlanDecisions())
        var decisions = PlanDecisions()
        var short = Set<String>()
        let rotationYears = Set(index.rotationYears)
        for g in scenario.groups {
            var remaining = (idle.rotationCoverage(g).required - 1e-9).rounded(.up)
            for y in index.years {
                let headcount = idle.headcount(g, y)
                let need = idle.fteNeeded(g, y)
                if need > headcount + 1e-6 { short.insert(g.id) }
                guard rotationYears.contains(y), remaining > 0 else { continue }
                var most = (g.rotationMaxShare * headcount + 1e-9).rounded(.down)
                if g.rotationAway > 0 { most = min(most, ((headcount - need) / g.rotationAway + 1e-9).rounded(.down)) }
                let sent = max(0, min(remaining, most))
                decisions.rotation[PlanDecisions.key(g.id, y)] = sent
                remaining -= sent
            }
            if remaining > 0 { short.insert(g.id) }
        }
        return (decisions, short)
    }
}
