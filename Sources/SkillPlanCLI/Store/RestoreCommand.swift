import ArgumentParser
import Foundation
import SkillPlan

/// `skillplan restore V -o DIR`: the exact scenario and data files a version was solved from.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Write back the exact scenario file and data files a saved version was solved from.",
        discussion: """
            The files keep their places relative to the scenario file (a scenario with \
            data: ../Data is restored as DIR/Models/NAME.yaml and DIR/Data/*.csv), so \
            `skillplan solve` on the restored scenario solves the same inputs again.
            \(ExitStatus.helpText)
            """)

    @Argument(help: "The version: an id (3 or v3) or a label.")
    var version: String

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp("The folder to write (new or empty).", valueName: "dir"))
    var output: String

    @Flag(help: "Write into a folder that already holds files (files of the same name are replaced, others kept).")
    var force = false

    @OptionGroup var store: StoreOptions

    @OptionGroup var lang: LanguageOptions

    func run() throws {
        do {
            let opened = try store.openForReading()
            let summary = try opened.version(version)
            let restored = try opened.restore(summary, to: output, overwrite: force)
            let language = lang.language
            print(
                language.text(
                    zh: "已恢复 \(summary.name)：\(restored.folder) 中的 \(restored.files.count) 个文件",
                    en: "Restored \(summary.name): \(restored.files.count) files in \(restored.folder)"))
            for file in restored.files { print("  \(file)") }
            print(
                language.text(
                    zh: "重新求解：skillplan solve \(restored.scenarioFile)",
                    en: "Solve it again with: skillplan solve \(restored.scenarioFile)"))
        } catch let code as ExitCode {
            throw code
        } catch {
            throw ErrorReporting.exitCode(for: error, language: lang.language)
        }
    }
}
