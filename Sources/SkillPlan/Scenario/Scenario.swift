/// Everything one planning run needs: the years, the city's data with the scenario's
/// overrides applied, the targets and the solver settings.
///
/// A scenario is a plain value: ``ScenarioLoader`` makes one from a YAML file and its
/// CSV tables, tests make them in code. ``ScenarioValidator`` checks it.
public struct Scenario: Codable, Sendable, Hashable {
    /// The scenario's name, e.g. `xingning-2025`.
    public var name: String
    /// Chinese title.
    public var titleZh: String
    /// English title.
    public var titleEn: String
    /// The question the scenario answers (its file's first comment).
    public var question: String
    /// The question in Chinese (`question_zh`), empty when the file gives none.
    public var questionZh: String
    /// The base year `y0`, whose state is known.
    public var baseYear: Int
    /// The last planning year `yN`; the planning years are `baseYear + 1 ... lastYear`.
    public var lastYear: Int
    /// Solver settings.
    public var solver: SolverSettings
    /// Extension: every teacher must be rotated within the first this many planning
    /// years; `nil` for the whole horizon (the reference formulation).
    public var rotationCycleYears: Int?
    /// Extension: `false` when rotation qualifies no one (every `q[g,y]` fixed to 0, the
    /// `rotation-without-qualification` what-if); `nil` or `true` when it may.
    public var rotationQualifies: Bool?
    /// Schools (S).
    public var schools: [School]
    /// Levels (L).
    public var levels: [Level]
    /// Teacher groups (G).
    public var groups: [TeacherGroup]
    /// Programmes (P).
    public var programmes: [Programme]
    /// Students in the base year.
    public var initialStudents: [InitialCohort]
    /// Applicants for first-year places.
    public var applicants: [Applicants]
    /// Curriculum modules.
    public var curricula: [CurriculumModule]
    /// Known teacher departures.
    public var leavers: [Leavers]
    /// Targets (K).
    public var targets: [Target]
    /// The actual figures that fix the years up to `actuals_until`; `nil` without
    /// `actuals_until` (left out of the JSON then, so other scenarios hash as before).
    public var actuals: ScenarioActuals?

    /// Creates a scenario.
    public init(
        name: String, titleZh: String = "", titleEn: String = "", question: String = "", questionZh: String = "",
        baseYear: Int,
        lastYear: Int, solver: SolverSettings = SolverSettings(), rotationCycleYears: Int? = nil,
        rotationQualifies: Bool? = nil,
        schools: [School], levels: [Level], groups: [TeacherGroup], programmes: [Programme],
        initialStudents: [InitialCohort] = [], applicants: [Applicants] = [], curricula: [CurriculumModule] = [],
        leavers: [Leavers] = [], targets: [Target] = [], actuals: ScenarioActuals? = nil
    ) {
        self.name = name
        self.titleZh = titleZh
        self.titleEn = titleEn
        self.question = question
        self.questionZh = questionZh
        self.baseYear = baseYear
        self.lastYear = lastYear
        self.solver = solver
        self.rotationCycleYears = rotationCycleYears
        self.rotationQualifies = rotationQualifies
        self.schools = schools
        self.levels = levels
        self.groups = groups
        self.programmes = programmes
        self.initialStudents = initialStudents
        self.applicants = applicants
        self.curricula = curricula
        self.leavers = leavers
        self.targets = targets
        self.actuals = actuals
    }

    /// The planning years `Y`.
    public var years: [Int] { baseYear < lastYear ? Array((baseYear + 1)...lastYear) : [] }
}
