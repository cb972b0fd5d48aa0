import ArgumentParser
import Foundation
import SkillPlan

/// `--save [--label L] [--note TEXT]`: keep the solved plan, and the scenario files it
/// was solved from, as a new version in the plan store.
struct SaveOptions: ParsableArguments {
    @Flag(help: "Save the plan and its scenario files as a new version in the plan store (see `skillplan history`).")
    var save = false

    @Option(help: ArgumentHelp("A unique name for the saved version, e.g. baseline (with --save).", valueName: "label"))
    var label: String?

    @Option(help: ArgumentHelp("A note kept with the saved version (with --save).", valueName: "text"))
    var note: String?

    func validate() throws {
        if !save && (label != nil || note != nil) {
            throw ValidationError("--label and --note describe a saved version; add --save")
        }
        if let label {
            do {
                try PlanStore.validateLabel(label)
            } catch let error as PlanStoreError {
                throw ValidationError(error.description)
            }
        }
    }

    /// Before solving: with `--save`, opens the store and checks that the label is
    /// free, so that a wrong store or a used label fails before a long solve.
    ///
    /// - Returns: the open store, or `nil` without `--save`.
    func openStore(_ store: StoreOptions) throws -> PlanStore? {
        guard save else { return nil }
        let opened = try store.openForWriting()
        if let label, let owner = try? opened.version(label) {
            throw PlanStoreError.labelTaken(store: opened.path, label: label, version: owner.id)
        }
        return opened
    }

    /// After the plan is written: saves it into the store ``openStore(_:)`` opened, if
    /// any, and prints its version.
    ///
    /// - Parameters:
    ///   - plan: the plan.
    ///   - loaded: the scenario it was solved from.
    ///   - scenarioPath: the scenario file's path.
    ///   - store: the store from ``openStore(_:)`` (`nil`: nothing to do).
    func saveIfAsked(_ plan: Plan, from loaded: LoadedScenario, scenarioPath: String, into store: PlanStore?) throws {
        guard let store else { return }
        let version = try store.save(plan: plan, inputs: loaded.inputFiles, label: label, note: note, scenarioPath: scenarioPath)
        print("Saved as version \(version.summary.name) in \(store.path)")
    }
}
