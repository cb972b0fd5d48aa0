import ArgumentParser
import Foundation
import GLPK
import SkillPlan

/// `skillplan model`: the scenario's integer program as an LP or MPS file, for other solvers.
struct ModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "Write a scenario's model as a CPLEX LP or free MPS file for other solvers.",
        discussion: ExitStatus.helpText)

    /// The file formats of the model.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case lp, mps
    }

    @Argument(help: "The scenario file (YAML).")
    var scenario: String

    @Option(help: "lp (CPLEX LP, readable names) or mps (free MPS).")
    var format: Format = .lp

    @Option(name: [.short, .customLong("output")], help: "The file to write. Default: standard output.")
    var output: String?

    func run() throws {
        do {
            let loaded = try ScenarioLoader.load(path: scenario)
            let built = try ModelBuilder(scenario: loaded.scenario).build()
            let fileFormat: ModelFileFormat = format == .lp ? .cplexLP : .freeMPS
            if let output {
                try built.model.write(to: output, format: fileFormat)
                FileHandle.standardError.write(
                    Data(
                        "wrote \(output): \(built.model.constraintCount) rows, \(built.model.variableCount) columns, \(built.model.nonzeroCount) non-zeros\n"
                            .utf8))
            } else {
                let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                    "skillplan-\(UUID().uuidString)")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                defer { try? FileManager.default.removeItem(at: folder) }
                let path = folder.appendingPathComponent("model.\(format.rawValue)").path
                try built.model.write(to: path, format: fileFormat)
                FileHandle.standardOutput.write(FileManager.default.contents(atPath: path) ?? Data())
            }
        } catch {
            throw ErrorReporting.exitCode(for: error)
        }
    }
}
