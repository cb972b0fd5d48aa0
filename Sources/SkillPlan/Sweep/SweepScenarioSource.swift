/// A scenario read once, from which the scenario of every point of a sweep is made by
/// applying the point's values as overrides.
struct SweepScenarioSource: Sendable {
    private let reader: ScenarioReader
    private let tables: [ScenarioEntityKind: [TableRow]]
    /// The scenario without the sweep's values.
    let base: Scenario

    /// Reads the scenario at `path`.
    /// - Throws: ``ScenarioError`` when the scenario does not load.
    init(path: String) throws {
        var reader = ScenarioReader(path: path)
        tables = try reader.readForSweep()
        self.reader = reader
        let (scenario, issues) = reader.scenario(tables: tables, extra: [])
        guard issues.isEmpty else { throw ScenarioError(issues: issues) }
        base = scenario
    }

    /// The scenario at one point, with its issues (empty when it is valid).
    func scenario(axes: [SweepAxis], values: [Double]) -> (Scenario, [ScenarioIssue]) {
        let location = SourceLocation(file: "--vary")
        let extra = zip(axes, values).map { axis, value in
            ScenarioOverride(
                table: axis.table, tableLocation: location, id: axis.id, idLocation: location,
                column: axis.column, columnLocation: location, value: ScenarioWriter.number(value),
                valueLocation: location)
        }
        return reader.scenario(tables: tables, extra: extra)
    }

    /// Checks that every axis names a row the scenario has.
    /// - Throws: ``SweepError`` naming the first unknown id.
    func check(_ axes: [SweepAxis]) throws {
        for axis in axes where axis.id != "*" {
            let ids: [String]
            switch axis.table {
            case "schools": ids = base.schools.map(\.id)
            case "levels": ids = base.levels.map(\.id)
            case "teacher_groups": ids = base.groups.map(\.id)
            case "programmes": ids = base.programmes.map(\.id)
            default: ids = base.targets.map(\.id)
            }
            guard ids.contains(axis.id) else {
                let file = SweepAxis.numberColumns.first { $0.table == axis.table }?.file ?? axis.table
                throw SweepError(
                    "--vary \(axis.field): \"\(axis.id)\" is not an id in \(file) of scenario \(base.name); use an id from \(file), or * for every row"
                )
            }
        }
    }
}
