/// How close a plan solved `--like` a reference plan stayed to it: which plan, and how
/// many of their decisions differ (docs/model.md, "Stable re-planning").
public struct PlanLikeness: Codable, Sendable, Hashable {
    /// The reference plan's scenario.
    public var scenario: String
    /// The reference plan's input hash.
    public var inputHash: String
    /// The plan-store version the reference was, e.g. `v3 (baseline)`; `nil` for a file.
    public var version: String?
    /// The plan file the reference was read from; `nil` for a version.
    public var file: String?
    /// `Σ |v − v_R|` over the decisions both plans have (intake, classes, short-course
    /// places, hires, teachers on rotation, seats added).
    public var distance: Double
    /// Decisions both plans have.
    public var decisionsCompared: Int
    /// Of those, the ones whose values differ.
    public var decisionsDiffering: Int
    /// Decisions of the reference that this plan's scenario does not have (another
    /// programme, level or year): left out of the distance.
    public var unmatchedInReference: Int
    /// Decisions of this plan that the reference does not have: left out of the distance.
    public var unmatchedHere: Int

    /// Compares a plan's decisions with a reference's.
    /// - Parameters:
    ///   - decisions: the plan's decisions.
    ///   - reference: the reference plan.
    ///   - version: its version name, if it is one.
    ///   - file: its file, if it is one.
    public init(decisions: PlanDecisions, reference: Plan, version: String?, file: String?) {
        let theirs = PlanDecisions(reference)
        scenario = reference.scenario
        inputHash = reference.inputHash
        self.version = version
        self.file = file
        var distance = 0.0, compared = 0, differing = 0, unmatchedThere = 0, unmatchedHere = 0
        for (mine, other) in Self.kinds(decisions, theirs) {
            for (key, value) in mine {
                guard let target = other[key] else {
                    unmatchedHere += 1
                    continue
                }
                compared += 1
                distance += abs(value - target)
                if abs(value - target) > 1e-6 { differing += 1 }
            }
            unmatchedThere += other.keys.filter { mine[$0] == nil }.count
        }
        self.distance = distance
        decisionsCompared = compared
        decisionsDiffering = differing
        unmatchedInReference = unmatchedThere
        self.unmatchedHere = unmatchedHere
    }

    private static func kinds(_ a: PlanDecisions, _ b: PlanDecisions) -> [([String: Double], [String: Double])] {
        [
            (a.intake, b.intake), (a.classes, b.classes), (a.training, b.training),
            (a.hires, b.hires), (a.rotation, b.rotation), (a.expansion, b.expansion),
            (a.highTraining, b.highTraining), (a.qualification, b.qualification),
        ]
    }

    /// How the summary names the reference.
    public var name: String {
        version ?? file ?? scenario
    }
}
