/// A programme offering (P) of one school: full-time levels, classes and short courses.
public struct Programme: Codable, Sendable, Hashable, Identifiable {
    /// The programme's id, e.g. `footwear-forming`.
    public var id: String
    /// Its school (`school(p)`).
    public var school: String
    /// Its teacher group (`group(p)`), of the same school.
    public var group: String
    /// Chinese name.
    public var nameZh: String
    /// English name.
    public var nameEn: String
    /// Levels it enrols full-time students at (`levels(p)`); empty for training only.
    public var levels: [String]
    /// Students per class (`classSize[p]`).
    public var classSize: Double
    /// Least share of a class that must be filled (`minFill[p]`), in [0, 1].
    public var minFill: Double
    /// Cost per class opened, in yuan (`classCost[p]`).
    public var classCost: Double
    /// Greatest short-course person-times a year (`trainCap[p,y]`); 0 for none.
    public var trainingCapacity: Double
    /// Cost per short-course person-time, in yuan (`trainCost[p]`).
    public var trainingCost: Double
    /// Words that targets select on (`tags(p)`).
    public var tags: [String]
    /// Greatest high-level (高级工/技师/高级技师) short-course person-times a year
    /// (`trainCapHigh[p,y]`), on top of the basic ones; `nil` (or 0) for none, and then
    /// the programme's short courses are all basic, as in the reference formulation.
    public var highTrainingCapacity: Double?
    /// Cost per high-level person-time, in yuan (`trainCostHigh[p]`).
    public var highTrainingCost: Double?
    /// Where the numbers come from.
    public var source: String

    /// Creates a programme.
    public init(
        id: String, school: String, group: String, nameZh: String, nameEn: String, levels: [String],
        classSize: Double, minFill: Double = 0.5, classCost: Double, trainingCapacity: Double,
        trainingCost: Double, tags: [String] = [], highTrainingCapacity: Double? = nil,
        highTrainingCost: Double? = nil, source: String = "assumption"
    ) {
        self.id = id
        self.school = school
        self.group = group
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.levels = levels
        self.classSize = classSize
        self.minFill = minFill
        self.classCost = classCost
        self.trainingCapacity = trainingCapacity
        self.trainingCost = trainingCost
        self.tags = tags
        self.highTrainingCapacity = highTrainingCapacity
        self.highTrainingCost = highTrainingCost
        self.source = source
    }

    /// Whether the programme runs high-level short courses (`trainCapHigh > 0`).
    public var hasHighTraining: Bool { (highTrainingCapacity ?? 0) > 0 }
}
