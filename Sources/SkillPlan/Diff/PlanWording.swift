/// What the diff's rows (``PlanDiffRows``) and the lineup's rows (``PlanLineupRows``)
/// say alike in one language: the line that names a plan, and values for people with a
/// mark where a plan lacks the value.
protocol PlanWording {
    /// Labels.
    var terms: Terms { get }
    /// Names.
    var names: PlanNames { get }
}

extension PlanWording {
    /// "方案A：name（title）" / "Plan A: name (title)": a plan by its label, name and title.
    ///
    /// - Parameters:
    ///   - label: how the table calls it ("方案A", "Plan 2").
    ///   - side: the plan.
    /// - Returns: the line.
    func sideLine(_ label: String, _ side: PlanDiff.Side) -> String {
        let title = terms.language == .zh ? side.titleZh : side.titleEn
        return label + terms.colon + side.name + (title.isEmpty ? "" : terms.parenthesised(title))
    }

    /// Whole yuan, or the mark for a value the plan lacks.
    func money(_ value: Double?) -> String { value.map(NumberText.money) ?? terms[.absent] }

    /// Whole people, or the mark for a value the plan lacks.
    func count(_ value: Double?) -> String { value.map(NumberText.count) ?? terms[.absent] }

    /// A target's standing (met, or short by an amount in its unit), or the mark for a
    /// target the plan lacks.
    func standing(_ standing: PlanFigures.TargetStanding?, unit: String) -> String {
        guard let standing else { return terms[.absent] }
        return terms.standing(shortfall: standing.shortfall, unit: unit, met: standing.met)
    }
}
