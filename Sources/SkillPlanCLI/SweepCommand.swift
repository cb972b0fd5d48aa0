import ArgumentParser
import Foundation
import SkillPlan

/// `skillplan sweep`: solves a grid of variants of a scenario on all cores and tabulates
/// cost and each target's shortfall per point.
struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract:
            "Solve a grid of variants of a scenario on all cores; tabulate cost and each target's shortfall per point.",
        discussion: """
            Each --vary FIELD=A...B[:STEP] names a number column of one row (or * for every \
            row) of a table, as the scenario file's overrides: do, and the values it takes \
            (STEP 1 when not given; B included when the steps land on it), e.g. \
            --vary teacher_groups.*.max_hire=0...6:2 or \
            --vary targets.workplan-annual-training.value=15000...20000:1000. Tables: schools, \
            levels, teacher_groups, programmes, targets. The grid is every combination, the \
            first --vary changing slowest. Each point is solved on its own thread with one GLPK \
            problem; more points are in progress than there are cores, taking turns on them \
            (a search gives way between nodes every half second), so that a long point \
            does not end the sweep alone on one core. The rows come out in grid order, and \
            the plans do not depend on the turns. Each point is solved shortfall first, then \
            cost (the table gives both phases' gaps); with --like, a third phase keeps each \
            point close to the reference plan. Writes DIR/sweep.csv (UTF-8 with a \
            byte-order mark) and DIR/sweep.md, and prints the table. Each point is kept in \
            DIR/sweep-points.json as it finishes, so a sweep stopped by Ctrl-C, SIGTERM or a \
            crash goes on with the same command and --resume, solving only the points not \
            finished; --resume refuses when the grid, the limits, the reference or the \
            scenario's inputs changed.
            \(ExitStatus.helpText)
            """)

    @Argument(help: "The scenario file (YAML).")
    var scenario: String

    @Option(
        name: .customLong("vary"),
        help: "FIELD=A...B[:STEP], e.g. teacher_groups.*.max_hire=0...6:2 (repeat for a grid).")
    var vary: [String] = []

    @Option(
        name: [.short, .customLong("output")],
        help: "The folder for sweep.csv and sweep.md. Default: out/sweep-<scenario name>.")
    var output: String?

    @OptionGroup var search: VariantSearchOptions

    @Option(
        help: ArgumentHelp(
            "Points in progress at once, taking turns on the --jobs cores; each keeps its search in memory until it ends. Default: 4 per core (1 on one core).",
            valueName: "n"))
    var inProgress: Int?

    @Option(
        help: ArgumentHelp(
            "Solve every point close to a reference plan: a plan file or a saved version (id or label); the table says how many decisions of each point differ from it.",
            valueName: "plan"))
    var like: String?

    @Flag(
        help:
            "Go on with an interrupted sweep in the same folder: keep the points it finished (DIR/sweep-points.json) and solve the rest. Refused when the grid, the limits, the reference or the scenario's inputs changed."
    )
    var resume = false

    @OptionGroup var store: StoreOptions

    @OptionGroup var lang: LanguageOptions

    func validate() throws {
        do {
            _ = try SweepGrid(axes: vary.map(SweepAxis.parse))
        } catch let code as ExitCode {
            throw code
        } catch let error as SweepError {
            throw ValidationError(error.message)
        }
        if let inProgress {
            let cores = search.cores
            guard inProgress >= cores else {
                throw ValidationError(
                    "--in-progress must be at least the cores the sweep uses (\(cores)), not \(inProgress): each core runs a point in progress; to use fewer cores, lower --jobs"
                )
            }
        }
    }

    func run() throws {
        do {
            let grid = try SweepGrid(axes: vary.map(SweepAxis.parse))
            var options = search.planningOptions
            Interrupts.install(stopping: "the sweep")
            options.stop = Interrupts.stop
            options.like = try like.map { try PlanArgument(text: $0).reference(in: store.openForReading) }
            let runner = SweepRunner(
                scenarioPath: scenario, grid: grid, options: options,
                jobs: search.cores, inProgress: inProgress)
            let language = lang.language
            let definition = try runner.definition()
            let folder = output ?? "out/sweep-\(definition.scenario)"
            let checkpoint =
                resume
                ? try SweepCheckpoint(resuming: folder, definition: definition)
                : SweepCheckpoint(folder: folder, definition: definition)
            let resumed = checkpoint.finished.count
            let progress = VariantSearchOptions.progress { done, total in
                language.text(zh: "参数扫描：已求解 \(done)/\(total) 个点", en: "sweep: \(done)/\(total) points solved")
            }
            let result = try runner.run(checkpoint: checkpoint, progress: progress)
            VariantSearchOptions.clearProgress()
            if let failure = checkpoint.failure {
                ErrorReporting.printWarning(
                    language.text(
                        zh: "已完成的点未能保存到 \(checkpoint.path)（\(failure)）；中断后 --resume 会重新求解它们",
                        en:
                            "the finished points could not be kept in \(checkpoint.path) (\(failure)); after an interruption, --resume would solve them again"
                    ), language: language)
            }
            try AtomicFile.write(
                result.csv(language: language), to: (folder as NSString).appendingPathComponent("sweep.csv"))
            try AtomicFile.write(
                result.markdown(language: language), to: (folder as NSString).appendingPathComponent("sweep.md"))
            print(result.markdown(language: language), terminator: "")
            print(
                language.text(
                    zh: "已写入 \(folder)/sweep.csv 和 \(folder)/sweep.md",
                    en: "Wrote \(folder)/sweep.csv and \(folder)/sweep.md"))
            if resume {
                let total = result.points.count
                print(
                    language.text(
                        zh: "续算：保留了上次已完成的 \(resumed) 个点，本次求解 \(total - resumed) 个（共 \(total) 个）。",
                        en:
                            "Resumed: kept the \(resumed) points the earlier run finished and solved \(total - resumed) (of \(total))."
                    ))
            }
            if Interrupts.wasInterrupted {
                let kept = result.points.filter { $0.status != SweepRunner.interrupted }.count
                let marked =
                    language == .zh
                    ? SweepResult.sweepStatusZh[SweepRunner.interrupted] ?? SweepRunner.interrupted
                    : SweepRunner.interrupted
                print(
                    language.text(
                        zh:
                            "已中断：\(result.points.count) 个点中 \(kept) 个已完成并保留；其余在 \(folder)/sweep.csv 中标为“\(marked)”。加 --resume 重新运行同一命令，只求解这些点。",
                        en:
                            "Interrupted: \(kept) of \(result.points.count) points finished and kept; the others are marked \(marked) in \(folder)/sweep.csv. Run the same command with --resume to solve only those."
                    ))
                throw ExitStatus.interrupted
            }
        } catch let code as ExitCode {
            throw code
        } catch let error as SweepError {
            ErrorReporting.printError(error.message)
            throw ExitStatus.badInput
        } catch {
            throw ErrorReporting.exitCode(for: error, language: lang.language)
        }
    }
}
