import GLPK

/// What ``ScenarioPlanning`` produced: the plan, its check, how it was searched, and
/// where it was written and kept.
public struct PlanOutcome: Sendable {
    /// The plan.
    public var plan: Plan
    /// Violations the independent ``PlanChecker`` found (empty for a sound plan).
    public var violations: [PlanViolation]
    /// The school-by-school search's bound and rounds, for ``PlanMethod/bySchool``.
    public var decomposition: DecompositionResult?
    /// The plan file written, if any.
    public var writtenTo: String?
    /// The plan-store version kept, if any.
    public var savedVersion: PlanVersion?

    /// Whether the checker passed the plan.
    public var holds: Bool { violations.isEmpty }

    /// The summary `skillplan solve` prints: ``PlanSummary`` and, for a school-by-school
    /// search, its lower bound and gap.
    public func summary(language: Language = .standard) -> String {
        var text = PlanSummary.text(of: plan, language: language, violations: violations)
        if let d = decomposition {
            let gap = String(format: "%.2f%%", d.gap * 100)
            text +=
                language.text(
                    zh: "分校求解：\(d.schools) 所学校，\(d.couplingRows) 个跨校约束，两个阶段共协调 \(d.iterations) 轮；各阶段的下界与间隙见上",
                    en:
                        "By school: \(d.schools) schools, \(d.couplingRows) coupling rows, \(d.iterations) coordination rounds over both phases; each phase's bound and gap above"
                ) + "\n"
            text += Self.timeLine(d, limit: plan.solver.timeLimit, language: language) + "\n"
            if plan.solver.stopReason == SolutionStatus.StopReason.timeLimit.rawValue {
                let asked = String(format: "%.2f%%", plan.solver.requestedGap * 100)
                text +=
                    language.text(
                        zh: "时间限制在相对间隙 \(gap)（要求 \(asked)）时结束了求解：放宽 --time-limit 可缩小间隙。",
                        en:
                            "The time limit ended the search at gap \(gap) (asked \(asked)): raise --time-limit to narrow it."
                    ) + "\n"
            }
        }
        return text
    }

    /// Where a school-by-school solve spent its time, stage by stage (they add up to the
    /// total), naming the stage that used the most: `Time: 61.3 s of the 60 s limit:
    /// reading 2.1 s, model build 8.2 s, …; most in the school plans`.
    static func timeLine(_ d: DecompositionResult, limit: Double, language: Language) -> String {
        let stages: [(zh: String, en: String, seconds: Double)] = [
            ("读入情景", "reading", d.readSeconds),
            ("建模", "model build", d.modelBuildSeconds),
            ("协调跨校目标", "coordination", d.coordinationSeconds),
            ("各校方案", "school plans", d.planSeconds),
            ("下界", "bound", d.boundSeconds),
            ("两阶段的准备与选择", "phase set-up and choice", d.phaseSetupSeconds),
            ("汇总与检查方案", "assembly and check", d.assemblySeconds),
        ]
        func shown(_ seconds: Double) -> String { String(format: "%.1f", seconds) + language.text(zh: " 秒", en: " s") }
        let parts = stages.map { language.text(zh: $0.zh, en: $0.en) + " " + shown($0.seconds) }
        let most = stages.max { $0.seconds < $1.seconds }.map { language.text(zh: $0.zh, en: $0.en) } ?? ""
        let total = shown(d.totalSeconds), limitText = shown(limit)
        return language.text(
            zh: "用时：\(total)（限制 \(limitText)）：\(parts.joined(separator: "，"))；用时最多的是\(most)",
            en: "Time: \(total) of the \(limitText) limit: \(parts.joined(separator: ", ")); most in the \(most)")
    }
}
