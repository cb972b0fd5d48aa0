import ArgumentParser
import Foundation
import SkillPlan

/// `skillplan show V`: a saved version's details and plan summary.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a saved version: when, from what, and its plan summary (or its plan JSON).",
        discussion: ExitStatus.helpText)

    @Argument(help: "The version: an id (3 or v3) or a label.")
    var version: String

    @OptionGroup var store: StoreOptions

    @Option(help: "Language of the names in the summary: zh or en.")
    var lang: Language = .en

    @Flag(help: "Print the version's plan JSON, byte for byte as `skillplan solve -o` wrote it.")
    var json = false

    func run() throws {
        do {
            let opened = try store.openForReading()
            let summary = try opened.version(version)
            if json {
                FileHandle.standardOutput.write(try opened.planData(of: summary))
                return
            }
            let plan = try opened.plan(of: summary)
            let files = try opened.inputFiles(of: summary)
            print("Version \(summary.name), saved \(summary.created)")
            if let note = summary.note { print("Note: \(note)") }
            print("Solved from: \(summary.scenarioPath ?? files.first?.path ?? summary.scenario) (\(files.count) files)")
            print("Input hash: \(summary.inputHash)")
            print("Plan hash:  \(summary.planHash)")
            print("")
            print(PlanSummary.text(of: plan, language: lang), terminator: "")
        } catch let code as ExitCode {
            throw code
        } catch {
            throw ErrorReporting.exitCode(for: error)
        }
    }
}
