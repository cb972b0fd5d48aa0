/// What a scenario file (`Models/*.yaml`) says, before the tables are read.
struct ScenarioFileSettings: Sendable {
    /// `name`.
    var name = ""
    /// `title_zh`.
    var titleZh = ""
    /// `title_en`.
    var titleEn = ""
    /// The leading `#` comment lines, joined.
    var question = ""
    /// `question_zh`: the question in Chinese.
    var questionZh = ""
    /// `data`, as written, and where.
    var dataFolder: (path: String, location: SourceLocation)?
    /// `base_year`.
    var baseYear: Int?
    /// The first of `years`.
    var firstYear: Int?
    /// The last of `years`.
    var lastYear: Int?
    /// `solver`.
    var solver = SolverSettings()
    /// `rotation.cycle_years`.
    var rotationCycleYears: Int?
    /// `rotation.qualifies`: `false` to fix every `q[g,y]` to 0; `nil` when not written.
    var rotationQualifies: Bool?
    /// `targets`: `nil` for `all`, else the ids listed and where.
    var targetSelection: [(id: String, location: SourceLocation)]?
    /// `extra_targets`, as rows in the fields of `targets.csv`.
    var extraTargets: [TableRow] = []
    /// `overrides`, one entry per column set.
    var overrides: [ScenarioOverride] = []
    /// `actuals_until`: the last year fixed to actual figures.
    var actualsUntil: Int?
    /// `actuals`: the actuals file, as written (relative to the scenario file), and where.
    var actualsFile: (path: String, location: SourceLocation)?
    /// `tables`: a table's file in place of the data folder's, by table name
    /// (`initial_students`), as written (relative to the scenario file), and where.
    var tableFiles: [String: (path: String, location: SourceLocation)] = [:]
}
