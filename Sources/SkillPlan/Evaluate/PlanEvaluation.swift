import Foundation
import GLPK

/// Evaluates a planner's own plan (docs/model.md, "Evaluating a given plan"): every
/// decision given is taken as it is, and the plan's cost, targets and broken hard
/// constraints are computed by the ``PlanEvaluator`` and the ``PlanChecker``, without a
/// search and without the model builder's class bound. A broken constraint is reported
/// with its amount, never repaired. With `optimiseRest`, the decisions not given are
/// chosen by the two-phase search with the given ones fixed.
public enum PlanEvaluation {
    /// What the search reports of a plan that was evaluated, not optimised.
    public static let status = "evaluated"

    /// Evaluates given decisions.
    ///
    /// - Parameters:
    ///   - loaded: the scenario.
    ///   - given: the decisions read (``GivenDecisions``).
    ///   - optimiseRest: optimise the decisions not given instead of refusing them.
    ///   - options: limits of that search (only with `optimiseRest`).
    /// - Returns: the plan (status `evaluated`) and its violations, each hard constraint
    ///   broken with its amount.
    /// - Throws: ``DecisionErrors`` naming the decisions missing (without
    ///   `optimiseRest`); ``PlanningError`` when the decisions given leave the rest no
    ///   plan (naming the conflicting constraints).
    public static func evaluate(
        _ loaded: LoadedScenario, given: GivenDecisions, optimiseRest: Bool = false,
        options: PlanningOptions = PlanningOptions()
    ) throws -> PlanOutcome {
        let scenario = loaded.scenario
        if given.missing.isEmpty || !optimiseRest {
            guard given.missing.isEmpty else {
                let shown = given.missing.prefix(10).joined(separator: "; ")
                let more = given.missing.count > 10 ? " and \(given.missing.count - 10) more" : ""
                let moreZh = given.missing.count > 10 ? " 等，另有 \(given.missing.count - 10) 项" : ""
                throw DecisionErrors(errors: [
                    ScenarioIssue(
                        file: "decisions",
                        message:
                            "\(given.missing.count) decision(s) of scenario \(scenario.name) not given: \(shown)\(more)",
                        fix:
                            "give every decision (export a solved plan with `skillplan export PLAN --format csv` and edit it), or add --optimise-rest to optimise those not given",
                        zh: (
                            "情景 \(scenario.name) 有 \(given.missing.count) 项决策未给出：\(given.missingZh.prefix(10).joined(separator: "；"))\(moreZh)",
                            "给出全部决策（用 `skillplan export PLAN --format csv` 导出一个已求解的方案再修改），或加 --optimise-rest 优化未给出的决策"
                        )
                    )
                ])
            }
            let solver = SolverReport(
                status: status, stopReason: nil, objective: nil, bestBound: nil, gap: nil, requestedGap: 0,
                timeLimit: 0,
                searchRule: "\(givenRule)\(given.count)\(givenRuleEnd)", glpkVersion: GLPKLibrary.version,
                rows: 0, columns: 0, integerColumns: 0, nonzeros: 0)
            let run = RunFacts(
                buildSeconds: 0, solveSeconds: 0, createdAt: ISO8601DateFormatter().string(from: Date()),
                machine: "\(ProcessInfo.processInfo.hostName), \(ProcessInfo.processInfo.activeProcessorCount) cores")
            var plan = PlanAssembler(scenario: scenario, inputHash: loaded.inputHash).plan(
                decisions: given.decisions, solver: solver, run: run)
            plan.solver.objective = plan.costs.objective
            return PlanOutcome(plan: plan, violations: PlanChecker(scenario: scenario).check(plan))
        }
        var searching = options
        searching.fixed = given.decisions
        let result = try Planner.solve(scenario, inputHash: loaded.inputHash, options: searching)
        var plan = result.plan
        plan.solver.status = status
        plan.solver.searchRule =
            "\(given.count) decisions given, \(given.missing.count) optimised; " + plan.solver.searchRule
        return PlanOutcome(plan: plan, violations: PlanChecker(scenario: scenario).check(plan))
    }

    private static let givenRule = "none: all ", givenRuleEnd = " decisions given"

    /// The search rule of a plan evaluated as given (`none: all 6 decisions given`) in a
    /// language: in Chinese `全部 6 项决策均已给出，未做搜索`; any other rule as it is.
    ///
    /// - Parameters:
    ///   - rule: the plan's ``SolverReport/searchRule``.
    ///   - language: the language.
    /// - Returns: the rule's text.
    public static func searchRuleText(_ rule: String, language: Language) -> String {
        guard language == .zh, rule.hasPrefix(givenRule), rule.hasSuffix(givenRuleEnd),
            let count = Int(rule.dropFirst(givenRule.count).dropLast(givenRuleEnd.count))
        else { return rule }
        return "全部 \(count) 项决策均已给出，未做搜索"
    }

    /// The violations that are broken hard constraints or decisions out of their domain
    /// (what a planner's own plan can get wrong), as opposed to reported numbers.
    public static func brokenConstraints(_ violations: [PlanViolation]) -> [PlanViolation] {
        let families = Set(HardConstraintFamily.allCases.map(\.rawValue)).union(["domain"])
        return violations.filter { families.contains($0.check) }
    }
}
