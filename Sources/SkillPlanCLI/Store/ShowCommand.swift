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

    @OptionGroup var lang: LanguageOptions

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
            let language = lang.language
            let source = summary.scenarioPath ?? files.first?.path ?? summary.scenario
            print(
                language.text(
                    zh: "版本 \(summary.name)，保存于 \(summary.created)",
                    en: "Version \(summary.name), saved \(summary.created)"))
            if let note = summary.note { print(language.text(zh: "备注：\(note)", en: "Note: \(note)")) }
            print(
                language.text(
                    zh: "求解自：\(source)（\(files.count) 个文件）", en: "Solved from: \(source) (\(files.count) files)"))
            print(language.text(zh: "输入哈希：\(summary.inputHash)", en: "Input hash: \(summary.inputHash)"))
            print(language.text(zh: "方案哈希：\(summary.planHash)", en: "Plan hash:  \(summary.planHash)"))
            print("")
            print(PlanSummary.text(of: plan, language: language), terminator: "")
        } catch let code as ExitCode {
            throw code
        } catch {
            throw ErrorReporting.exitCode(for: error, language: lang.language)
        }
    }
}
