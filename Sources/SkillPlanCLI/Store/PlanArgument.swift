import Foundation
import SkillPlan

/// A plan named on the command line of `diff` and `export`: a plan file
/// (`plans/base.json`) or a saved version (`3`, `v3`, `baseline`).
///
/// An argument that names an existing file, ends in `.json` or holds a `/` is a file;
/// any other is a version in the plan store. So `skillplan diff v1 freeze.json` compares
/// a saved version with a plan file.
struct PlanArgument {
    /// The argument as given.
    var text: String

    /// Whether the argument names a plan file rather than a version.
    var isFile: Bool {
        text.hasSuffix(".json") || text.contains("/") || FileManager.default.fileExists(atPath: text)
    }

    /// The plan, and the version when it is one.
    ///
    /// - Parameter store: where versions are (opened only when a version is named).
    /// - Returns: the plan, and the version's summary (`nil` for a file).
    /// - Throws: `FileError` for a file that cannot be read, or a name that is neither a
    ///   file nor a saved version; ``PlanStoreError`` for a store that cannot be read.
    func resolve(in store: () throws -> PlanStore) throws -> (plan: Plan, version: PlanVersionSummary?) {
        if isFile { return (try PlanFile.read(text), nil) }
        do {
            let opened = try store()
            let version = try opened.version(text)
            return (try opened.plan(of: version), version)
        } catch PlanStoreError.missing(let path) {
            throw FileError(
                path: text,
                message:
                    "no such plan file, and no plan store at \(path) to hold a version of that name; give a plan file (skillplan solve -o PLAN.json), or save versions with `skillplan solve --save`"
            )
        } catch PlanStoreError.unknownVersion(let path, _) {
            throw FileError(
                path: text,
                message:
                    "no such plan file, and no version of that name in \(path); give a plan file, or a version from `skillplan history` (3, v3 or a label)"
            )
        }
    }

    /// The plan with its scenario, as `check` and `monitor` need them: a plan file, or a
    /// saved version with the store that holds it (whose saved files are its scenario
    /// when no `--scenario` is given).
    ///
    /// - Parameters:
    ///   - store: where versions are (opened only when a version is named).
    ///   - scenarioPath: the scenario file given with `--scenario`, if any.
    ///   - language: the language of the plan's name.
    /// - Returns: the plan, its name for messages (`version v3 (base)` or the file), and
    ///   its scenario as ``PlanVerification`` finds it.
    /// - Throws: what reading the plan or its scenario throws.
    func planWithScenario(in store: StoreOptions, scenarioPath: String?, language: Language = .standard) throws -> (
        plan: Plan, name: String, scenario: LoadedScenario
    ) {
        var version: (store: PlanStore, summary: PlanVersionSummary)?
        let plan: Plan
        if isFile {
            plan = try PlanFile.read(text)
        } else {
            let opened = try store.openForReading()
            let (found, summary) = try resolve { opened }
            plan = found
            version = summary.map { (opened, $0) }
        }
        let name = version.map { language.text(zh: "版本 \($0.summary.name)", en: "version \($0.summary.name)") } ?? text
        return (
            plan, name,
            try PlanVerification.scenario(of: plan, named: name, scenarioPath: scenarioPath, version: version)
        )
    }

    /// The plan as a reference for `--like`, named by its version or file.
    func reference(in store: () throws -> PlanStore) throws -> PlanReference {
        let (plan, version) = try resolve(in: store)
        return PlanReference(plan: plan, version: version?.name, file: version == nil ? text : nil)
    }
}
