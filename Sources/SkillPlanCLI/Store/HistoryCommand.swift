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

    @Flag(help: "Also check the store: SQLite's integrity check, and every plan and file against its SHA-256.")
    var verify = false

    func run() throws {
        do {
            let opened: PlanStore
            do {
                opened = try store.openForReading()
            } catch PlanStoreError.missing {
                print("No plan store at \(store.path) yet: save a plan with `skillplan solve --save`.")
                return
            }
            let versions = try opened.versions()
            if versions.isEmpty {
                print("No versions in \(opened.path) yet: save a plan with `skillplan solve --save`.")
            } else {
                HistoryTable.lines(versions).forEach { print($0) }
            }
            if verify {
                let check = try opened.check()
                for problem in check.problems { ErrorReporting.printError(problem) }
                if !check.isSound { throw ExitStatus.badInput }
                print("Checked \(check.versionsChecked) version(s): SQLite integrity ok, every plan and file matches its SHA-256.")
            }
        } catch let code as ExitCode {
            throw code
        } catch {
            throw ErrorReporting.exitCode(for: error)
        }
    }
}
