/// A plan diff as one self-contained HTML page (inline CSS and SVG, no script, no
/// network): a title, the two plans, a legend, the headline table, the inputs that
/// changed, the target prices before and after (when both plans carry them), the target attainment chart of both plans, a section per school with its
/// students-and-seats and teachers charts and its changes summed over the years, then
/// each section of detail. Changes are coloured by their meaning for the city (lower
/// cost, smaller shortfall, fewer applicants turned away: green; the opposite: red;
/// others uncoloured), and every change keeps its sign as text.
enum PlanDiffHTML {
    /// The page, ending with a newline.
    static func render(_ rows: PlanDiffRows) -> String {
        let terms = rows.terms
        var html = HTMLPage.opening(
            title: rows.title, language: terms.language,
            css: DiffCharts.verdictCSS + """

                ul.legend { list-style: none; padding: 0; margin: 4px 0 10px; display: flex; flex-wrap: wrap; gap: 4px 18px; font-size: 12px; }
                ul.legend li::before { content: ""; display: inline-block; width: 12px; height: 10px; margin-right: 6px; vertical-align: baseline; }
                ul.legend li.better::before { background: \(DiffCharts.better); }
                ul.legend li.worse::before { background: \(DiffCharts.worse); }
                ul.legend li.neutral::before { background: \(HTMLStyle.ink); }
                ul.inputs { margin: 4px 0 14px; padding-left: 20px; font-size: 12px; }
                p.unlisted { color: var(--muted); font-size: 12px; margin: 2px 0 12px; }
                """)
        html += rows.sides.map { "<p class=\"question\">\(HTMLText.escape($0))</p>\n" }.joined()
        html += "</header>\n<main>\n"
        if rows.diff.isEmpty {
            // The same decisions can still carry other prices (another relaxation).
            html += "<p class=\"no-changes\">\(HTMLText.escape(terms[.noChanges]))</p>\n" + prices(rows)
            return html + "</main>\n</body>\n</html>\n"
        }
        html += "<section id=\"headline\">\n<h2>\(HTMLText.escape(terms[.headline]))</h2>\n" + legend(terms)
        let headline = rows.headlineRows.map { row in
            row.cells.enumerated().map { index, text -> (String, String?) in
                guard rows.headlineNumeric[index] else { return (text, nil) }
                if index == row.cells.count - 1, let verdict = row.verdict { return (text, "num " + verdict.rawValue) }
                return (text, "num")
            }
        }
        html +=
            HTMLTable.render(
                header: zip(rows.headlineHeader, rows.headlineNumeric).map { ($0, $1 ? "num" : nil) },
                rows: headline, id: "headline") + "</section>\n"
        if !rows.inputLines.isEmpty {
            html +=
                "<section id=\"inputs\">\n<h2>\(HTMLText.escape(terms[.inputsChanged] + terms.parenthesised(terms.changeCount(rows.inputLines.count))))</h2>\n<ul class=\"inputs\">\n"
                + rows.inputLines.map { "<li>\(HTMLText.escape($0))</li>\n" }.joined() + "</ul>\n</section>\n"
        }
        html += prices(rows)
        let charts = DiffCharts(diff: rows.diff, names: rows.names, terms: terms)
        if let svg = charts.targets() {
            html +=
                "<section id=\"targets-chart\">\n<h2>\(HTMLText.escape(terms[.targetsSection]))</h2>\n"
                + figure(caption: terms[.targetsBeforeAfter], svg: svg) + "</section>\n"
        }
        let totals = Dictionary(rows.schoolTotals.map { ($0.school, $0) }, uniquingKeysWith: { x, _ in x })
        var schoolsHTML = ""
        for school in charts.schools {
            var body = ""
            if let svg = charts.seats(school: school) { body += figure(caption: terms[.seatsAndStudents], svg: svg) }
            if let svg = charts.teachers(school: school) {
                body += figure(caption: terms[.teachersAvailableNeeded], svg: svg)
            }
            if let section = totals[school]?.section, !section.rows.isEmpty {
                body += "<h3>\(HTMLText.escape(rows.schoolTotalsTitle))</h3>\n" + table(section, id: "totals-" + school)
            }
            guard !body.isEmpty else { continue }
            schoolsHTML +=
                "<section class=\"school\" id=\"school-\(HTMLText.anchor(school))\">\n<h2>\(HTMLText.escape(rows.names.school(school)))</h2>\n"
                + body + "</section>\n"
        }
        html += schoolsHTML
        if rows.schoolTotalsUnlisted > 0 {
            html +=
                "<p class=\"unlisted\">\(HTMLText.escape(rows.schoolTotalsTitle + terms.colon + terms.unlisted(rows.schoolTotalsUnlisted, threshold: rows.diff.threshold)))</p>\n"
        }
        for section in rows.sections {
            guard let id = section.section?.rawValue else { continue }
            let title = section.title + section.countText(terms, threshold: rows.diff.threshold)
            html +=
                "<section id=\"\(id)\">\n<h2>\(HTMLText.escape(title))</h2>\n"
                + (section.rows.isEmpty ? "" : table(section, id: id)) + "</section>\n"
        }
        return html + "</main>\n</body>\n</html>\n"
    }

    /// The target prices before and after, when both plans carry them (else nothing).
    static func prices(_ rows: PlanDiffRows) -> String {
        guard let note = rows.priceNote else { return "" }
        return
            "<section id=\"target-prices\">\n<h2>\(HTMLText.escape(rows.terms[.targetPrices]))</h2>\n<p class=\"unlisted\">\(HTMLText.escape(note))</p>\n"
            + HTMLTable.render(
                header: zip(rows.priceHeader, rows.priceNumeric).map { ($0, $1 ? "num" : nil) },
                rows: rows.priceCells.map { row in
                    row.enumerated().map { index, text in (text, rows.priceNumeric[index] ? "num" : nil) }
                }, id: "target-prices") + "</section>\n"
    }

    /// The legend of the colours.
    static func legend(_ terms: Terms) -> String {
        "<ul class=\"legend\">\n"
            + [("better", terms[.better]), ("worse", terms[.worse]), ("neutral", terms[.neutral])]
            .map { "<li class=\"\($0)\">\(HTMLText.escape($1))</li>\n" }.joined()
            + "</ul>\n"
    }

    /// A section's table, its change column coloured by meaning.
    static func table(_ section: PlanDiffRows.Section, id: String) -> String {
        let header = zip(section.header, section.numeric).map { ($0, $1 ? "num" : nil) }
        let cells = zip(section.rows, section.changes).map { row, change in
            row.enumerated().map { index, text -> (String, String?) in
                guard section.numeric[index] else { return (text, nil) }
                if index == row.count - 1, let verdict = PlanDiffRows.verdict(of: change) {
                    return (text, "num " + verdict.rawValue)
                }
                return (text, "num")
            }
        }
        return HTMLTable.render(header: header, rows: cells, id: id)
    }

    /// A chart with its caption.
    static func figure(caption: String, svg: String) -> String {
        "<figure class=\"chart\">\n<figcaption>\(HTMLText.escape(caption))</figcaption>\n" + svg + "</figure>\n"
    }
}
