import ArgumentParser
import Foundation
import SkillPlan

/// `skillplan robustness`: solves a scenario with each uncertain input at its low and its
/// high value, and at the all-low and all-high corners, on every core, and reports per
/// target in how many cases it is met, its worst shortfall and the inputs that flip it.
struct RobustnessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "robustness",
        abstract: "Does each target survive the assumptions? Solve with each uncertain input at its low and high value.",
        discussion: """
            The uncertain inputs and their ranges are the rows of the data folder's \
            ranges.csv (docs/data-format.md): rows with the same input id move together. \
            The scenario is solved as given, with each input low and then high (the others \
            as given), and with every input low and every input high; each case on its own \
            thread, cases taking turns on the cores, each search stopped at a node count so \
            that the results are the same in every run. Per target: met as given, met in \
            how many cases, the worst shortfall and its case, the inputs whose low or high \
            end changes whether it is met, and the inputs its attainment depends on; and \
            the cost range. Writes DIR/robustness.* in each --format (default: all) in the \
            --lang language, and prints the text report.
            \(ExitStatus.helpText)
            """)

    @Argument(help: "The scenario file (YAML). Default: Models/xingning-2025.yaml.")
    var scenario: String?

    @Option(help: "The ranges table. Default: ranges.csv in the scenario's data folder.")
    var ranges: String?

    @Option(name: [.short, .customLong("output")], help: "The folder for the reports. Default: out/robustness-<scenario name>.")
    var output: String?

    @Option(name: .customLong("format"), help: "text, csv, markdown, html or json (repeat for several). Default: every format.")
    var formats: [RobustnessFormatOption] = []

    @OptionGroup var lang: LanguageOptions

    @Option(help: "Cores: cases solved at once. Default: every core.")
    var jobs: Int?

    @Option(help: "Stop each case's search after this many seconds (default: the scenario's).")
    var timeLimit: Double?

    @Option(help: "Stop each case's search at this relative gap (default: the scenario's).")
    var mipGap: Double?

    @Option(help: "Stop each case's search at this many branch-and-bound nodes, with its best plan (default: 20000). The same in every run.")
    var nodeLimit: Int = SweepRunner.defaultNodeLimit

    enum RobustnessFormatOption: String, ExpressibleByArgument, CaseIterable {
        case text, csv, markdown, html, json

        var format: RobustnessFormat { RobustnessFormat(rawValue: rawValue) ?? .text }
    }

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, not \(jobs)") }
        if let timeLimit, let problem = InputLimits.timeLimitProblem(timeLimit) {
            throw ValidationError("--time-limit \(problem)")
        }
        if let problem = InputLimits.nodeLimitProblem(nodeLimit) {
            throw ValidationError("--node-limit \(problem)")
        }
        if let mipGap, let problem = InputLimits.mipGapProblem(mipGap) {
            throw ValidationError("--mip-gap \(problem)")
        }
    }

    func run() throws {
        do {
            let path = try scenario ?? BundledScenarios.defaultScenarioPath()
            let loaded = try ScenarioLoader.load(path: path)
            guard let rangesPath = ranges ?? InputRanges.defaultPath(for: loaded, scenarioPath: path) else {
                ErrorReporting.printError("\(path): the data folder is not known — fix: give the ranges table with --ranges")
                throw ExitStatus.badInput
            }
            let table = try InputRanges.read(path: rangesPath)
            guard !table.inputs.isEmpty else {
                ErrorReporting.printError("\(rangesPath): has no uncertain input (every row is a \"no range:\" reason) — fix: give at least one row with input, low and high")
                throw ExitStatus.badInput
            }
            for row in table.uncoveredAssumptions(in: loaded.scenario) {
                ErrorReporting.printWarning("\(rangesPath): \(row) is an assumption with neither a range nor a \"no range:\" reason — fix: add a row for it to \((rangesPath as NSString).lastPathComponent)")
            }
            var options = PlanningOptions(timeLimit: timeLimit, mipGap: mipGap)
            options.nodeLimit = nodeLimit
            let runner = RobustnessRunner(scenario: loaded.scenario, ranges: table, options: options, jobs: jobs ?? WorkerPool.cores)
            let terminal = isatty(STDERR_FILENO) == 1
            let started = Date()
            var progress: (@Sendable (Int, Int) -> Void)?
            if terminal {
                progress = { done, total in
                    FileHandle.standardError.write(Data("\r  robustness: \(done)/\(total) cases solved   ".utf8))
                }
            }
            let result = try runner.run(progress: progress)
            if terminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            let seconds = Date().timeIntervalSince(started)
            let report = RobustnessReport(result, language: lang.language)
            let folder = output ?? "out/robustness-\(loaded.scenario.name)"
            var written: [String] = []
            for format in (formats.isEmpty ? RobustnessFormatOption.allCases : formats).map(\.format) {
                for file in try report.files(format) {
                    let target = (folder as NSString).appendingPathComponent(file.name)
                    try AtomicFile.write(file.data, to: target)
                    written.append(target)
                }
            }
            print(try report.render(.text), terminator: "")
            let language = lang.language
            let time = String(format: "%.1f", seconds)
            print(language.text(zh: "\(result.cases.count) 个情形，用时 \(time) 秒，\(runner.jobs) 个核心",
                                en: "\(result.cases.count) cases in \(time) s on \(runner.jobs) cores"))
            print(language.text(zh: "已写入 ", en: "Wrote ") + written.joined(separator: ", "))
        } catch let error as RobustnessError {
            ErrorReporting.printError(error.description)
            throw ExitStatus.badInput
        } catch let error as ExitCode {
            throw error
        } catch {
            throw ErrorReporting.exitCode(for: error)
        }
    }
}
