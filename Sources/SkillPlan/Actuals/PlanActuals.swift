/// What a plan made with `actuals_until` records of its actual figures: the years they
/// fix, each figure, and what no figure gives in those years (planned like any other
/// year, and so reported).
public struct PlanActuals: Codable, Sendable, Hashable {
    /// What a school did not report in the years fixed to actuals.
    public struct Free: Codable, Sendable, Hashable {
        /// The school.
        public var school: String
        /// The measure.
        public var measure: ActualMeasure
        /// The years without a figure for the whole school.
        public var years: [Int]
        /// The years with figures for part of the school only (some programmes or groups).
        public var partlyGiven: [Int]
    }

    /// The last year fixed to actuals.
    public var until: Int
    /// The actuals file, relative to the scenario file's folder.
    public var file: String
    /// The planning years fixed to actuals (the first planning year to ``until``).
    public var years: [Int]
    /// Every figure that fixes a planning year.
    public var figures: [Actual]
    /// Per school and measure, the years of ``years`` no figure gives for the whole school.
    public var free: [Free]

    /// The record of a scenario's actuals.
    ///
    /// - Parameters:
    ///   - actuals: the scenario's actuals.
    ///   - scenario: the scenario.
    public init(_ actuals: ScenarioActuals, in scenario: Scenario) {
        until = actuals.until
        file = actuals.file
        years = scenario.years.filter { $0 <= actuals.until }
        figures = actuals.figures.filter { scenario.years.contains($0.year) }
        var free: [Free] = []
        for school in scenario.schools {
            for measure in ActualMeasure.allCases {
                let mine = figures.filter { $0.school == school.id && $0.measure == measure }
                let whole = Set(mine.filter { $0.programme == nil && $0.group == nil }.map(\.year))
                let part = Set(mine.filter { $0.programme != nil || $0.group != nil }.map(\.year))
                let missing = years.filter { !whole.contains($0) }
                guard !missing.isEmpty else { continue }
                free.append(
                    Free(
                        school: school.id, measure: measure, years: missing, partlyGiven: missing.filter(part.contains))
                )
            }
        }
        self.free = free
    }

    /// The free measures as one line per school: `xn-tech: intake 2021–2023; …`.
    ///
    /// - Parameter language: the language of the measures.
    /// - Returns: a line per school with a free measure.
    public func freeLines(_ language: Language) -> [String] {
        var lines: [String] = []
        var order: [String] = []
        var bySchool: [String: [String]] = [:]
        for item in free {
            if bySchool[item.school] == nil { order.append(item.school) }
            var text = "\(item.measure.name(language)) \(ScenarioCoverage.yearsText(item.years))"
            if !item.partlyGiven.isEmpty {
                text +=
                    language == .zh
                    ? "（\(ScenarioCoverage.yearsText(item.partlyGiven)) 年部分给出）"
                    : " (partly given in \(ScenarioCoverage.yearsText(item.partlyGiven)))"
            }
            bySchool[item.school, default: []].append(text)
        }
        for school in order {
            lines.append(
                "\(school)\(language == .zh ? "：" : ": ")"
                    + (bySchool[school] ?? []).joined(separator: language == .zh ? "；" : "; "))
        }
        return lines
    }
}
