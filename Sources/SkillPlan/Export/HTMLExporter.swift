/// Writes a plan as one self-contained HTML page, `plan.html`: inline CSS and inline SVG
/// charts, no script, no network. The summary, target attainment (chart and table), the
/// target prices (when the plan has them) and costs come first; then a section per school with its seats chart and tables, its
/// teachers chart and tables, and its teaching plan. It prints on A4 (`@page`), each
/// school on a new page. The footer shows the run facts (solve time, date, GLPK).
public struct HTMLExporter: Sendable {
    /// The file's name.
    public static let fileName = "plan.html"

    /// Creates an exporter.
    public init() {}

    /// The page's style sheet (tables, charts, print layout), for pages that show a
    /// plan's sections the same way.
    public static var stylesheet: String { HTMLStyle.css }

    /// The page.
    ///
    /// - Parameters:
    ///   - plan: the plan.
    ///   - tables: its tables.
    /// - Returns: the HTML text, ending with a newline.
    public func document(_ plan: Plan, tables: PlanTables) -> String {
        let language = tables.language
        let terms = Terms(language)
        let names = PlanNames(plan.catalog, language: language)
        let title =
            (language == .zh ? plan.titleZh : plan.titleEn).isEmpty
            ? plan.scenario
            : (language == .zh ? plan.titleZh : plan.titleEn)
        let heading = terms[.planDocument] + terms.colon + title
        var html = HTMLPage.opening(title: heading, language: language)
        let question = plan.question(in: tables.language)
        if !question.isEmpty { html += "<p class=\"question\">\(HTMLText.escape(question))</p>\n" }
        html += "</header>\n<main>\n"
        html += section(
            id: "summary", title: tables[.summary].title,
            body: HTMLTable.render(tables[.summary], terms: terms, cssClass: "narrow"))
        var targets = ""
        if let chart = TargetsChart(plan: plan, names: names, terms: terms).svg() {
            targets += figure(caption: terms[.targetsChart], svg: chart)
        }
        targets += HTMLTable.render(tables[.targets], terms: terms)
        html += section(id: "targets", title: tables[.targets].title, body: targets)
        if tables.has(.targetPrices), let prices = plan.targetPrices {
            let note = "<p class=\"note\">\(HTMLText.escape(terms.targetPricesNote(prices.relaxation)))</p>\n"
            html += section(
                id: "target-prices", title: tables[.targetPrices].title,
                body: note + "<div class=\"wide\">"
                    + HTMLTable.render(tables[.targetPrices], terms: terms, cssClass: "prices") + "</div>\n")
        }
        html += section(
            id: "costs", title: tables[.costs].title,
            body: HTMLTable.render(tables[.costs], terms: terms, cssClass: "narrow"))
        for school in MarkdownExporter.schools(of: plan) {
            html += schoolSection(school, plan: plan, tables: tables, names: names, terms: terms)
        }
        html += "</main>\n" + footer(plan, terms: terms) + "</body>\n</html>\n"
        return html
    }

    /// A school's section: each per-school table with its rows, and the charts.
    private func schoolSection(_ school: String, plan: Plan, tables: PlanTables, names: PlanNames, terms: Terms)
        -> String
    {
        var body = ""
        for id in PlanTableID.allCases where id.isPerSchool {
            var table = tables[id].withoutSchoolColumn
            table.rows = table.rows(of: school)
            table = table.withoutEmptyColumns
            let chart: String? =
                switch id {
                case .seats:
                    SeatsChart(plan: plan, names: names, terms: terms).svg(school: school)
                        .map { figure(caption: terms[.seatsChart], svg: $0) }
                case .teacherPlan:
                    TeachersChart(plan: plan, names: names, terms: terms).svg(school: school)
                        .map { figure(caption: terms[.teachersChart], svg: $0) }
                default: nil
                }
            guard !table.rows.isEmpty || chart != nil else { continue }
            body += "<h3>\(HTMLText.escape(table.title))</h3>\n" + (chart ?? "")
            if !table.rows.isEmpty {
                body += HTMLTable.render(
                    table, terms: terms, cssClass: id == .seats || id == .rotation ? "narrow" : nil)
            }
        }
        return
            "<section class=\"school\" id=\"school-\(HTMLText.anchor(school))\">\n<h2>\(HTMLText.escape(names.school(school)))</h2>\n"
            + body + "</section>\n"
    }

    /// A section with a heading.
    private func section(id: String, title: String, body: String) -> String {
        "<section id=\"\(id)\">\n<h2>\(HTMLText.escape(title))</h2>\n" + body + "</section>\n"
    }

    /// A chart with its caption.
    private func figure(caption: String, svg: String) -> String {
        "<figure class=\"chart\">\n<figcaption>\(HTMLText.escape(caption))</figcaption>\n" + svg + "</figure>\n"
    }

    /// The footer: solve time, when the plan was made, GLPK's version.
    private func footer(_ plan: Plan, terms: Terms) -> String {
        let seconds = NumberText.fixed(plan.run.solveSeconds, decimals: 1)
        var parts = ["\(terms[.solveTime]) \(seconds) \(terms[.unitSeconds])"]
        if !plan.run.createdAt.isEmpty { parts.append("\(terms[.createdAt]) \(plan.run.createdAt)") }
        if !plan.solver.glpkVersion.isEmpty { parts.append("\(terms[.glpk]) \(plan.solver.glpkVersion)") }
        return "<footer>" + HTMLText.escape(parts.joined(separator: " · ")) + "</footer>\n"
    }
}
