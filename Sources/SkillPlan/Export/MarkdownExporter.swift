/// Writes a plan as one Markdown document, `plan.md`: the summary, target attainment, the
/// target prices (when the plan has them) and costs, then a heading per school with its seats, curriculum plan, classes running,
/// teacher plan, rotation coverage and teaching plan. The plan's run facts are left out.
public struct MarkdownExporter: Sendable {
    /// The file's name.
    public static let fileName = "plan.md"

    /// Creates an exporter.
    public init() {}

    /// The document.
    ///
    /// - Parameters:
    ///   - plan: the plan.
    ///   - tables: its tables.
    /// - Returns: the Markdown text, ending with a newline.
    public func document(_ plan: Plan, tables: PlanTables) -> String {
        let terms = Terms(tables.language)
        let names = PlanNames(plan.catalog, language: tables.language)
        let title = tables.language == .zh ? plan.titleZh : plan.titleEn
        var parts = ["# " + terms[.planDocument] + terms.colon + (title.isEmpty ? plan.scenario : title) + "\n"]
        let question = plan.question(in: tables.language)
        if !question.isEmpty { parts.append("> " + MarkdownTable.cell(question) + "\n") }
        for id in PlanTableID.allCases where !id.isPerSchool && tables.has(id) {
            let table = tables[id]
            let note =
                id == .targetPrices
                ? plan.targetPrices.map { terms.targetPricesNote($0.relaxation) + "\n\n" } ?? "" : ""
            parts.append("## " + table.title + "\n\n" + note + MarkdownTable.render(table))
        }
        for school in Self.schools(of: plan) {
            parts.append("## " + names.school(school) + "\n")
            for id in PlanTableID.allCases where id.isPerSchool {
                var table = tables[id].withoutSchoolColumn
                table.rows = table.rows(of: school)
                table = table.withoutEmptyColumns
                guard !table.rows.isEmpty else { continue }
                parts.append("### " + table.title + "\n\n" + MarkdownTable.render(table))
            }
        }
        return parts.joined(separator: "\n")
    }

    /// The schools of a plan: the catalogue's, then any other school a row names.
    static func schools(of plan: Plan) -> [String] {
        var seen = Set<String>()
        let named =
            plan.catalog.schools.map(\.id) + plan.schools.map(\.school)
            + plan.programmeLevels.map(\.school) + plan.groups.map(\.school)
        return named.filter { seen.insert($0).inserted }
    }
}
