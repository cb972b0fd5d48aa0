/// A teacher group in one year: headcount, hires, rotation and teaching load.
public struct TeacherGroupYearPlan: Codable, Sendable, Hashable {
    /// The group.
    public var group: String
    /// The group's school.
    public var school: String
    /// The year.
    public var year: Int
    /// Teachers leaving this year (`leavers[g,y]`).
    public var leavers: Double
    /// Teachers hired this year (`h[g,y]`).
    public var hires: Double
    /// Teachers after leavers and hires (`N[g,y]`).
    public var headcount: Double
    /// Teachers sent on rotation training this year (`r[g,y]`).
    public var onRotation: Double
    /// Teaching hours its modules need this year (`TH[g,y]`).
    public var teachingHours: Double
    /// Full-time teachers needed: hours, ratio-taught students and short courses.
    public var fteNeeded: Double
    /// Full-time teachers available: headcount less time away on rotation.
    public var fteAvailable: Double
}
