import GLPK

/// Why a scenario gave no plan.
public enum PlanningError: Error, CustomStringConvertible, Sendable {
    /// The hard constraints cannot all hold: the listed ones conflict (with the
    /// variables' bounds: applicants, hiring and expansion limits).
    case infeasible(scenario: String, conflicts: [String])
    /// The model is unbounded (a data error: a negative cost).
    case unbounded(scenario: String)
    /// The solver stopped before it found any plan.
    case noPlan(scenario: String, reason: String)
    /// A school of a school-by-school solve (`--by-school`) has no plan: neither its
    /// rounded start nor its search found one.
    case schoolNoPlan(scenario: String, school: String, reason: String)

    /// One or more lines that say what is wrong and what to do.
    public var description: String { description(in: .en) }

    /// What is wrong and what to do, in a language (the constraint names of a conflict
    /// and the ids as they are).
    ///
    /// - Parameter language: the language.
    /// - Returns: the text.
    public func description(in language: Language) -> String {
        guard language == .zh else { return english }
        let terms = Terms(.zh)
        switch self {
        case .infeasible(let scenario, let conflicts):
            let list = conflicts.isEmpty ? "仅变量自身的上下限" : conflicts.joined(separator: "；")
            return "\(scenario)：硬约束无法同时满足；相互冲突的是：\(list)。"
                + "修改：放宽所涉及的上限（max_hire、max_expand、rotation_max_share、headcount），或减少它们须承担的量，并运行 `skillplan validate`。"
        case .unbounded(let scenario):
            return "\(scenario)：模型无界；检查数据中是否有负的费用或权重。"
        case .noPlan(let scenario, let reason):
            let fix: String
            switch reason {
            case "node limit": fix = "提高 --node-limit"
            case "interrupted": fix = "搜索在找到第一个方案前被停止（Ctrl-C）；请重新运行，让它搜索更久"
            case "time limit": fix = "提高 --time-limit，或逐校规划（--by-school），省级规模的情景几秒内即可得到第一个方案"
            default: fix = "提高 --time-limit，或逐校规划（--by-school）"
            }
            return "\(scenario)：未找到方案（\(terms.stopReason(reason))）。修改：\(fix)。"
        case .schoolNoPlan(let scenario, let school, let reason):
            let fix =
                reason == SolutionStatus.StopReason.interrupted.rawValue
                ? "搜索在该校得到方案前被停止（Ctrl-C）；请重新运行，让它搜索更久"
                : "提高 --time-limit，或用 `skillplan validate` 检查该校的上限（max_hire、max_expand、headcount）"
            return "\(scenario)：学校 \(school) 没有方案（\(terms.stopReason(reason))）。修改：\(fix)。"
        }
    }

    private var english: String {
        switch self {
        case .infeasible(let scenario, let conflicts):
            let list = conflicts.isEmpty ? "the variables' bounds alone" : conflicts.joined(separator: "; ")
            return "\(scenario): the hard constraints cannot all hold; these conflict: \(list). "
                + "Fix: raise the limits involved (max_hire, max_expand, rotation_max_share, headcount) or lower what they must carry, and run `skillplan validate`."
        case .unbounded(let scenario):
            return "\(scenario): the model is unbounded; check for a negative cost or weight in the data."
        case .noPlan(let scenario, let reason):
            let fix: String
            switch reason {
            case "node limit": fix = "raise --node-limit"
            case "interrupted":
                fix = "the search was stopped (Ctrl-C) before its first plan; run it again and let it search longer"
            // No plan yet: a looser gap cannot help, and a scenario too large for one
            // search gets a first plan in seconds school by school.
            case "time limit":
                fix =
                    "raise --time-limit, or plan school by school (--by-school), which finds a first plan of a province-size scenario within seconds"
            default: fix = "raise --time-limit, or plan school by school (--by-school)"
            }
            return "\(scenario): no plan was found (\(reason)). Fix: \(fix)."
        case .schoolNoPlan(let scenario, let school, let reason):
            let fix =
                reason == SolutionStatus.StopReason.interrupted.rawValue
                ? "the search was stopped (Ctrl-C) before this school had a plan; run it again and let it search longer"
                : "raise --time-limit, or check the school's limits (max_hire, max_expand, headcount) with `skillplan validate`"
            return "\(scenario): school \(school) has no plan (\(reason)). Fix: \(fix)."
        }
    }
}
