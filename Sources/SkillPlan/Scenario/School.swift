/// A school (S): its seats and how fast they can grow.
public struct School: Codable, Sendable, Hashable, Identifiable {
    /// The school's id, e.g. `xn-tech`.
    public var id: String
    /// Chinese name.
    public var nameZh: String
    /// English name.
    public var nameEn: String
    /// Full-time places in the base year (`cap0[s]`).
    public var capacity: Double
    /// Places that can be added per year (`maxExpand[s]`).
    public var maxExpand: Double
    /// Cost per place added, in yuan (`expandCost[s]`).
    public var expandCost: Double
    /// Where the numbers come from.
    public var source: String

    /// Creates a school.
    public init(
        id: String, nameZh: String, nameEn: String, capacity: Double, maxExpand: Double, expandCost: Double,
        source: String = "assumption"
    ) {
        self.id = id
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.capacity = capacity
        self.maxExpand = maxExpand
        self.expandCost = expandCost
        self.source = source
    }
}
