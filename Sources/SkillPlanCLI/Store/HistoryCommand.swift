import ArgumentParser
import Foundation
import SkillPlan

/// `skillplan history`: the versions in the plan store.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List the saved plan versions: id, label, scenario, when, cost, targets met.",
        discussion: """
            Versions are saved by `skillplan solve --save` and never change. Name one by \
            id (3 or v3) or label in `show`, `restore`, `diff` and `export`.
            \(ExitStatus.helpText)
            """)

    @OptionGroup var store: StoreOptions

    @OptionGroup var lang: LanguageOptions

    @Flag(help: "Also check the store: SQLite's integrity check, and every plan and file against its SHA-256.")
    var verify = false

    func run() throws {
        do {
            let language = lang.language
            let opened: PlanStore
            do {
                opened = try store.openForReading()
            } catch PlanStoreError.missing {
                print(
                    language.text(
                        zh: "\(store.path) 还没有方案库：用 `skillplan solve --save` 保存一个方案。",
                        en: "No plan store at \(store.path) yet: save a plan with `skillplan solve --save`."))
                return
            }
            let versions = try opened.versions()
            if versions.isEmpty {
                print(
                    language.text(
                        zh: "\(opened.path) 中还没有版本：用 `skillplan solve --save` 保存一个方案。",
                        en: "No versions in \(opened.path) yet: save a plan with `skillplan solve --save`."))
            } else {
                for line in HistoryTable.lines(versions, language: language) { print(line) }
            }
            if verify {
                let check = try opened.check()
                for problem in check.problems { ErrorReporting.printError(problem) }
                if !check.isSound { throw ExitStatus.badInput }
                print(
                    language.text(
                        zh: "已检查 \(check.versionsChecked) 个版本：SQLite 完整性正常，每个方案和文件都与其 SHA-256 相符。",
                        en:
                            "Checked \(check.versionsChecked) version(s): SQLite integrity ok, every plan and file matches its SHA-256."
                    ))
            }
        } catch let code as ExitCode {
            throw code
        } catch {
            throw ErrorReporting.exitCode(for: error, language: lang.language)
        }
    }
}
