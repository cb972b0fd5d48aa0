/// The tables of a plan in one language: the summary, seats, the curriculum plan,
/// classes running, the teacher plan, rotation coverage, the teaching plan (教学计划),
/// target attainment, the target prices of a plan that has them, and costs (``PlanTableID``
/// lists them).
///
/// Every format (CSV, JSON, Markdown, HTML) writes these same tables, so that they hold
/// the same numbers. Labels come from ``Terms``, entity names from the plan's catalogue,
/// both in ``language``. The plan's run facts are not in any table.
public struct PlanTables: Sendable {
    /// The language of titles, labels and names.
    public let language: Language
    /// The tables, in ``PlanTableID`` order.
    public let tables: [ExportTable]

    /// The tables of a plan.
    ///
    /// - Parameters:
    ///   - plan: the plan.
    ///   - language: the language of titles, labels and names.
    /// - Complexity: O(n log n) in the number of rows of the plan.
    public init(_ plan: Plan, language: Language) {
        self.language = language
        let builder = Builder(plan: plan, terms: Terms(language), names: PlanNames(plan.catalog, language: language))
        tables = PlanTableID.allCases.filter { $0 != .targetPrices || plan.targetPrices != nil }.map {
            builder.table($0)
        }
    }

    /// Whether the plan has the table: every table but the target prices, which only a
    /// plan solved with `--target-prices` has.
    ///
    /// - Parameter id: which table.
    /// - Returns: whether ``tables`` holds it.
    public func has(_ id: PlanTableID) -> Bool {
        tables.contains { $0.id == id }
    }

    /// The table with an id.
    ///
    /// - Parameter id: which table.
    /// - Returns: the table (every id has one, perhaps with no rows).
    public subscript(_ id: PlanTableID) -> ExportTable {
        tables.first { $0.id == id } ?? ExportTable(id: id, title: Terms(language)[id.titleKey], columns: [], rows: [])
    }

    /// Builds each table from a plan; its parts are in `PlanTables+*.swift`.
    struct Builder {
        /// The plan.
        let plan: Plan
        /// Labels.
        let terms: Terms
        /// Names.
        let names: PlanNames

        /// The table with an id.
        func table(_ id: PlanTableID) -> ExportTable {
            let (columns, rows): ([ExportColumn], [ExportRow])
            switch id {
            case .summary: (columns, rows) = summary()
            case .seats: (columns, rows) = seats()
            case .curriculumPlan: (columns, rows) = curriculumPlan()
            case .classesRunning: (columns, rows) = classesRunning()
            case .teacherPlan: (columns, rows) = teacherPlan()
            case .rotation: (columns, rows) = rotation()
            case .teachingPlan: (columns, rows) = teachingPlan()
            case .targets: (columns, rows) = targets()
            case .targetPrices: (columns, rows) = targetPrices()
            case .costs: (columns, rows) = costs()
            }
            return ExportTable(id: id, title: terms[id.titleKey], columns: columns, rows: rows)
        }

        /// A column whose id is its term's id.
        func column(_ key: Terms.Key, _ kind: ExportColumn.Kind) -> ExportColumn {
            ExportColumn(id: key.rawValue, label: terms[key], kind: kind)
        }

        /// The longest duration (years of study) among the plan's programme levels.
        var maxYearsOfStudy: Int {
            let classes = plan.programmeLevels.map(\.classesByYearOfStudy.count)
            let hours = plan.curricula.flatMap(\.modules).map(\.hoursByYearOfStudy.count)
            return (classes + hours).max() ?? 0
        }
    }
}
