import Foundation

/// `skillplan check`: re-reads a plan's scenario and checks the plan against it with the
/// independent evaluator and checker (every hard constraint, decision limit, reported
/// number, target and the objective).
public enum PlanVerification {
    /// The scenario a plan was made from, loaded: the file given, else a saved version's
    /// own files (restored into a temporary folder), else the bundled scenario of the
    /// plan's name. Its inputs must be the plan's (same input hash).
    ///
    /// - Parameters:
    ///   - plan: the plan.
    ///   - name: how to name the plan in messages (its file or version).
    ///   - scenarioPath: a scenario file given by the user, if any.
    ///   - version: the saved version the plan is, with its store, if it is one.
    /// - Throws: ``PlanVerificationError`` when no scenario is found or its inputs
    ///   differ; ``ScenarioError`` when it does not load.
    public static func scenario(
        of plan: Plan, named name: String, scenarioPath: String?,
        version: (store: PlanStore, summary: PlanVersionSummary)?
    ) throws -> LoadedScenario {
        let loaded: LoadedScenario
        let path: String
        if let scenarioPath {
            loaded = try ScenarioLoader.load(path: scenarioPath)
            path = scenarioPath
        } else if let version {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "skillplan-check-\(UUID().uuidString)"
            ).path
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let restored = try version.store.restore(version.summary, to: folder)
            loaded = try ScenarioLoader.load(path: restored.scenarioFile)
            path = "version \(version.summary.name)'s files"
        } else if let bundled = BundledScenarios.list().first(where: { $0.name == plan.scenario }) {
            loaded = try ScenarioLoader.load(path: bundled.file)
            path = bundled.file
        } else {
            throw PlanVerificationError.noScenario(plan: name, scenario: plan.scenario)
        }
        guard loaded.inputHash == plan.inputHash else {
            throw PlanVerificationError.otherInputs(
                plan: name, scenarioPath: path, planHash: plan.inputHash, scenarioHash: loaded.inputHash)
        }
        return loaded
    }

    /// Every violation in the plan (empty when it holds).
    public static func check(_ plan: Plan, against loaded: LoadedScenario) -> [PlanViolation] {
        PlanChecker(scenario: loaded.scenario).check(plan)
    }
}
