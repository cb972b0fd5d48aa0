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

    /// Before solving: with `--save`, opens the store for ``ScenarioPlanning``, which
    /// checks that the label is free before the search, so that a wrong store or a used
    /// label fails before a long solve.
    ///
    /// - Returns: the save, or `nil` without `--save`.
    func request(_ store: StoreOptions) throws -> PlanSaveRequest? {
        guard save else { return nil }
        return PlanSaveRequest(store: try store.openForWriting(), label: label, note: note)
    }
}
