import ArgumentParser
import Foundation
import SkillPlan

/// `skillplan-bench prices`: issue 13's goal for target prices, the baseline's targets
/// priced in at most 3× the time of one solve of the baseline, both measured in one run.
struct TargetPricesBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prices",
        abstract:
            "Target prices of a scenario (default: the bundled baseline) against one solve of it, in one run: the time ratio (goal ≤ 3× on 2 cores) and each target's price."
    )

    @Argument(help: "The scenario file (YAML). Default: Models/xingning-2025.yaml.")
    var scenario: String?

    @Option(help: "Time limit of the solve, and of the relaxed solves together, in seconds.")
    var timeLimit: Double = 60

    @Option(help: ArgumentHelp("How each target is relaxed: a step (10% or 0.1) or remove.", valueName: "step|remove"))
    var relaxStep = "10%"

    @Option(help: "Relaxed solves at once (default: every core).")
    var jobs: Int = WorkerPool.cores

    func validate() throws {
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be a positive number of seconds, e.g. 60") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        do { _ = try TargetRelaxation(parsing: relaxStep) } catch let problem as TargetRelaxation.Problem {
            throw ValidationError("--relax-step \(problem.description)")
        }
    }

    func run() throws {
        print(BenchmarkMachine.current(glpsol: nil).report)
        let path = try scenario ?? BundledScenarios.defaultScenarioPath()
        let loaded = try ScenarioLoader.load(path: path)
        let relaxation = try TargetRelaxation(parsing: relaxStep)
        let clock = ContinuousClock()
        let started = clock.now
        let processor = Stopwatch.processorSeconds()
        let plan = try Planner.solve(
            loaded.scenario, inputHash: loaded.inputHash, options: PlanningOptions(timeLimit: timeLimit)
        ).plan
        let solveSeconds = (clock.now - started) / .seconds(1)
        let solveProcessor = Stopwatch.processorSeconds() - processor
        let pricingProcessorStart = Stopwatch.processorSeconds()
        let pricing = TargetPricing(
            scenario: loaded.scenario, plan: plan, relaxation: relaxation,
            options: PlanningOptions(timeLimit: timeLimit), jobs: jobs
        ).run()
        let pricingProcessor = Stopwatch.processorSeconds() - pricingProcessorStart
        var run = plan.run
        run.targetPricesSeconds = pricing.seconds
        run.targetPricesJobs = pricing.jobs
        print(
            "Scenario \(loaded.scenario.name): one solve \(String(format: "%.2f", solveSeconds)) s (status \(plan.solver.status), cost \(NumberText.money(plan.costs.total)) yuan)"
        )
        for line in Self.priceLines(pricing.prices, run: run, seconds: pricing.solveSeconds) { print(line) }
        for (price, phases) in zip(pricing.prices.prices, pricing.phaseSeconds) where !phases.isEmpty {
            print(
                "  \(price.target): seconds per phase "
                    + phases.map { String(format: "%.2f", $0) }.joined(separator: ", "))
        }
        let ratio = pricing.seconds / max(solveSeconds, 1e-9)
        print(
            String(
                format:
                    "Target prices: %d targets in %.2f s on %d cores, %.2f× one solve's wall time (goal ≤ 3×: %@); %d of them settled",
                pricing.prices.prices.count, pricing.seconds, pricing.jobs, ratio, ratio <= 3 ? "met" : "not met",
                pricing.prices.prices.filter(\.isSettled).count))
        // On a loaded machine wall time is what the other processes leave: processor time
        // says what the work itself took (the pricing's spread over its cores).
        let processorRatio = pricingProcessor / Double(pricing.jobs) / max(solveProcessor, 1e-9)
        print(
            String(
                format: "Processor time: one solve %.2f s, target prices %.2f s (%.2f s per core, %.2f× the solve's)",
                solveProcessor, pricingProcessor, pricingProcessor / Double(pricing.jobs), processorRatio))
    }

    /// The summary's target price table, and each relaxed solve's seconds.
    static func priceLines(_ prices: TargetPrices, run: RunFacts, seconds: [Double]) -> [String] {
        var plan = PlanSummary.targetPriceLines(prices, run: run)
        plan.append(
            "  seconds per relaxed solve: " + seconds.map { String(format: "%.2f", $0) }.joined(separator: ", "))
        return plan
    }
}
