/// Students of a programme level in one year of study in the base year (`E0[p,l,k]`).
public struct InitialCohort: Codable, Sendable, Hashable {
    /// The programme.
    public var programme: String
    /// The level.
    public var level: String
    /// The year of study, 1 to the level's duration.
    public var yearOfStudy: Int
    /// Students in the base year.
    public var students: Double
    /// Classes running (`C0[p,l,k]`); `nil` for `ceil(students / classSize)`.
    public var classes: Double?
    /// Where the numbers come from.
    public var source: String

    /// Creates a cohort.
    public init(
        programme: String, level: String, yearOfStudy: Int, students: Double, classes: Double? = nil,
        source: String = "assumption"
    ) {
        self.programme = programme
        self.level = level
        self.yearOfStudy = yearOfStudy
        self.students = students
        self.classes = classes
        self.source = source
    }
}

/// Applicants for a first-year place of a programme level in a year (`demand[p,l,y]`).
public struct Applicants: Codable, Sendable, Hashable {
    /// The programme.
    public var programme: String
    /// The level.
    public var level: String
    /// The planning year.
    public var year: Int
    /// Applicants; intake never exceeds them.
    public var applicants: Double
    /// Where the numbers come from.
    public var source: String

    /// Creates a demand row.
    public init(programme: String, level: String, year: Int, applicants: Double, source: String = "assumption") {
        self.programme = programme
        self.level = level
        self.year = year
        self.applicants = applicants
        self.source = source
    }
}

/// Known departures of a teacher group in a year (`leavers[g,y]`).
public struct Leavers: Codable, Sendable, Hashable {
    /// The teacher group.
    public var group: String
    /// The year.
    public var year: Int
    /// Teachers leaving.
    public var count: Double
    /// Qualified teachers among them (`leaversQ[g,y]`); `nil` for the default
    /// `count · Q0[g] / H0[g]`.
    public var qualified: Double?
    /// Where the numbers come from.
    public var source: String

    /// Creates a leavers row.
    public init(group: String, year: Int, count: Double, qualified: Double? = nil, source: String = "assumption") {
        self.group = group
        self.year = year
        self.count = count
        self.qualified = qualified
        self.source = source
    }
}
