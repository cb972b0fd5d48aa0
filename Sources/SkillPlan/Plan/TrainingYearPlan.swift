/// A programme's short courses in one year.
public struct TrainingYearPlan: Codable, Sendable, Hashable {
    /// The programme.
    public var programme: String
    /// The programme's school.
    public var school: String
    /// The year.
    public var year: Int
    /// Short-course person-times planned (`t[p,y] = tb[p,y] + th[p,y]`).
    public var places: Double
    /// The most basic places the programme can run (`trainCap[p,y]`).
    public var capacity: Double
    /// High-level person-times planned (`th[p,y]`: 高级工, 技师, 高级技师), included in
    /// ``places``; absent for a programme without high-level courses.
    public var highPlaces: Double?
    /// The most high-level places (`trainCapHigh[p,y]`); absent likewise.
    public var highCapacity: Double?

    /// Basic person-times planned (`tb[p,y]`).
    public var basicPlaces: Double { places - (highPlaces ?? 0) }

    /// A programme's short courses in a year.
    public init(
        programme: String, school: String, year: Int, places: Double, capacity: Double,
        highPlaces: Double? = nil, highCapacity: Double? = nil
    ) {
        self.programme = programme
        self.school = school
        self.year = year
        self.places = places
        self.capacity = capacity
        self.highPlaces = highPlaces
        self.highCapacity = highCapacity
    }
}
