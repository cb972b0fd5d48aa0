import Foundation
import GLPK

/// Solves a scenario: builds the model, solves it with GLPK, makes the plan, checks it.
public enum Planner {
    /// Solves a scenario into a plan.
    ///
    /// - Parameters:
    ///   - scenario: a validated scenario.
    ///   - inputHash: SHA-256 of its resolved inputs (``ScenarioHash``).
    ///   - options: time limit, gap and handlers; `nil` settings take the scenario's.
    /// - Returns: the plan and the violations the independent checker found in it
    ///   (none, unless the solver's tolerances let one through).
    /// - Throws: ``PlanningError`` when there is no plan (the hard constraints conflict,
    ///   or the solver stopped first); ``GLPKError`` for a model GLPK refuses.
    public static func solve(_ scenario: Scenario, inputHash: String, options: PlanningOptions = PlanningOptions()) throws -> PlanningResult {
        let clock = ContinuousClock()
        let buildStart = clock.now
        let built = try ModelBuilder(scenario: scenario).build()
        let buildSeconds = seconds(clock.now - buildStart)

        var solverOptions = SolverOptions()
        solverOptions.mipGap = options.mipGap ?? scenario.solver.mipGap
        // The time limit covers the whole solve: building the model and the start plan
        // take their share of it, and the search gets what is left.
        let timeLimit = options.timeLimit ?? scenario.solver.timeLimit
        func timeLeft() -> Double { max(0, timeLimit - seconds(clock.now - buildStart)) }
        solverOptions.timeLimit = timeLeft()
        solverOptions.cuts = true
        solverOptions.logHandler = options.logHandler
        solverOptions.turn = options.turn
        solverOptions.interruption = options.stop?.interruption
        if let progress = options.progressHandler {
            solverOptions.progressHandler = { report in
                progress(PlanningProgress(bestObjective: report.incumbent, bound: report.bound, gap: report.gap, elapsed: report.elapsed))
                return .proceed
            }
        }
        // A large model gets a plan rounded from its LP relaxation as the search's first
        // incumbent, so that a plan exists even if the search finds none in time.
        let integerColumns = built.model.variableKinds.filter { $0 != .continuous }.count
        if options.roundingStart ?? (integerColumns >= PlanningOptions.roundingStartColumns) {
            solverOptions.start = try StartPlan.make(for: scenario, built: built, timeLimit: timeLeft())?.values
            solverOptions.timeLimit = timeLeft()
        }
        // GLPK's default rule alone for a node budget, then, if it has not proven the
        // gap, two rules raced on two threads; node counts, not times, decide, so the
        // plan does not depend on timing (PlanSearch, Model.solveRace).
        let search = try PlanSearch(common: solverOptions, race: options.race && options.turn == nil, soloNodes: options.soloNodes,
                                    nodeLimit: options.nodeLimit).run(built.model)
        let solution = search.solution
        switch solution.status {
        case .optimal, .feasible:
            break
        case .infeasible:
            throw PlanningError.infeasible(scenario: scenario.name, conflicts: try conflicts(in: built.model, options: solverOptions))
        case .unbounded:
            throw PlanningError.unbounded(scenario: scenario.name)
        case .noSolution(let reason):
            throw PlanningError.noPlan(scenario: scenario.name, reason: reason.rawValue)
        }

        let decisions = decisions(of: built, in: solution)
        let report = SolverReport(
            status: solution.status.name, stopReason: solution.status.stopReason?.rawValue,
            objective: solution.objectiveValue, bestBound: solution.bestBound, gap: solution.relativeGap,
            requestedGap: solverOptions.mipGap ?? 0, timeLimit: timeLimit,
            searchRule: search.rule.description,
            glpkVersion: GLPKLibrary.version, rows: built.model.constraintCount, columns: built.model.variableCount,
            integerColumns: built.model.variableKinds.filter { $0 != .continuous }.count,
            nonzeros: built.model.nonzeroCount)
        let run = RunFacts(buildSeconds: buildSeconds, solveSeconds: search.seconds,
                           createdAt: ISO8601DateFormatter().string(from: Date()),
                           machine: "\(ProcessInfo.processInfo.hostName), \(ProcessInfo.processInfo.activeProcessorCount) cores")
        let plan = PlanAssembler(scenario: scenario, inputHash: inputHash).plan(decisions: decisions, solver: report, run: run)
        return PlanningResult(plan: plan, violations: PlanChecker(scenario: scenario).check(plan))
    }

    /// The decisions of a solution, by planning key.
    static func decisions(of built: PlanningModel, in solution: Solution) -> PlanDecisions {
        var decisions = PlanDecisions()
        decisions.intake = built.intake.mapValues { solution[$0] }
        decisions.classes = built.classes.mapValues { solution[$0] }
        decisions.training = built.training.mapValues { solution[$0] }
        decisions.hires = built.hires.mapValues { solution[$0] }
        decisions.rotation = built.rotation.mapValues { solution[$0] }
        decisions.expansion = built.expansion.mapValues { solution[$0] }
        return decisions
    }

    /// The conflicting hard constraints of an infeasible model, in planners' words.
    static func conflicts(in model: Model, options: SolverOptions) throws -> [String] {
        var plain = options
        plain.progressHandler = nil
        plain.logHandler = nil
        let diagnosis = try model.diagnoseInfeasibility(plain)
        return diagnosis.constraintNames.map { name in
            guard let (family, element) = HardConstraintFamily.parse(rowName: name) else { return name }
            return "\(family.describe(element)) (\(name))"
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
