/// A programme's short courses in one year.
public struct TrainingYearPlan: Codable, Sendable, Hashable {
    /// The programme.
    public var programme: String
    /// The programme's school.
    public var school: String
    /// The year.
    public var year: Int
    /// Short-course person-times planned (`t[p,y]`).
    public var places: Double
    /// The most the programme can run (`trainCap[p,y]`).
    public var capacity: Double
}
