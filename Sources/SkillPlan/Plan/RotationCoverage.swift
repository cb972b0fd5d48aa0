/// Whether a teacher group rotates every teacher through training (全员轮训).
public struct RotationCoverage: Codable, Sendable, Hashable {
    /// The group.
    public var group: String
    /// The years the coverage is counted over.
    public var years: [Int]
    /// Teachers who must rotate: base headcount less leavers in those years.
    public var required: Double
    /// Rotations planned in those years.
    public var rotated: Double
}
