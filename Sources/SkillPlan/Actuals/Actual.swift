/// One actual figure of `actuals.csv`: what a school (or one of its programmes, programme
/// levels or teacher groups) did in a year, and where the figure was published.
public struct Actual: Codable, Sendable, Hashable {
    /// The year (the school year that starts in its autumn).
    public var year: Int
    /// The school.
    public var school: String
    /// The programme, for a programme's (or programme level's) figure.
    public var programme: String?
    /// The level, for a programme level's figure.
    public var level: String?
    /// The teacher group, for a group's figure.
    public var group: String?
    /// What it counts.
    public var measure: ActualMeasure
    /// The figure.
    public var value: Double
    /// Where it was published.
    public var source: String
    /// Its line in the actuals file.
    public var line: Int

    /// Creates a figure.
    public init(
        year: Int, school: String, programme: String? = nil, level: String? = nil, group: String? = nil,
        measure: ActualMeasure, value: Double, source: String, line: Int = 0
    ) {
        self.year = year
        self.school = school
        self.programme = programme
        self.level = level
        self.group = group
        self.measure = measure
        self.value = value
        self.source = source
        self.line = line
    }

    /// The scope's parts, widest first: school, then programme and level, or group.
    public var scope: [String] {
        [school] + [programme, level, group].compactMap { $0 }
    }

    /// `xn-tech enrolment 2023`, `xn-tech/auto-repair/senior intake 2022`.
    public var label: String {
        "\(scope.joined(separator: "/")) \(measure.rawValue) \(year)"
    }

    /// The key of what it fixes: two figures with the same key repeat each other.
    var key: String {
        ([String(year), measure.rawValue] + [school, programme ?? "", level ?? "", group ?? ""]).joined(separator: "/")
    }

    /// How far the plan's value may lie from the figure and still hold it: students are
    /// a model estimate (a uniform retention thins every cohort), so enrolment holds
    /// within half a percent of the figure (at least one student); every other measure
    /// is a decision, fixed exactly.
    public var tolerance: Double {
        measure == .enrolment ? max(1, (value * 0.005).rounded(.down)) : 0
    }
}
