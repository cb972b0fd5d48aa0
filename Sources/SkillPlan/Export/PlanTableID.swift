/// The tables of a plan export. The raw value is the table's English id, the name of
/// its CSV file without `.csv` and its key in `plan-tables.json`.
public enum PlanTableID: String, Sendable, Hashable, CaseIterable {
    /// Scenario, title, question, solver status, gap, objective.
    case summary
    /// Per school and year: seats, seats added, enrolment, share of seats used.
    case seats
    /// Per school, year, programme and level: applicants, intake, turned away, new
    /// classes, classes running, enrolment, graduates; and each programme's short courses.
    case curriculumPlan = "curriculum-plan"
    /// Per programme level and year: the classes running in each year of study.
    case classesRunning = "classes-running"
    /// Per teacher group and year: headcount, leavers, hires, on rotation, teaching
    /// hours, FTE needed, available and spare.
    case teacherPlan = "teacher-plan"
    /// Per teacher group: teachers to rotate, rotated, met.
    case rotation
    /// The teaching plan (教学计划) of each programme level: modules, teaching group,
    /// hours per class in each year of study and teaching hours in each planning year.
    case teachingPlan = "teaching-plan"
    /// Every target row: required, achieved, unit, shortfall, met.
    case targets
    /// What each target costs (`solve --target-prices`): its value, the relaxed value,
    /// the cost saved by relaxing it and what changes. Only in the exports of a plan
    /// that carries target prices.
    case targetPrices = "target-prices"
    /// Costs by item, the shortfall penalty and the objective.
    case costs

    /// The term of the table's title.
    public var titleKey: Terms.Key {
        switch self {
        case .summary: .summary
        case .seats: .seatsTable
        case .curriculumPlan: .curriculumPlan
        case .classesRunning: .classesRunningTable
        case .teacherPlan: .teacherPlan
        case .rotation: .rotationTable
        case .teachingPlan: .teachingPlan
        case .targets: .targetsTable
        case .targetPrices: .targetPrices
        case .costs: .costsTable
        }
    }

    /// Whether the table's rows belong to schools (and a document shows them under
    /// each school's heading).
    public var isPerSchool: Bool {
        switch self {
        case .summary, .targets, .targetPrices, .costs: false
        default: true
        }
    }
}
