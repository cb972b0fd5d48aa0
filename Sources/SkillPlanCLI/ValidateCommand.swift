import ArgumentParser
import SkillPlan

/// `skillplan validate SCENARIO`: every problem of a scenario and its data at once, or
/// `ok` with what the scenario holds.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract:
            "Check a scenario and its data: list every problem at once, or say ok (default: the bundled Models/xingning-2025.yaml).",
        discussion: """
            Each problem is one line: file:line: field: what is wrong — fix: what to do.

            \(ExitStatus.helpText)
            """)

    @Argument(help: "The scenario file (YAML). Default: Models/xingning-2025.yaml, as for solve.")
    var scenario: String?

    @OptionGroup var lang: LanguageOptions

    func run() throws {
        let loaded: LoadedScenario
        do {
            loaded = try ScenarioLoader.load(path: try scenario ?? BundledScenarios.defaultScenarioPath())
        } catch let error as ScenarioError {
            for issue in error.issues { print(issue.description(in: lang.language)) }
            throw ExitStatus.badInput
        } catch {
            throw ErrorReporting.exitCode(for: error, language: lang.language)
        }
        print(lang.language.text(zh: "正常：", en: "ok: ") + loaded.scenario.summary(in: lang.language))
        for warning in ScenarioCoverage.coverageWarnings(in: loaded.scenario) {
            print(lang.language.text(zh: "警告：", en: "warning: ") + warning.line(lang.language))
        }
    }
}
