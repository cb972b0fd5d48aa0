/// Why a plan cannot be checked against a scenario.
public enum PlanVerificationError: Error, Sendable, CustomStringConvertible {
    /// No scenario was given and none of the bundled ones has the plan's name.
    case noScenario(plan: String, scenario: String)
    /// The scenario's inputs are not the ones the plan was made from.
    case otherInputs(plan: String, scenarioPath: String, planHash: String, scenarioHash: String)

    /// One line: what is wrong — fix: what to do.
    public var description: String {
        switch self {
        case .noScenario(let plan, let scenario):
            return
                "\(plan): no scenario named \(scenario) among the bundled ones — fix: give the scenario file it was solved from with --scenario, or check a saved version (which keeps its files)"
        case .otherInputs(let plan, let path, let planHash, let scenarioHash):
            return
                "\(plan): the plan was made from other inputs than \(path) (input hash \(planHash.prefix(12))…, the scenario's now \(scenarioHash.prefix(12))…) — fix: give the scenario files it was solved from with --scenario, check a saved version, or solve again"
        }
    }
}
