import ArgumentParser
import Foundation
import SkillPlan

/// `--store PATH`: the plan store of `solve --save`, `history`, `show`, `restore`,
/// `diff` and `export`. Without it, the `SKILLPLAN_STORE` environment variable, then
/// `.skillplan/plans.sqlite` in the working folder.
struct StoreOptions: ParsableArguments {
    /// The environment variable that names the store when `--store` is not given.
    static let variable = OptionVariable("SKILLPLAN_STORE")

    @Option(
        name: .customLong("store"),
        help: ArgumentHelp(
            "The plan store (an SQLite file). Default: $SKILLPLAN_STORE, else .skillplan/plans.sqlite.",
            valueName: "path"))
    var storePath: String?

    /// The store's path: `--store`, else `$SKILLPLAN_STORE`, else the default.
    var path: String {
        Self.variable.resolve(storePath, parse: { $0 }, otherwise: PlanStore.defaultPath)
    }

    func validate() throws {
        if storePath?.isEmpty == true {
            throw ValidationError("--store needs the path of a file, e.g. --store plans.sqlite")
        }
    }

    /// Opens the store, creating it if needed (for saving).
    func openForWriting() throws -> PlanStore {
        try PlanStore(path: path)
    }

    /// Opens an existing store (for reading); a missing one is ``PlanStoreError/missing(store:)``.
    func openForReading() throws -> PlanStore {
        try PlanStore(readingFrom: path)
    }
}
