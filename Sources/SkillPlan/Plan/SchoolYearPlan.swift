/// A school in one year: seats and students.
public struct SchoolYearPlan: Codable, Sendable, Hashable {
    /// The school.
    public var school: String
    /// The year.
    public var year: Int
    /// Seats added this year (`e[s,y]`).
    public var seatsAdded: Double
    /// Full-time places after this year's additions (`C[s,y]`).
    public var capacity: Double
    /// Full-time students (`Σ E[p,l,y]` over the school's programmes).
    public var enrolment: Double
}
