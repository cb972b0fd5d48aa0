/// The size and seed of a synthetic scenario made by ``ScenarioGenerator``.
public struct SyntheticScenarioSize: Sendable, Hashable, Codable {
    /// Schools (S).
    public var schools: Int
    /// Programme offerings per school.
    public var programmesPerSchool: Int
    /// Levels of study, 1 to 3: intermediate (中级工), then senior (高级工), then technician (预备技师).
    public var levels: Int
    /// Planning years after the base year.
    public var years: Int
    /// Teacher groups per school (the first teaches general education).
    public var groupsPerSchool: Int
    /// The seed of the pseudo-random numbers: the same seed makes the same scenario.
    public var seed: UInt64

    /// A size.
    ///
    /// - Parameters:
    ///   - schools: schools, at least 1.
    ///   - programmesPerSchool: programmes per school, at least 1.
    ///   - levels: levels of study, 1 to 3.
    ///   - years: planning years, at least 1.
    ///   - groupsPerSchool: teacher groups per school, at least 1.
    ///   - seed: the seed.
    public init(
        schools: Int, programmesPerSchool: Int, levels: Int = 3, years: Int = 5, groupsPerSchool: Int = 4,
        seed: UInt64 = 1
    ) {
        self.schools = schools
        self.programmesPerSchool = programmesPerSchool
        self.levels = levels
        self.years = years
        self.groupsPerSchool = groupsPerSchool
        self.seed = seed
    }

    /// Guangdong scale: about 150 technical schools, 40 programmes each, 3 levels,
    /// 10 planning years, 8 teacher groups a school.
    public static let guangdong = SyntheticScenarioSize(
        schools: 150, programmesPerSchool: 40, levels: 3, years: 10, groupsPerSchool: 8, seed: 2025)

    /// The named presets (`guangdong`).
    public static let presets: [String: SyntheticScenarioSize] = ["guangdong": guangdong]

    /// What is out of range, as a sentence with its fix; `nil` when the size is usable.
    public var problem: String? {
        if schools < 1 || schools > 1_000 { return "schools is \(schools); give 1 to 1000" }
        if programmesPerSchool < 1 || programmesPerSchool > 200 {
            return "programmes is \(programmesPerSchool); give 1 to 200 per school"
        }
        if levels < 1 || levels > 3 { return "levels is \(levels); give 1 to 3 (intermediate, senior, technician)" }
        if years < 1 || years > 30 { return "years is \(years); give 1 to 30 planning years" }
        if groupsPerSchool < 1 || groupsPerSchool > 50 {
            return "groups is \(groupsPerSchool); give 1 to 50 per school"
        }
        return nil
    }

    /// The scenario's name, e.g. `synthetic-150x40-l3-y10-s2025`.
    public var scenarioName: String {
        "synthetic-\(schools)x\(programmesPerSchool)-l\(levels)-y\(years)-g\(groupsPerSchool)-s\(seed)"
    }
}
