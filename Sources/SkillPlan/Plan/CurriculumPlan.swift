/// The teaching plan (教学计划) of a programme level and the classes it runs.
public struct CurriculumPlan: Codable, Sendable, Hashable {
    /// A module of the teaching plan.
    public struct Module: Codable, Sendable, Hashable {
        /// The module's id.
        public var module: String
        /// Chinese name.
        public var nameZh: String
        /// English name.
        public var nameEn: String
        /// The teacher group that teaches it.
        public var group: String
        /// Teaching hours per class in each year of study (index 0 for year 1).
        public var hoursByYearOfStudy: [Double]
    }

    /// The programme.
    public var programme: String
    /// The level.
    public var level: String
    /// Its modules, in the data's order.
    public var modules: [Module]
}
