import Foundation

/// The largest values SkillPlan takes, in one place for the data, the scenario file and
/// the command line, so that each says the same range.
///
/// Beyond these, a value is a typing mistake, and GLPK's double-precision arithmetic
/// (about 15–16 significant digits, tolerances of 1e-7 relative to the row's size)
/// could no longer tell a class of 35 students or a teacher's 20,000 yuan from rounding.
/// Assumption (no source): Guangdong's whole population is about 1.27e8 and its yearly
/// education budget about 4.5e11 yuan, so 1e9 people and 1e12 yuan leave ample room.
public enum InputLimits {
    /// The most people (students, teachers, places, applicants, hours) one value may count.
    public static let people: Double = 1e9
    /// The most yuan one cost or weight may be.
    public static let yuan: Double = 1e12
    /// The longest time limit GLPK takes, in seconds (its limit is a 32-bit count of
    /// milliseconds: 2,147,483 s, about 24.8 days).
    public static let timeLimitSeconds: Double = Double(Int32.max / 1000)

    /// The largest value a data field may hold: ``yuan`` for a cost or a weight,
    /// ``people`` for anything else.
    /// - Parameter field: the column or setting name, e.g. `class_cost`, `headcount`.
    public static func maximum(field: String) -> Double {
        field.hasSuffix("cost") || field.hasSuffix("weight") ? yuan : people
    }

    /// What to do about a value beyond its limit, in Chinese (the English fix: "check the
    /// digits: a value this large is a typing mistake, and GLPK's arithmetic cannot plan
    /// with it").
    static let tooLargeFixZh = "核对数字：这么大的值是录入错误，GLPK 的运算无法据此做规划"

    /// The problem with a time limit, or `nil` when it is in range.
    /// - Parameters:
    ///   - seconds: the limit.
    ///   - language: the language of the problem.
    /// - Returns: e.g. `is 1e+12 s, must be more than 0 and at most 2,147,483 s (24.8 days)`.
    public static func timeLimitProblem(_ seconds: Double, in language: Language = .en) -> String? {
        guard !(seconds > 0 && seconds <= timeLimitSeconds) else { return nil }
        let most = NumberText.money(timeLimitSeconds)
        return language.text(
            zh: "为 \(text(seconds)) 秒，须大于 0 且不超过 \(most) 秒（24.8 天，GLPK 的上限）",
            en: "is \(text(seconds)) s, must be more than 0 and at most \(most) s (24.8 days, GLPK's longest)")
    }

    /// The problem with a relative MIP gap, or `nil` when it is in [0, 1).
    /// - Parameters:
    ///   - gap: the relative gap.
    ///   - language: the language of the problem.
    public static func mipGapProblem(_ gap: Double, in language: Language = .en) -> String? {
        guard !(gap >= 0 && gap < 1) else { return nil }
        return language.text(
            zh: "为 \(text(gap))，相对间隙须不小于 0 且小于 1，如 0.005",
            en: "is \(text(gap)), must be a relative gap from 0 up to (not including) 1, e.g. 0.005")
    }

    /// The problem with a node limit, or `nil` when it is from 1 to 2,147,483,647.
    public static func nodeLimitProblem(_ nodes: Int) -> String? {
        guard !(1...Int(Int32.max)).contains(nodes) else { return nil }
        return "is \(nodes), must be a count of nodes from 1 to \(NumberText.money(Double(Int32.max)))"
    }

    /// A value as given: whole numbers without decimals, others in Swift's shortest form.
    static func text(_ value: Double) -> String {
        if value.isFinite, value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
