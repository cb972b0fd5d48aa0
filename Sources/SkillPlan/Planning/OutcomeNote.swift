import Foundation

/// The note a sweep point, a robustness case or a target price carries: why there is no
/// plan, what is wrong with the values, or why the search stopped, in English and in
/// Chinese (the Chinese one shown in a Chinese run, the English one kept as before).
public struct OutcomeNote: Sendable, Hashable {
    /// The note in English.
    public var en: String
    /// The note in Chinese.
    public var zh: String

    /// A note in both languages.
    public init(en: String, zh: String) {
        self.en = en
        self.zh = zh
    }

    /// No note.
    public static let none = OutcomeNote(en: "", zh: "")

    /// The values make an invalid scenario: each problem as `field message`.
    ///
    /// - Parameter issues: the scenario's problems.
    public static func invalid(_ issues: [ScenarioIssue]) -> OutcomeNote {
        OutcomeNote(
            en: issues.map { "\($0.field ?? "value") \($0.message)" }.joined(separator: "; "),
            zh: issues.map { "\($0.field ?? "数值")：\($0.zh?.message ?? $0.message)" }.joined(separator: "；"))
    }

    /// The plan broke a hard constraint when checked: the first violation.
    ///
    /// - Parameter violation: the first violation the checker found.
    public static func check(_ violation: PlanViolation) -> OutcomeNote {
        OutcomeNote(en: "check: \(violation)", zh: "核查：\(violation.description(in: .zh))")
    }

    /// Why the search stopped (`time limit`, `gap limit`, …); none for an optimal plan.
    ///
    /// - Parameter reason: the plan's stop reason, as it spells it.
    public static func stopped(_ reason: String?) -> OutcomeNote {
        guard let reason else { return .none }
        return OutcomeNote(en: reason, zh: Terms(.zh).stopReason(reason))
    }

    /// Why a scenario gave no plan.
    ///
    /// - Parameter error: the planner's error.
    public static func planning(_ error: PlanningError) -> OutcomeNote {
        OutcomeNote(en: error.description, zh: error.description(in: .zh))
    }

    /// Any other failure: the error as the program words it, after `求解失败：` in
    /// Chinese.
    ///
    /// - Parameter error: the error.
    public static func failure(_ error: Error) -> OutcomeNote {
        if let error = error as? PlanningError { return planning(error) }
        if let error = error as? ScenarioError { return invalid(error.issues) }
        return OutcomeNote(en: "\(error)", zh: "求解失败：\(error)")
    }

    /// The note in a language.
    ///
    /// - Parameter language: the language.
    public func text(in language: Language) -> String {
        language == .zh ? zh : en
    }
}
