/// A programme level in one year: intake, classes and students.
public struct ProgrammeLevelYearPlan: Codable, Sendable, Hashable {
    /// The programme.
    public var programme: String
    /// The programme's school.
    public var school: String
    /// The level.
    public var level: String
    /// The year.
    public var year: Int
    /// Applicants for a first-year place, when known (`demand[p,l,y]`).
    public var applicants: Double?
    /// New full-time students admitted (`x[p,l,y]`).
    public var intake: Double
    /// First-year classes opened (`c[p,l,y]`).
    public var classes: Double
    /// Applicants not admitted (`demand − intake`, 0 when demand is unknown).
    public var turnedAway: Double
    /// Students enrolled in every year of study (`E[p,l,y]`).
    public var enrolment: Double
    /// Students in their final year of study (`F[p,l,y]`).
    public var graduates: Double
    /// Classes running in each year of study (`A[p,l,k,y]`, index 0 for year 1).
    public var classesByYearOfStudy: [Double]
}
