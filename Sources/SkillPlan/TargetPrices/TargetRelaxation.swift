import Foundation

/// How each target is relaxed when its price is measured (``TargetPricing``): removed
/// from the scenario, or its requirement lowered by a step (10% by default).
///
/// A step lowers what the target asks: a value (person-times, students) or a share
/// (a high-skill share, the share of applicants `serve-demand` admits) is multiplied by
/// `1 − step`; a student-teacher ratio is divided by it, so that the teachers it asks
/// for fall by the same step (1 per 20 students at 10% becomes 1 per 22.2).
public enum TargetRelaxation: Sendable, Hashable {
    /// The target is taken out of the scenario.
    case remove
    /// The target's requirement is lowered by this fraction, in (0, 1).
    case step(Double)

    /// The default: each requirement lowered by 10%.
    public static let defaultStep = TargetRelaxation.step(0.1)

    /// Reads `remove`, a percentage (`10%`) or a fraction (`0.1`).
    ///
    /// - Parameter text: the text a planner typed.
    /// - Throws: ``TargetRelaxation/Problem`` naming what is wrong and the fix.
    public init(parsing text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.lowercased() == "remove" {
            self = .remove
            return
        }
        let isPercent = trimmed.hasSuffix("%")
        let digits = isPercent ? String(trimmed.dropLast()) : trimmed
        guard let number = Double(digits), number.isFinite else {
            throw Problem(
                "'\(text)' is neither a step nor 'remove'; give a percentage such as 10%, a fraction such as 0.1, or remove"
            )
        }
        let step = isPercent ? number / 100 : number
        guard step > 0, step < 1 else {
            throw Problem(
                "'\(text)' must be more than 0% and less than 100%; give e.g. 10%, or remove to take each target out")
        }
        self = .step(step)
    }

    /// What a planner reads: `remove` or `10%`.
    public var description: String {
        switch self {
        case .remove: "remove"
        case .step(let step): NumberText.percent(step)
        }
    }

    /// The step, or `nil` for a removal.
    public var step: Double? {
        if case .step(let step) = self { return step }
        return nil
    }

    /// A relaxation that cannot be read.
    public struct Problem: Error, Sendable, Hashable, CustomStringConvertible {
        /// What is wrong, and the fix.
        public var description: String

        /// A problem with its message.
        /// - Parameter description: what is wrong, and the fix.
        public init(_ description: String) {
            self.description = description
        }
    }

    /// A scenario with one target relaxed this way.
    ///
    /// - Parameters:
    ///   - scenario: the scenario.
    ///   - id: the target's id; every target with that id is relaxed.
    /// - Returns: the scenario with the target removed or its requirement lowered.
    func relaxing(_ scenario: Scenario, target id: String) -> Scenario {
        var relaxed = scenario
        switch self {
        case .remove:
            relaxed.targets.removeAll { $0.id == id }
        case .step(let step):
            relaxed.targets = scenario.targets.map { $0.id == id ? Self.lowered($0, by: step) : $0 }
        }
        return relaxed
    }

    /// A target with its requirement lowered by a step.
    static func lowered(_ target: Target, by step: Double) -> Target {
        var target = target
        switch target.kind {
        case .annualTraining, .cumulativeTraining, .minEnrolment, .trainingScale:
            target.value = target.value.map { $0 * (1 - step) }
        case .highSkillShare, .workforceHighSkillShare, .qualifiedTeacherShare:
            target.share = target.share.map { $0 * (1 - step) }
        case .serveDemand:
            target.share = (target.share ?? 1) * (1 - step)
        case .studentTeacherRatio:
            target.ratio = target.ratio.map { $0 / (1 - step) }
        }
        return target
    }

    /// What a target asks, in its unit: a value, a share, or students per teacher.
    static func requirement(of target: Target) -> (value: Double?, unit: String) {
        switch target.kind {
        case .annualTraining, .cumulativeTraining: (target.value, "person-times")
        case .minEnrolment: (target.value, "students")
        case .trainingScale: (target.value, "students-and-person-times")
        case .highSkillShare, .workforceHighSkillShare, .qualifiedTeacherShare: (target.share, "share")
        case .serveDemand: (target.share ?? 1, "share")
        case .studentTeacherRatio: (target.ratio, "students-per-teacher")
        }
    }
}

extension TargetRelaxation: Codable {
    private enum CodingKeys: String, CodingKey { case kind, step }

    /// Reads `{"kind": "remove"}` or `{"kind": "step", "step": 0.1}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .kind) {
        case "remove": self = .remove
        case "step": self = .step(try container.decode(Double.self, forKey: .step))
        case let other:
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container,
                debugDescription: "unknown relaxation '\(other)': remove or step")
        }
    }

    /// Writes `{"kind": "remove"}` or `{"kind": "step", "step": 0.1}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .remove: try container.encode("remove", forKey: .kind)
        case .step(let step):
            try container.encode("step", forKey: .kind)
            try container.encode(step, forKey: .step)
        }
    }
}
