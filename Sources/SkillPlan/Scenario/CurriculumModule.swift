/// A course module of a programme level's teaching plan (教学计划): who teaches it and
/// how many hours it takes per class in each year of study.
public struct CurriculumModule: Codable, Sendable, Hashable {
    /// The programme.
    public var programme: String
    /// The level.
    public var level: String
    /// The module's id, unique within the programme level.
    public var module: String
    /// Chinese name.
    public var nameZh: String
    /// English name.
    public var nameEn: String
    /// The teacher group that teaches it (`teach(m)`), of the programme's school.
    public var group: String
    /// Teaching hours per class by year of study (`hours[m,k]`), index 0 for year 1.
    public var hoursByYearOfStudy: [Double]
    /// Where the numbers come from.
    public var source: String

    /// Creates a module.
    public init(
        programme: String, level: String, module: String, nameZh: String, nameEn: String, group: String,
        hoursByYearOfStudy: [Double], source: String = "assumption"
    ) {
        self.programme = programme
        self.level = level
        self.module = module
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.group = group
        self.hoursByYearOfStudy = hoursByYearOfStudy
        self.source = source
    }

    /// The hours per class in year of study `k` (1-based); 0 outside the plan.
    public func hours(inYearOfStudy k: Int) -> Double {
        k >= 1 && k <= hoursByYearOfStudy.count ? hoursByYearOfStudy[k - 1] : 0
    }
}
