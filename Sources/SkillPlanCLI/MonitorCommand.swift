import ArgumentParser
import Foundation
import SkillPlan

/// `skillplan monitor PLAN --actuals FILE`: the plan against what actually happened.
struct MonitorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monitor",
        abstract:
            "Hold a plan against actual figures: per target and year planned, actual, and what the years left must deliver.",
        discussion: """
            PLAN is a plan file or a saved version (id or label); its scenario is found as \
            `skillplan check` finds it (--scenario, a version's saved files, or the bundled \
            scenario of the plan's name). FILE is an actuals CSV (docs/data-format.md, \
            actuals.csv): year, school, programme, level, group, measure (intake, \
            enrolment, training, teachers, hires, rotated), value, source. A target's \
            actual is taken only where the figures cover its whole scope (the school's \
            figure, or one for each of its programmes, levels or groups); outside training \
            is added as the scenario assumes it. After the last actual year, each year \
            shows what it must deliver: a yearly target its requirement, a stock (students, \
            students per teacher, a share) the straight line from the last actual to the \
            requirement of the target's last year. Writes DIR/monitor.* in each --format \
            (default: all) in the --lang language (default: $SKILLPLAN_LANG, else English), and prints the text report.
            \(ExitStatus.helpText)
            """)

    @Argument(help: "The plan: a plan file (.json) or a saved version (3, v3, or a label).")
    var plan: String

    @Option(help: ArgumentHelp("The actual figures (CSV, docs/data-format.md).", valueName: "file"))
    var actuals: String

    @Option(
        help: ArgumentHelp(
            "The scenario file the plan was solved from. Default: a version's saved files, or the bundled scenario of the plan's name.",
            valueName: "path"))
    var scenario: String?

    @Option(
        name: [.short, .customLong("output")], help: "The folder for the reports. Default: out/monitor-<scenario name>."
    )
    var output: String?

    @Option(
        name: .customLong("format"), help: "text, csv, json or markdown (repeat for several). Default: every format.")
    var formats: [MonitorFormatOption] = []

    @OptionGroup var lang: LanguageOptions

    @OptionGroup var store: StoreOptions

    enum MonitorFormatOption: String, ExpressibleByArgument, CaseIterable {
        case text, csv, json, markdown

        var format: MonitorFormat { MonitorFormat(rawValue: rawValue) ?? .text }
    }

    func run() throws {
        do {
            let language = lang.language
            let (monitored, _, loaded) = try PlanArgument(text: plan).planWithScenario(
                in: store, scenarioPath: scenario, language: language)
            let figures = try ActualsTable.read(path: actuals, for: loaded.scenario)
            let result = PlanMonitor(plan: monitored, scenario: loaded.scenario, figures: figures).run(
                actualsFile: actuals)
            let report = MonitorReport(result, language: language)
            let folder = output ?? "out/monitor-\(monitored.scenario)"
            var written: [String] = []
            for format in (formats.isEmpty ? MonitorFormatOption.allCases : formats).map(\.format) {
                for file in try report.files(format) {
                    let target = (folder as NSString).appendingPathComponent(file.name)
                    try AtomicFile.write(file.data, to: target)
                    written.append(target)
                }
            }
            print(try report.render(.text), terminator: "")
            print("Wrote " + written.joined(separator: ", "))
        } catch let code as ExitCode {
            throw code
        } catch {
            throw ErrorReporting.exitCode(for: error, language: lang.language)
        }
    }
}
