/// A plan: the seats, classes, short courses and teachers of every programme, level,
/// school and group in every year, what the targets achieve, what it costs, and how it
/// was solved.
///
/// A plan is a Codable value written as JSON with sorted keys and a schema version.
/// Everything but ``run`` is a function of the scenario's inputs and the solver
/// settings, so two runs on the same inputs write the same bytes outside `run`.
public struct Plan: Codable, Sendable, Hashable {
    /// The version of this JSON layout.
    public static let currentSchemaVersion = 1

    /// The JSON layout's version.
    public var schemaVersion: Int
    /// The scenario's name.
    public var scenario: String
    /// The scenario's titles and question.
    public var titleZh: String
    /// English title.
    public var titleEn: String
    /// The question the scenario answers.
    public var question: String
    /// The question in Chinese, when the scenario gives one (`question_zh`); absent from
    /// the JSON otherwise, so plans saved before it read back unchanged.
    public var questionZh: String?
    /// SHA-256 of the resolved scenario inputs.
    public var inputHash: String
    /// The base year.
    public var baseYear: Int
    /// The planning years.
    public var years: [Int]
    /// The names behind the ids.
    public var catalog: PlanCatalog
    /// Schools by year.
    public var schools: [SchoolYearPlan]
    /// Programme levels by year.
    public var programmeLevels: [ProgrammeLevelYearPlan]
    /// Short courses by programme and year.
    public var training: [TrainingYearPlan]
    /// Teacher groups by year.
    public var groups: [TeacherGroupYearPlan]
    /// Rotation coverage by group.
    public var rotation: [RotationCoverage]
    /// The teaching plans of the programme levels that have one.
    public var curricula: [CurriculumPlan]
    /// Every target row.
    public var targets: [TargetResult]
    /// Costs and penalty.
    public var costs: CostBreakdown
    /// How it was solved.
    public var solver: SolverReport
    /// Facts of this run (time, date, machine).
    public var run: RunFacts
    /// The reference plan of a solve `--like` it, and how far this plan is from it;
    /// absent otherwise.
    public var like: PlanLikeness?
    /// What each target costs the plan (`solve --target-prices`): each target relaxed in
    /// turn and the plan solved again like itself; absent otherwise.
    public var targetPrices: TargetPrices?
    /// Where the scenario's year-by-year data stop short of its planning years
    /// (``ScenarioCoverage``), as `validate` and `solve` warned; absent when there is
    /// none, so plans without warnings read and write as before.
    public var warnings: [CoverageWarning]?
    /// The years fixed to actual figures (`actuals_until`), each figure and the
    /// measures left free in those years; absent for a plan made without actuals.
    public var actuals: PlanActuals?

    /// The targets with at least one row short, by id, in the scenario's order.
    public var targetsShort: [String] {
        var seen = Set<String>()
        return targets.filter { !$0.met }.map(\.target).filter { seen.insert($0).inserted }
    }

    /// The question in a language: the Chinese one where the scenario gives it, else the
    /// English one.
    public func question(in language: Language) -> String {
        language == .zh ? (questionZh ?? question) : question
    }

    /// The target ids, in the scenario's order.
    public var targetIDs: [String] {
        var seen = Set<String>()
        return targets.map(\.target).filter { seen.insert($0).inserted }
    }
}
