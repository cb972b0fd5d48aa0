/// How a scenario is searched.
public enum PlanMethod: String, Sendable, Codable, CaseIterable {
    /// One model of the whole scenario, one MIP search (``Planner``).
    case wholeModel = "whole-model"
    /// School by school in parallel, the targets that span schools coordinated
    /// (``DecompositionPlanner``), for province-size scenarios.
    case bySchool = "by-school"
}
