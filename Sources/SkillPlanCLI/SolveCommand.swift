import ArgumentParser
import Foundation
import GLPK
import SkillPlan
import Synchronization

/// `skillplan solve`: the main job. Solves a scenario, writes the plan, prints a summary.
struct SolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Solve a scenario into a plan (default: the bundled Models/xingning-2025.yaml).",
        discussion: """
            Solves in two phases: the weighted shortfall of the targets first, then the cost \
            with that shortfall held (with --like, a third phase: the distance to the \
            reference plan). --mip-gap applies to each phase; --time-limit covers them all, \
            each phase getting the time left divided by the phases left. Writes the plan as \
            JSON and prints each phase's value, bound and gap, each target met or short, the \
            costs, and seats and teachers by year. On a terminal a long search shows its progress.
            \(ExitStatus.helpText)
            """)

    @Argument(help: "The scenario file (YAML). Default: Models/xingning-2025.yaml.")
    var scenario: String?

    @Option(
        name: [.short, .customLong("output")],
        help: "Where to write the plan (JSON). Default: out/<scenario name>.json.")
    var output: String?

    @Option(parsing: .unconditional, help: "Stop the search after this many seconds (default: the scenario's, 60).")
    var timeLimit: Double?

    @Option(
        parsing: .unconditional,
        help:
            "Stop when the plan is proven within this relative gap of the best possible (default: the scenario's, 0.005)."
    )
    var mipGap: Double?

    @Option(
        parsing: .unconditional,
        help:
            "Stop the search at this many branch-and-bound nodes, with its best plan (default: none). Unlike a time limit, the same on every machine."
    )
    var nodeLimit: Int?

    @Flag(help: "Print GLPK's own output as it solves.")
    var verbose = false

    @Flag(help: "Exit with code 1 when any target is short.")
    var strict = false

    @Flag(
        help:
            "Solve school by school in parallel and coordinate the targets that span schools (for province-size scenarios); reports a proven lower bound and the gap to it."
    )
    var bySchool = false

    @Option(
        help: ArgumentHelp(
            "Stay close to a reference plan: a plan file or a saved version (id or label). After shortfall and cost, a third phase keeps the cost within the gap and changes as few decisions as it can; the summary says how many differ.",
            valueName: "plan"))
    var like: String?

    @Flag(
        help: ArgumentHelp(
            "Price every target: relax each in turn (see --relax-step) and solve again like the plan, so that only the target's consequences change; one solve per core, within a time limit as long as the plan's. The summary, the plan file and every export get a target prices table: value, relaxed value, cost saved, and the applicants, teachers and seats that change."
        ))
    var targetPrices = false

    @Option(
        help: ArgumentHelp(
            "How --target-prices relaxes each target: lower its requirement by a step (10% or 0.1; a student-teacher ratio asks that many fewer teachers), or remove it (default: 10%).",
            valueName: "step|remove"))
    var relaxStep: String?

    @OptionGroup var lang: LanguageOptions

    @OptionGroup var save: SaveOptions

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if let timeLimit, let problem = InputLimits.timeLimitProblem(timeLimit) {
            throw ValidationError("--time-limit \(problem)")
        }
        if let mipGap, let problem = InputLimits.mipGapProblem(mipGap) {
            throw ValidationError("--mip-gap \(problem)")
        }
        if let nodeLimit, let problem = InputLimits.nodeLimitProblem(nodeLimit) {
            throw ValidationError("--node-limit \(problem)")
        }
        if like != nil && bySchool {
            throw ValidationError("--like applies to the whole-model search; drop --by-school, or solve without --like")
        }
        if let relaxStep {
            guard targetPrices else {
                throw ValidationError(
                    "--relax-step applies to --target-prices; add --target-prices, or drop --relax-step")
            }
            do { _ = try TargetRelaxation(parsing: relaxStep) } catch let problem as TargetRelaxation.Problem {
                throw ValidationError("--relax-step \(problem.description)")
            }
        }
        if targetPrices && bySchool {
            throw ValidationError(
                "--target-prices applies to the whole-model search (each price is solved like the plan); drop --by-school, or solve without --target-prices"
            )
        }
        if nodeLimit != nil && bySchool {
            throw ValidationError(
                "--node-limit applies to the whole-model search; --by-school stops each school's search by time (use --time-limit)"
            )
        }
    }

    func run() throws {
        // --time-limit covers the whole command: school by school, reading the scenario counts too.
        let started = ContinuousClock.now
        do {
            let path = try scenario ?? BundledScenarios.defaultScenarioPath()
            let loaded = try ScenarioLoader.load(path: path)
            for warning in ScenarioCoverage.coverageWarnings(in: loaded.scenario) {
                ErrorReporting.printWarning(warning.line(lang.language), language: lang.language)
            }
            var request = PlanRequest(method: bySchool ? .bySchool : .wholeModel, timeLimit: timeLimit, mipGap: mipGap)
            request.nodeLimit = nodeLimit
            request.destination = output ?? "out/\(loaded.scenario.name).json"
            request.save = try save.request(store)
            Interrupts.install()
            request.stop = Interrupts.stop
            request.like = try like.map { try PlanArgument(text: $0).reference(in: store.openForReading) }
            if targetPrices {
                request.targetPrices = try relaxStep.map(TargetRelaxation.init(parsing:)) ?? .defaultStep
            }
            request.started = started
            let showProgress = !verbose && isatty(STDERR_FILENO) == 1
            let language = lang.language
            if verbose {
                request.log = { text in FileHandle.standardError.write(Data(text.utf8)) }
            } else if showProgress && bySchool {
                request.schoolProgress = { ProgressLine.show($0, language: language) }
            } else if showProgress {
                request.progress = { ProgressLine.show($0, language: language) }
            }
            if isatty(STDERR_FILENO) == 1 && targetPrices {
                request.priceProgress = { done, total in
                    FileHandle.standardError.write(
                        Data("\r\u{1B}[K  pricing the targets: \(done) of \(total) solved   ".utf8))
                }
            }
            let outcome = try ScenarioPlanning.plan(loaded, scenarioPath: path, request: request)
            if showProgress || (targetPrices && isatty(STDERR_FILENO) == 1) { ProgressLine.clear() }
            print(outcome.summary(language: language), terminator: "")
            if let written = outcome.writtenTo {
                print(language.text(zh: "方案已写入 \(written)", en: "Plan written to \(written)"))
            }
            if !outcome.holds { throw ExitStatus.checkFailed }
            if let version = outcome.savedVersion, let store = request.save?.store {
                print(
                    language.text(
                        zh: "已保存为 \(store.path) 中的版本 \(version.summary.name)",
                        en: "Saved as version \(version.summary.name) in \(store.path)"))
            }
            if Interrupts.wasInterrupted {
                print(Self.interruptedLine(outcome, language: language))
                throw ExitStatus.interrupted
            }
            if strict && !outcome.plan.targetsShort.isEmpty { throw ExitStatus.targetsShort }
        } catch let code as ExitCode {
            throw code
        } catch {
            throw ErrorReporting.exitCode(for: error, language: lang.language)
        }
    }
}

extension SolveCommand {
    /// What an interrupted solve kept, for the last line of its output.
    static func interruptedLine(_ outcome: PlanOutcome, language: Language) -> String {
        let solver = outcome.plan.solver
        let interrupted = SolutionStatus.StopReason.interrupted.rawValue
        if solver.stopReason != interrupted, let prices = outcome.plan.targetPrices,
            prices.prices.contains(where: { $0.stopReason == interrupted })
        {
            let done = prices.prices.filter { $0.isPriced && $0.stopReason != interrupted }.count
            return language.text(
                zh: "计算目标代价时收到中断：\(prices.prices.count)个目标中\(done)个已完整计算；上面的方案是完整的。",
                en:
                    "Interrupted while pricing the targets: \(done) of \(prices.prices.count) priced in full; the plan above is complete."
            )
        }
        guard solver.stopReason == interrupted else {
            return language.text(
                zh: "搜索结束后才收到中断：上面的方案是完整的。",
                en: "Interrupted after the search had ended: the plan above is complete.")
        }
        let percent = solver.gap.map { String(format: "%.2f%%", $0 * 100) }
        guard language == .zh else {
            let gap = percent.map { "gap \($0) to the best bound" } ?? "no bound to measure its gap"
            let place = outcome.writtenTo.map { " in \($0)" } ?? ""
            return "Interrupted: kept the best plan found so far\(place) (status interrupted, \(gap))."
        }
        let gap = percent.map { "与最优界的相对间隙 \($0)" } ?? "没有可用于衡量间隙的界"
        let place = outcome.writtenTo.map { "，已写入 \($0)" } ?? ""
        return "已中断：保留了目前找到的最好方案\(place)（状态 interrupted，\(gap)）。"
    }
}

/// A one-line progress display on standard error, rewritten in place. The racing
/// search rules report from two threads: the line shows the best plan of either and
/// the higher of their bounds (each is a valid bound), under a lock.
enum ProgressLine {
    private static let state = ProgressState()

    static func show(_ progress: PlanningProgress, language: Language) {
        guard let line = state.merge(progress, language: language) else { return }
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// The school-by-school search's stage, on one line: the model build, the
    /// coordination rounds, the school plans, the bound, with the seconds so far.
    static func show(_ progress: DecompositionProgress, language: Language) {
        guard let line = state.stage(progress, language: language) else { return }
        FileHandle.standardError.write(Data(line.utf8))
    }

    static func clear() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

/// The best plan and bound seen so far, shared by the reporting threads.
private final class ProgressState: Sendable {
    private struct Seen {
        var best: Double?
        var bound = -Double.infinity
        var shownAt = -Double.infinity
        var phase = PlanPhase.weighted
        var stage = ""
    }

    private let seen = Mutex(Seen())

    /// The school-by-school line to show: at once for a new stage, otherwise at most
    /// four times a second.
    func stage(_ progress: DecompositionProgress, language: Language) -> String? {
        seen.withLock { seen in
            let stage = progress.phase + (progress.solvePhase?.rawValue ?? "")
            let newStage = stage != seen.stage
            guard newStage || progress.elapsed - seen.shownAt >= 0.25 else { return nil }
            seen.stage = stage
            seen.shownAt = progress.elapsed
            let elapsed = String(format: "%.0f", progress.elapsed)
            let count = "\(progress.done)/\(progress.total)"
            let bound = progress.bound.map { String(format: "%.0f", $0) } ?? "-"
            let what: String
            switch progress.phase {
            case "build": what = language.text(zh: "建模：\(count) 所学校", en: "building the model: \(count) schools")
            case "coordinate":
                what = language.text(
                    zh: "协调跨校目标：第 \(progress.done) 轮，下界 \(bound)",
                    en: "coordinating the city-wide targets: round \(progress.done), bound \(bound)")
            case "plan": what = language.text(zh: "各校方案：\(count)", en: "school plans: \(count) done")
            default: what = language.text(zh: "证明下界：\(count)", en: "proving the bound: \(count) schools")
            }
            let phase: String
            switch progress.solvePhase {
            case .shortfall?: phase = language.text(zh: "第一阶段（缺口），", en: "phase 1 (shortfall), ")
            case .cost?: phase = language.text(zh: "第二阶段（成本），", en: "phase 2 (cost), ")
            default: phase = ""
            }
            return "\r\u{1B}[K  "
                + language.text(zh: "分校求解，\(phase)\(what)，\(elapsed) 秒", en: "by school, \(phase)\(what), \(elapsed) s")
        }
    }

    /// The line to show, at most four times a second (the racing rules report every node).
    /// A new phase starts its own best plan and bound.
    func merge(_ progress: PlanningProgress, language: Language) -> String? {
        seen.withLock { seen in
            if progress.phase != seen.phase {
                seen.phase = progress.phase
                seen.best = nil
                seen.bound = -Double.infinity
            }
            if let objective = progress.bestObjective { seen.best = min(seen.best ?? objective, objective) }
            if progress.bound.isFinite { seen.bound = max(seen.bound, progress.bound) }
            guard progress.elapsed - seen.shownAt >= 0.25 else { return nil }
            seen.shownAt = progress.elapsed
            let bound = seen.bound
            let shownBest = seen.best.map { String(format: "%.0f", $0) } ?? language.text(zh: "暂无", en: "none yet")
            let shownBound = bound.isFinite ? String(format: "%.0f", bound) : "-"
            var gap = "-"
            if let best = seen.best, bound.isFinite {
                gap = String(format: "%.2f%%", abs(best - bound) / max(abs(best), 1e-9) * 100)
            }
            let elapsed = String(format: "%.0f", progress.elapsed)
            guard language == .zh else {
                let what = seen.phase == .weighted ? "searching" : "phase \(seen.phase.number), \(seen.phase.rawValue)"
                return "\r  \(what): best plan \(shownBest), bound \(shownBound), gap \(gap), \(elapsed) s   "
            }
            let what = seen.phase == .weighted ? "搜索中" : "第\(seen.phase.number)阶段"
            return "\r  \(what)：最好方案 \(shownBest)，下界 \(shownBound)，相对间隙 \(gap)，\(elapsed) 秒   "
        }
    }
}
