/// A level of study (L): 中级工, 高级工, 预备技师, or a secondary diploma.
public struct Level: Codable, Sendable, Hashable, Identifiable {
    /// The level's id, e.g. `senior`.
    public var id: String
    /// Chinese name.
    public var nameZh: String
    /// English name.
    public var nameEn: String
    /// Years of study (`D[l]`), at least 1.
    public var duration: Int
    /// Share of students who stay from one year to the next (`ρ[l]`), in (0, 1].
    public var retention: Double
    /// Whether the level is high-skill (`l ∈ H`).
    public var isHighSkill: Bool
    /// Share of the level's graduates who stay to work in the city (`κ[l]`, in [0, 1]):
    /// only they join the city's skilled workers in a `workforce-high-skill-share` target.
    public var stayShare: Double
    /// Where the numbers come from.
    public var source: String

    /// Creates a level.
    public init(id: String, nameZh: String, nameEn: String, duration: Int, retention: Double, isHighSkill: Bool,
                stayShare: Double = 1, source: String = "assumption") {
        self.id = id
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.duration = duration
        self.retention = retention
        self.isHighSkill = isHighSkill
        self.stayShare = stayShare
        self.source = source
    }
}
