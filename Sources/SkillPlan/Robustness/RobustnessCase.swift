/// One solve of a robustness study: the scenario as given, one uncertain input at one
/// end of its range, or every input at the same end (a corner).
public struct RobustnessCase: Sendable, Hashable, Codable {
    /// The input set to a bound; `nil` for the scenario as given and for the corners.
    public var input: String?
    /// The bound; `nil` for the scenario as given.
    public var bound: InputBound?

    /// A case.
    public init(input: String?, bound: InputBound?) {
        self.input = input
        self.bound = bound
    }

    /// The scenario as given.
    public static let base = RobustnessCase(input: nil, bound: nil)

    /// Whether the case moves every input (a corner).
    public var isCorner: Bool { input == nil && bound != nil }

    /// The cases of a study of `inputs`: the scenario as given, each input low and high,
    /// then all low and all high.
    public static func cases(for inputs: [UncertainInput]) -> [RobustnessCase] {
        var cases = [base]
        for input in inputs {
            cases.append(RobustnessCase(input: input.id, bound: .low))
            cases.append(RobustnessCase(input: input.id, bound: .high))
        }
        cases.append(RobustnessCase(input: nil, bound: .low))
        cases.append(RobustnessCase(input: nil, bound: .high))
        return cases
    }

    /// The scenario of the case.
    /// - Throws: ``RobustnessError`` when a range names an id the scenario does not have.
    public func scenario(from base: Scenario, inputs: [UncertainInput]) throws -> Scenario {
        var scenario = base
        guard let bound else { return scenario }
        for input in inputs where self.input == nil || input.id == self.input {
            try input.apply(bound, to: &scenario)
        }
        return scenario
    }

    /// The case's label: `as given`, `INPUT low`, `all low` (English) or `基准`, `INPUT 低值`, `全部低值`.
    public func label(_ language: Language) -> String {
        guard let bound else { return language == .zh ? "基准" : "as given" }
        let end = language == .zh ? (bound == .low ? "低值" : "高值") : bound.rawValue
        guard let input else { return language == .zh ? "全部\(end)" : "all \(end)" }
        return "\(input) \(end)"
    }
}
