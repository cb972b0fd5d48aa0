/// The kinds of target (goal) the model knows.
public enum TargetKind: String, Codable, Sendable, CaseIterable {
    /// Short-course person-times in each year ≥ value.
    case annualTraining = "annual-training"
    /// Short courses (and, optionally, full-time intake) summed over the years ≥ value.
    case cumulativeTraining = "cumulative-training"
    /// High-skill students ≥ share of all students, each year.
    case highSkillShare = "high-skill-share"
    /// Students enrolled ≥ value, each year.
    case minEnrolment = "min-enrolment"
    /// Students ≤ ratio × teachers, each year.
    case studentTeacherRatio = "student-teacher-ratio"
    /// The city's high-skill workers ≥ share of its skilled workers, each year.
    case workforceHighSkillShare = "workforce-high-skill-share"
    /// Every applicant admitted, per programme level and year.
    case serveDemand = "serve-demand"
    /// Qualified (一体化/双师型) teachers ≥ share of the headcount, each year.
    case qualifiedTeacherShare = "qualified-teacher-share"
    /// Full-time students plus short-course person-times ≥ value, each year (培养规模).
    case trainingScale = "training-scale"

    /// Whether the kind has one shortfall per year (otherwise one in all, or one per
    /// programme level and year for `serve-demand`).
    public var isPerYear: Bool {
        switch self {
        case .cumulativeTraining, .serveDemand: false
        default: true
        }
    }
}

/// The short courses an `annual-training` target counts.
public enum TrainingLevel: String, Codable, Sendable, CaseIterable {
    /// High-level courses only (`th`: 高级工, 技师, 高级技师).
    case high
}

/// A target (K): a goal with a shortfall that the plan reports and the objective prices.
public struct Target: Codable, Sendable, Hashable, Identifiable {
    /// The target's id, e.g. `workplan-annual-training`.
    public var id: String
    /// What it constrains.
    public var kind: TargetKind
    /// Chinese name.
    public var nameZh: String
    /// English name.
    public var nameEn: String
    /// Scope: a school id, or `nil` for every school.
    public var school: String?
    /// Scope: programmes having any of these tags; empty for every programme of the scope's schools.
    public var tags: [String]
    /// The years it applies to.
    public var years: [Int]
    /// The required value (person-times, students), for the kinds that have one.
    public var value: Double?
    /// The required share, for the share kinds, in [0, 1]; for `serve-demand`, the share of
    /// each programme level's applicants to admit (every applicant when `nil`).
    public var share: Double?
    /// Students per teacher, for `student-teacher-ratio`.
    public var ratio: Double?
    /// For `cumulative-training`: whether full-time intake counts as trainees.
    public var countsIntake: Bool
    /// Penalty per unit of shortfall (`w[k]`), > 0.
    public var weight: Double
    /// For `workforce-high-skill-share`: tags of short courses that raise a worker to high skill.
    public var highScope: [String]
    /// For `workforce-high-skill-share`: tags of short courses that certify a new skilled worker.
    public var newScope: [String]
    /// For `annual-training`: `high` to count high-level courses only (`th`); `nil` for all (`t`).
    public var trainingLevel: TrainingLevel?
    /// For `annual-training`: training delivered outside the model, by year (`external[k,y]`).
    public var externalTraining: [Int: Double]
    /// For `workforce-high-skill-share`: high-skill workers in the base year (`HS0`).
    public var highSkillBase: Double?
    /// For `workforce-high-skill-share`: skilled workers in the base year (`SK0`).
    public var skilledBase: Double?
    /// For `workforce-high-skill-share`: high-skill workers added from outside, by year (`extHS[y]`).
    public var highSkillAdded: [Int: Double]
    /// For `workforce-high-skill-share`: skilled workers added from outside, by year (`extSK[y]`).
    public var skilledAdded: [Int: Double]
    /// Where the numbers come from.
    public var source: String

    /// Creates a target.
    public init(
        id: String, kind: TargetKind, nameZh: String = "", nameEn: String = "", school: String? = nil,
        tags: [String] = [], years: [Int], value: Double? = nil, share: Double? = nil, ratio: Double? = nil,
        countsIntake: Bool = false, weight: Double, highScope: [String] = [], newScope: [String] = [],
        externalTraining: [Int: Double] = [:], highSkillBase: Double? = nil, skilledBase: Double? = nil,
        highSkillAdded: [Int: Double] = [:], skilledAdded: [Int: Double] = [:], trainingLevel: TrainingLevel? = nil,
        source: String = "assumption"
    ) {
        self.id = id
        self.kind = kind
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.school = school
        self.tags = tags
        self.years = years
        self.value = value
        self.share = share
        self.ratio = ratio
        self.countsIntake = countsIntake
        self.weight = weight
        self.highScope = highScope
        self.newScope = newScope
        self.externalTraining = externalTraining
        self.highSkillBase = highSkillBase
        self.skilledBase = skilledBase
        self.highSkillAdded = highSkillAdded
        self.skilledAdded = skilledAdded
        self.trainingLevel = trainingLevel
        self.source = source
    }
}
