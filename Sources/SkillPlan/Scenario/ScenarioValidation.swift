/// One run of ``ScenarioValidator``: the scenario, look-ups by id, and the issues found.
/// Its extensions check one part of the scenario each.
struct ScenarioValidation {
    /// The scenario checked.
    let scenario: Scenario
    /// Where its parts came from, if known.
    let sourceMap: ScenarioSourceMap?
    /// The problems found.
    var issues: [ScenarioIssue] = []
    /// The first school of each id.
    let schools: [String: School]
    /// The first level of each id.
    let levels: [String: Level]
    /// The first teacher group of each id.
    let groups: [String: TeacherGroup]
    /// The first programme of each id.
    let programmes: [String: Programme]

    init(scenario: Scenario, sourceMap: ScenarioSourceMap?) {
        self.scenario = scenario
        self.sourceMap = sourceMap
        schools = Dictionary(scenario.schools.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        levels = Dictionary(scenario.levels.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        groups = Dictionary(scenario.groups.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        programmes = Dictionary(scenario.programmes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The file named by issues that the source map cannot place.
    static let unplacedFile = "scenario"

    /// Where to point for `field` of the `occurrence`-th `key` of `kind`.
    func location(_ kind: ScenarioEntityKind, _ key: String, occurrence: Int = 0, field: String? = nil)
        -> SourceLocation
    {
        sourceMap?.location(of: kind, key, occurrence: occurrence, field: field)
            ?? SourceLocation(file: Self.unplacedFile)
    }

    /// Records a problem with `field` of an entry, worded in English and in Chinese.
    mutating func report(
        _ kind: ScenarioEntityKind, _ key: String, occurrence: Int = 0, field: String,
        _ message: String, fix: String, zh: (message: String, fix: String)
    ) {
        let place = location(kind, key, occurrence: occurrence, field: field)
        issues.append(
            ScenarioIssue(file: place.file, line: place.line, field: field, message: message, fix: fix, zh: zh))
    }

    /// The occurrence number of each item's key (0 for the first with that key), with an
    /// issue for every repeat (`describe` words it in English and in Chinese).
    mutating func occurrences<Item>(
        of items: [Item], kind: ScenarioEntityKind, field: String,
        key: (Item) -> String, describe: (String) -> (en: String, zh: String), fix: (en: String, zh: String)
    ) -> [Int] {
        var counts: [String: Int] = [:]
        var result: [Int] = []
        for item in items {
            let itemKey = key(item)
            let occurrence = counts[itemKey, default: 0]
            counts[itemKey] = occurrence + 1
            result.append(occurrence)
            guard occurrence > 0 else { continue }
            let firstPlace = sourceMap?.location(of: kind, itemKey, occurrence: 0)
            let first = firstPlace.map { " (first at \($0))" } ?? ""
            let firstZh = firstPlace.map { "（第一次在 \($0)）" } ?? ""
            let text = describe(itemKey)
            report(
                kind, itemKey, occurrence: occurrence, field: field, text.en + first, fix: fix.en,
                zh: (text.zh + firstZh, fix.zh))
        }
        return result
    }

    /// The planning years as `2021–2025`.
    var horizon: String {
        let years = scenario.years
        guard let first = years.first, let last = years.last else { return "(none)" }
        return first == last ? "\(first)" : "\(first)–\(last)"
    }

    /// The planning years as `2021 to 2025`.
    var horizonInWords: String {
        let years = scenario.years
        guard let first = years.first, let last = years.last else { return "the year after base_year on" }
        return first == last ? "\(first)" : "\(first) to \(last)"
    }

    /// The planning years as `2021–2025`, `（无）` when there are none.
    var horizonZh: String {
        scenario.years.isEmpty ? "（无）" : horizon
    }

    /// The planning years in Chinese words: `2021年至2025年`.
    var horizonInWordsZh: String {
        let years = scenario.years
        guard let first = years.first, let last = years.last else { return " base_year 之后的规划年份范围" }
        return first == last ? "\(first)年" : "\(first)年至\(last)年"
    }

    /// Whether `year` is a planning year.
    func isPlanningYear(_ year: Int) -> Bool {
        year > scenario.baseYear && year <= scenario.lastYear
    }

    /// A number as a planner writes it: `-45`, `1.2`.
    static func format(_ value: Double) -> String {
        if value.isFinite, value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    /// `1 year`, `3 years`.
    static func count(_ n: Int, _ noun: String) -> String {
        n == 1 ? "1 \(noun)" : "\(n) \(noun)s"
    }

    /// Years as ranges: `2021-2023;2025`.
    static func format(years: [Int]) -> String {
        var parts: [String] = []
        var index = 0
        let sorted = Array(Set(years)).sorted()
        while index < sorted.count {
            var end = index
            while end + 1 < sorted.count, sorted[end + 1] == sorted[end] + 1 { end += 1 }
            parts.append(end == index ? "\(sorted[index])" : "\(sorted[index])-\(sorted[end])")
            index = end + 1
        }
        return parts.joined(separator: ";")
    }
}
