import Foundation

/// The one way to plan a scenario, for the command line and the web workbench alike:
/// choose the search, wire its progress and stop, check the plan, write it, keep it.
/// Callers only parse their input, call ``plan(_:scenarioPath:request:)`` and render
/// the ``PlanOutcome``.
public enum ScenarioPlanning {
    /// Plans a loaded scenario.
    ///
    /// - Parameters:
    ///   - loaded: the scenario, its files and input hash.
    ///   - scenarioPath: the scenario file's path (kept with a saved version).
    ///   - request: search, limits, destination, save, progress and stop.
    /// - Returns: the plan, its check and where it went. The plan is written even when
    ///   the checker finds a violation; it is saved only when it holds.
    /// - Throws: ``PlanningError`` when there is no plan; ``GLPKError``; file and
    ///   ``PlanStoreError`` errors from writing and saving.
    public static func plan(_ loaded: LoadedScenario, scenarioPath: String, request: PlanRequest) throws -> PlanOutcome
    {
        try request.save?.checkLabelFree()
        var outcome = try search(loaded, request: request)
        if let destination = request.destination {
            try PlanFile.write(outcome.plan, to: destination)
            outcome.writtenTo = destination
        }
        if outcome.holds, let save = request.save {
            outcome.savedVersion = try save.store.save(
                plan: outcome.plan, inputs: loaded.inputFiles, label: save.label,
                note: save.note, scenarioPath: scenarioPath)
        }
        return outcome
    }

    /// Searches for the plan and checks it, writing and keeping nothing.
    static func search(_ loaded: LoadedScenario, request: PlanRequest) throws -> PlanOutcome {
        let scenario = loaded.scenario
        switch request.method {
        case .bySchool:
            var options = DecompositionOptions(
                timeLimit: request.timeLimit ?? scenario.solver.timeLimit, mipGap: request.mipGap)
            options.stop = request.stop
            options.started = request.started
            options.progressHandler = request.schoolProgress
            let solved = try DecompositionPlanner.solve(scenario, inputHash: loaded.inputHash, options: options)
            return PlanOutcome(plan: solved.plan, violations: solved.violations, decomposition: solved)
        case .wholeModel:
            var options = PlanningOptions(timeLimit: request.timeLimit, mipGap: request.mipGap)
            options.nodeLimit = request.nodeLimit
            options.started = request.started
            options.logHandler = request.log
            options.progressHandler = request.progress
            options.stop = request.stop
            options.race = request.race
            options.like = request.like
            let result = try Planner.solve(scenario, inputHash: loaded.inputHash, options: options)
            var plan = result.plan
            if let relaxation = request.targetPrices, result.violations.isEmpty {
                options.like = nil
                // Each relaxed solve has a time limit of its own, counted from its own start.
                options.started = nil
                let pricing = TargetPricing(scenario: scenario, plan: plan, relaxation: relaxation, options: options)
                    .run(progress: request.priceProgress)
                plan.targetPrices = pricing.prices
                plan.run.targetPricesSeconds = pricing.seconds
                plan.run.targetPricesJobs = pricing.jobs
                plan.run.targetPriceSeconds = pricing.solveSeconds
            }
            return PlanOutcome(plan: plan, violations: result.violations)
        }
    }
}
