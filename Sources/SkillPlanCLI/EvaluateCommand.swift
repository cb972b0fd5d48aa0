import ArgumentParser
import Foundation
import SkillPlan

/// `skillplan evaluate SCENARIO --decisions PATH`: a planner's own plan, evaluated.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract:
            "Evaluate a plan of your own: its cost, each target met or short, and each hard constraint it breaks.",
        discussion: """
            --decisions is a plan file (.json) or a folder of the CSV files that \
            `skillplan export PLAN --format csv` writes (seats.csv, curriculum-plan.csv, \
            teacher-plan.csv; Chinese or English headers, names or ids), edited in Excel or \
            WPS. Every decision given is taken as it is: the plan is computed from it, not \
            searched, and a broken hard constraint is reported with its amount, never \
            repaired. A decision not given is an error that names it, unless \
            --optimise-rest, which fixes the decisions given and solves for the rest \
            (shortfall, then cost). A cell that is empty, not a number, negative, not whole, \
            or names a programme, level, group or year the scenario does not have is an error \
            as file:line: column: what — fix: what to do, and nothing is written. Writes the \
            plan (status evaluated) and prints its summary; exit 2 when it breaks a hard \
            constraint or a decision's limit.
            \(ExitStatus.helpText)
            """)

    @Argument(help: "The scenario file (YAML).")
    var scenario: String

    @Option(
        help: ArgumentHelp("The decisions: a plan file (.json) or a folder of exported CSV files.", valueName: "path"))
    var decisions: String

    @Flag(
        help:
            "Optimise the decisions not given (shortfall, then cost), the given ones fixed, instead of refusing a partial plan."
    )
    var optimiseRest = false

    @Option(
        name: [.short, .customLong("output")],
        help: "Where to write the evaluated plan (JSON). Default: out/<scenario name>-evaluated.json.")
    var output: String?

    @Option(help: "With --optimise-rest: stop the search after this many seconds (default: the scenario's).")
    var timeLimit: Double?

    @Option(help: "With --optimise-rest: the relative gap of each phase (default: the scenario's).")
    var mipGap: Double?

    @OptionGroup var lang: LanguageOptions

    func validate() throws {
        if let timeLimit, !(timeLimit > 0 && timeLimit.isFinite) {
            throw ValidationError("--time-limit must be a positive number of seconds, not \(timeLimit)")
        }
        if let mipGap, !(mipGap >= 0 && mipGap < 1) {
            throw ValidationError("--mip-gap must be a relative gap in [0, 1), e.g. 0.005, not \(mipGap)")
        }
        if !optimiseRest && (timeLimit != nil || mipGap != nil) {
            throw ValidationError(
                "--time-limit and --mip-gap limit the search of --optimise-rest; without it nothing is searched")
        }
    }

    func run() throws {
        do {
            let loaded = try ScenarioLoader.load(path: scenario)
            let given = try GivenDecisions.read(decisions, for: loaded.scenario)
            let outcome = try PlanEvaluation.evaluate(
                loaded, given: given, optimiseRest: optimiseRest,
                options: PlanningOptions(timeLimit: timeLimit, mipGap: mipGap))
            let destination = output ?? "out/\(loaded.scenario.name)-evaluated.json"
            try PlanFile.write(outcome.plan, to: destination)
            let language = lang.language
            print(outcome.summary(language: language), terminator: "")
            print(language.text(zh: "方案已写入 \(destination)", en: "Plan written to \(destination)"))
            let broken = PlanEvaluation.brokenConstraints(outcome.violations)
            if !broken.isEmpty {
                print(
                    language.text(
                        zh: "方案违反 \(broken.count) 项硬约束或决策限制；未作任何修补。",
                        en:
                            "The plan breaks \(broken.count) hard constraint(s) or decision limit(s); nothing was repaired."
                    ))
                throw ExitStatus.infeasible
            }
            if !outcome.holds { throw ExitStatus.checkFailed }
        } catch let code as ExitCode {
            throw code
        } catch {
            throw ErrorReporting.exitCode(for: error, language: lang.language)
        }
    }
}
