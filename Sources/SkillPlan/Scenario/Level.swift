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
    public init(
        id: String, nameZh: String, nameEn: String, duration: Int, retention: Double, isHighSkill: Bool,
        stayShare: Double = 1, source: String = "assumption"
    ) {
        self.id = id
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.duration = duration
        self.retention = retention
        self.isHighSkill = isHighSkill
        self.stayShare = stayShare
        self.source = source
    }

    private enum CodingKeys: String, CodingKey {
        case id, nameZh, nameEn, duration, retention, isHighSkill, stayShare, source
    }

    /// Reads a level; a missing `stayShare` is 1 (every graduate stays).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        nameZh = try c.decode(String.self, forKey: .nameZh)
        nameEn = try c.decode(String.self, forKey: .nameEn)
        duration = try c.decode(Int.self, forKey: .duration)
        retention = try c.decode(Double.self, forKey: .retention)
        isHighSkill = try c.decode(Bool.self, forKey: .isHighSkill)
        stayShare = try c.decodeIfPresent(Double.self, forKey: .stayShare) ?? 1
        source = try c.decode(String.self, forKey: .source)
    }

    /// Writes a level, leaving `stayShare` out when it is 1, so that a scenario without
    /// the column keeps the input hash it had before the column existed.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(nameZh, forKey: .nameZh)
        try c.encode(nameEn, forKey: .nameEn)
        try c.encode(duration, forKey: .duration)
        try c.encode(retention, forKey: .retention)
        try c.encode(isHighSkill, forKey: .isHighSkill)
        if stayShare != 1 { try c.encode(stayShare, forKey: .stayShare) }
        try c.encode(source, forKey: .source)
    }
}
