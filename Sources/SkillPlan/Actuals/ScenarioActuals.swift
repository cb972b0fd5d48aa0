/// A scenario's actual figures (`actuals_until: YEAR`): every figure of the actuals file
/// for a planning year up to `until` fixes what it counts; the rest of the plan is
/// planned around them.
public struct ScenarioActuals: Codable, Sendable, Hashable {
    /// The last year fixed to actuals.
    public var until: Int
    /// The actuals file, relative to the scenario file's folder (e.g. `../Data/actuals.csv`).
    public var file: String
    /// The figures that apply: a planning year up to ``until``, in the file's order.
    public var figures: [Actual]

    /// Creates the actuals of a scenario.
    public init(until: Int, file: String, figures: [Actual]) {
        self.until = until
        self.file = file
        self.figures = figures
    }

    /// The figures of one school (for a school's part of a scenario).
    ///
    /// - Parameter school: the school id.
    /// - Returns: these actuals with that school's figures only.
    public func only(school: String) -> ScenarioActuals {
        ScenarioActuals(until: until, file: file, figures: figures.filter { $0.school == school })
    }
}
