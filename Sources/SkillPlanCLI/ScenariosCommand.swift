import ArgumentParser
import Foundation
import SkillPlan

/// `skillplan scenarios`: the bundled scenarios and the question each answers.
struct ScenariosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenarios",
        abstract: "List the bundled scenarios (Models/*.yaml) and the question each answers.",
        discussion: ExitStatus.helpText)

    func run() throws {
        guard let folder = BundledScenarios.modelsFolder() else {
            FileHandle.standardError.write(
                Data(
                    "error: the Models folder was not found — fix: run skillplan from the folder holding Models/, or keep Models/ beside the program (as make dist does)\n"
                        .utf8))
            throw ExitStatus.badInput
        }
        let scenarios = BundledScenarios.list(in: folder)
        for (index, scenario) in scenarios.enumerated() {
            if index > 0 { print("") }
            print("\(scenario.name)  \(Self.shown(scenario.file))")
            print("  \(scenario.question)")
        }
    }

    /// `path` relative to the current directory when it lies inside it.
    private static func shown(_ path: String) -> String {
        let current = FileManager.default.currentDirectoryPath
        let prefix = current.hasSuffix("/") ? current : current + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
