/// A teacher group (G) of one school: its headcount, hiring and rotation.
public struct TeacherGroup: Codable, Sendable, Hashable, Identifiable {
    /// The group's id, e.g. `xt-general`.
    public var id: String
    /// The school it belongs to.
    public var school: String
    /// Chinese name.
    public var nameZh: String
    /// English name.
    public var nameEn: String
    /// Teachers in the base year (`H0[g]`).
    public var headcount: Double
    /// Teachers that can be hired per year (`maxHire[g]`).
    public var maxHire: Double
    /// Cost per teacher hired, in yuan (`hireCost[g]`).
    public var hireCost: Double
    /// Students one FTE teaches where a programme level has no curriculum (`R[g]`).
    public var studentsPerFTE: Double
    /// Short-course person-times one FTE delivers a year (`T[g]`).
    public var trainingPerFTE: Double
    /// Teaching hours one FTE gives a year (`hoursPerFTE[g]`); required to teach a module.
    public var hoursPerFTE: Double?
    /// Fraction of a year a teacher on rotation is away (`a[g]`), in [0, 1].
    public var rotationAway: Double
    /// Greatest share of the headcount on rotation in one year (`m[g]`), in (0, 1].
    public var rotationMaxShare: Double
    /// High-level short-course person-times one FTE delivers a year (`Th[g]`); needed
    /// when a programme of the group runs high-level courses.
    public var highTrainingPerFTE: Double?
    /// Qualified (一体化/双师型) teachers in the base year (`Q0[g]`); `nil` when the group's
    /// qualification is not planned (then it has no `q` and no qualified stock).
    public var qualifiedBase: Double?
    /// Share of hires who arrive qualified (`φ[g]`), in [0, 1]; 0 when `nil`.
    public var qualifiedHireShare: Double?
    /// Cost of qualifying one teacher through rotation, in yuan (`qualifyCost[g]`); 0 when `nil`.
    public var qualifyCost: Double?
    /// Where the numbers come from.
    public var source: String

    /// Creates a teacher group.
    public init(
        id: String, school: String, nameZh: String, nameEn: String, headcount: Double, maxHire: Double,
        hireCost: Double, studentsPerFTE: Double, trainingPerFTE: Double, hoursPerFTE: Double?,
        rotationAway: Double, rotationMaxShare: Double, highTrainingPerFTE: Double? = nil,
        qualifiedBase: Double? = nil, qualifiedHireShare: Double? = nil, qualifyCost: Double? = nil,
        source: String = "assumption"
    ) {
        self.id = id
        self.school = school
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.headcount = headcount
        self.maxHire = maxHire
        self.hireCost = hireCost
        self.studentsPerFTE = studentsPerFTE
        self.trainingPerFTE = trainingPerFTE
        self.hoursPerFTE = hoursPerFTE
        self.rotationAway = rotationAway
        self.rotationMaxShare = rotationMaxShare
        self.highTrainingPerFTE = highTrainingPerFTE
        self.qualifiedBase = qualifiedBase
        self.qualifiedHireShare = qualifiedHireShare
        self.qualifyCost = qualifyCost
        self.source = source
    }

    /// Whether the group's qualification is planned (`Q0[g]` given).
    public var plansQualification: Bool { qualifiedBase != nil }
}
