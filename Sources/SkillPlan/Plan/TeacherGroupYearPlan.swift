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
    /// Qualified (一体化/双师型) teachers after this year (`Q[g,y]`); absent for a group
    /// whose qualification is not planned (so older plans read back unchanged).
    public var qualified: Double?
    /// Teachers qualified through rotation this year (`q[g,y]`); absent likewise.
    public var newlyQualified: Double?
    /// Qualified teachers among this year's leavers (`leaversQ[g,y]`); absent likewise.
    public var qualifiedLeavers: Double?

    /// The qualified share of the headcount (`Q / N`), when the group plans qualification.
    public var qualifiedShare: Double? {
        guard let qualified else { return nil }
        return headcount > 0 ? qualified / headcount : 0
    }

    /// A teacher group in a year.
    public init(
        group: String, school: String, year: Int, leavers: Double, hires: Double, headcount: Double,
        onRotation: Double, teachingHours: Double, fteNeeded: Double, fteAvailable: Double,
        qualified: Double? = nil, newlyQualified: Double? = nil, qualifiedLeavers: Double? = nil
    ) {
        self.group = group
        self.school = school
        self.year = year
        self.leavers = leavers
        self.hires = hires
        self.headcount = headcount
        self.onRotation = onRotation
        self.teachingHours = teachingHours
        self.fteNeeded = fteNeeded
        self.fteAvailable = fteAvailable
        self.qualified = qualified
        self.newlyQualified = newlyQualified
        self.qualifiedLeavers = qualifiedLeavers
    }
}
