import ArgumentParser
import Foundation
import SkillPlan

/// `skillplan robustness`: solves a scenario with each uncertain input at its low and its
/// high value, and at the all-low and all-high corners, on every core, and reports per
/// target in how many cases it is met, its worst shortfall and the inputs that flip it.
struct RobustnessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "robustness",
        abstract:
            "Does each target survive the assumptions? Solve with each uncertain input at its low and high value.",
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

    @Option(
        name: [.short, .customLong("output")],
        help: "The folder for the reports. Default: out/robustness-<scenario name>.")
    var output: String?

    @Option(
        name: .customLong("format"),
        help: "text, csv, markdown, html or json (repeat for several). Default: every format.")
    var formats: [RobustnessFormatOption] = []

    @OptionGroup var lang: LanguageOptions

    @OptionGroup var search: VariantSearchOptions

    enum RobustnessFormatOption: String, ExpressibleByArgument, CaseIterable {
        case text, csv, markdown, html, json

        var format: RobustnessFormat { RobustnessFormat(rawValue: rawValue) ?? .text }
    }

    func run() throws {
        let language = lang.language
        do {
            let path = try scenario ?? BundledScenarios.defaultScenarioPath()
            let loaded = try ScenarioLoader.load(path: path)
            guard let rangesPath = ranges ?? InputRanges.defaultPath(for: loaded, scenarioPath: path) else {
                ErrorReporting.printError(
                    language.text(
                        zh: "\(path): 不知道数据文件夹在哪里 — 修改：用 --ranges 给出范围表",
                        en: "\(path): the data folder is not known — fix: give the ranges table with --ranges"),
                    language: language)
                throw ExitStatus.badInput
            }
            let table = try InputRanges.read(path: rangesPath)
            guard !table.inputs.isEmpty else {
                ErrorReporting.printError(
                    language.text(
                        zh:
                            "\(rangesPath): 没有不确定输入（每一行都是“no range:”理由） — 修改：至少给出一行带 input、low 和 high 的范围",
                        en:
                            "\(rangesPath): has no uncertain input (every row is a \"no range:\" reason) — fix: give at least one row with input, low and high"
                    ), language: language)
                throw ExitStatus.badInput
            }
            for row in table.uncoveredAssumptions(in: loaded.scenario) {
                let file = (rangesPath as NSString).lastPathComponent
                ErrorReporting.printWarning(
                    language.text(
                        zh: "\(rangesPath): \(row) 是假设，但既没有范围也没有“no range:”理由 — 修改：在 \(file) 中为它添加一行",
                        en:
                            "\(rangesPath): \(row) is an assumption with neither a range nor a \"no range:\" reason — fix: add a row for it to \(file)"
                    ), language: language)
            }
            let runner = RobustnessRunner(
                scenario: loaded.scenario, ranges: table, options: search.planningOptions, jobs: search.cores)
            let started = Date()
            let progress = VariantSearchOptions.progress { done, total in
                language.text(zh: "稳健性分析：已求解 \(done)/\(total) 个情形", en: "robustness: \(done)/\(total) cases solved")
            }
            let result = try runner.run(progress: progress)
            VariantSearchOptions.clearProgress()
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
            let time = String(format: "%.1f", seconds)
            print(
                language.text(
                    zh: "\(result.cases.count) 个情形，用时 \(time) 秒，\(runner.jobs) 个核心",
                    en: "\(result.cases.count) cases in \(time) s on \(runner.jobs) cores"))
            print(language.text(zh: "已写入 ", en: "Wrote ") + written.joined(separator: ", "))
        } catch let error as RobustnessError {
            ErrorReporting.printError(error.description(in: language), language: language)
            throw ExitStatus.badInput
        } catch let error as ExitCode {
            throw error
        } catch {
            throw ErrorReporting.exitCode(for: error, language: lang.language)
        }
    }
}
