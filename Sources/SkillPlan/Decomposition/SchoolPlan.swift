import GLPK

/// One school's integer plan within a decomposed solve.
struct SchoolPlan: Sendable {
    /// One value per variable of the school's model.
    var values: [Double]
    /// Whether its search took the rounded start plan as its first incumbent.
    var startAccepted: Bool
    /// Whether the plan is still the start plan (the search found nothing better in time).
    var onStart: Bool
    /// The search's bound on the school's objective, if it has one.
    var bound: Double?

    /// The plan's decisions, by planning key.
    func decisions(of built: PlanningModel) -> PlanDecisions {
        built.decisions { $0.index < values.count ? values[$0.index] : 0 }
    }
}
