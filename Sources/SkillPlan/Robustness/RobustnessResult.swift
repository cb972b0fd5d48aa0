import Foundation

/// A solved robustness study: every case's outcome, and per target what the cases say.
public struct RobustnessResult: Sendable {
    /// What the cases say about one target.
    public struct TargetSummary: Sendable, Hashable, Codable {
        /// The target's id.
        public var target: String
        /// Chinese name.
        public var nameZh: String
        /// English name.
        public var nameEn: String
        /// Whether the scenario as given meets it.
        public var metAsGiven: Bool?
        /// Its attainment as given (1: met exactly).
        public var attainmentAsGiven: Double?
        /// The cases that meet it.
        public var metCases: Int
        /// The cases with a plan.
        public var solvedCases: Int
        /// The largest total shortfall over the cases, in the target's unit.
        public var worstShortfall: Double
        /// The case with the largest shortfall (its label in English), when one falls short.
        public var worstCase: String?
        /// Inputs whose low or high end changes whether the target is met, e.g. `outside-training low`.
        public var flippedBy: [String]
        /// Inputs whose low or high end changes its shortfall (the flips among them): a
        /// target met in every case depends on none.
        public var dependsOn: [String]
    }

    /// The scenario as given.
    public var scenario: Scenario
    /// The uncertain inputs.
    public var inputs: [UncertainInput]
    /// Every case's outcome, in case order (as given first).
    public var cases: [RobustnessCaseResult]

    /// A study's result.
    public init(scenario: Scenario, inputs: [UncertainInput], cases: [RobustnessCaseResult]) {
        self.scenario = scenario
        self.inputs = inputs
        self.cases = cases
    }

    /// The targets in the scenario's order.
    public var targetIDs: [String] { SweepRunner.targetIDs(scenario) }

    /// The cheapest and the dearest plan over the cases with a plan, with their cases.
    public var costRange: (low: Double, lowCase: RobustnessCase, high: Double, highCase: RobustnessCase)? {
        let solved = cases.filter(\.solved)
        guard let low = solved.min(by: { $0.cost! < $1.cost! }), let high = solved.max(by: { $0.cost! < $1.cost! })
        else { return nil }
        return (low.cost!, low.robustnessCase, high.cost!, high.robustnessCase)
    }

    /// What the cases say about each target, in the scenario's order.
    public var summaries: [TargetSummary] {
        let base = cases.first { $0.robustnessCase == .base }
        return targetIDs.map { id in
            let target = scenario.targets.first { $0.id == id }
            let solved = cases.filter(\.solved)
            let worst = solved.max { ($0.shortfalls[id] ?? 0) < ($1.shortfalls[id] ?? 0) }
            let worstShortfall = worst?.shortfalls[id] ?? 0
            var flipped: [String] = []
            var depends: [String] = []
            if let base, base.solved {
                for input in inputs {
                    var moves = false
                    for bound in InputBound.allCases {
                        guard
                            let other = cases.first(where: {
                                $0.robustnessCase == RobustnessCase(input: input.id, bound: bound)
                            }),
                            other.solved
                        else { continue }
                        if other.met(id) != base.met(id) { flipped.append("\(input.id) \(bound.rawValue)") }
                        let a = other.shortfalls[id] ?? 0, b = base.shortfalls[id] ?? 0
                        if abs(a - b) > 1e-6 * max(1, abs(b)) { moves = true }
                    }
                    if moves { depends.append(input.id) }
                }
            }
            return TargetSummary(
                target: id, nameZh: (target?.nameZh).flatMap { $0.isEmpty ? nil : $0 } ?? id,
                nameEn: (target?.nameEn).flatMap { $0.isEmpty ? nil : $0 } ?? id, metAsGiven: base?.met(id),
                attainmentAsGiven: base?.attainment[id], metCases: solved.filter { $0.met(id) == true }.count,
                solvedCases: solved.count, worstShortfall: worstShortfall,
                worstCase: worstShortfall > 1e-6 ? worst?.robustnessCase.label(.en) : nil, flippedBy: flipped,
                dependsOn: depends)
        }
    }
}
