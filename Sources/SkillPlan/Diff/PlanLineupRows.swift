/// A ``PlanLineup`` as one table of text in a language, and its text, Markdown, JSON and
/// HTML forms: a row per figure, a column per plan.
struct PlanLineupRows: PlanWording {
    /// One row: what, of what, a value per plan, and per plan whether it is better or
    /// worse for the city than the first plan.
    struct Row {
        /// What it is (the first row of a group says it).
        var what: String
        /// Of what.
        var item: String
        /// One value per plan.
        var values: [String]
        /// Per plan, better or worse than the first plan, if either.
        var verdicts: [PlanDiffRows.Verdict?]
    }

    /// Labels.
    let terms: Terms
    /// Names.
    let names: PlanNames
    /// The lineup.
    let lineup: PlanLineup

    /// The rows of a lineup in a language.
    init(_ lineup: PlanLineup, language: Language) {
        self.lineup = lineup
        terms = Terms(language)
        names = PlanNames(lineup.catalog, language: language)
    }

    /// "方案并列比较：A、B、C" / "Plans side by side: A, B, C".
    var title: String {
        terms[.plansSideBySide] + terms.colon
            + lineup.sides.map(\.name).joined(separator: terms.language == .zh ? "、" : ", ")
    }

    /// "方案1：name（title）", one per plan.
    var sides: [String] {
        lineup.sides.enumerated().map { i, side in
            sideLine(terms[.plan] + (terms.language == .zh ? "" : " ") + "\(i + 1)", side)
        }
    }

    /// The columns: what, item, then each plan by its label (or scenario) and number.
    var header: [String] {
        [terms[.change], terms[.item]]
            + lineup.sides.enumerated().map { i, side in "\(i + 1) " + (side.label ?? side.scenario) }
    }

    /// Which columns hold numbers.
    var numeric: [Bool] { [false, false] + lineup.sides.map { _ in true } }

    /// The rows.
    var rows: [Row] {
        let figures = lineup.figures
        var rows: [Row] = []
        func add(_ what: String, _ item: String, _ values: [Double?], format: (Double) -> String, lowerIsBetter: Bool?)
        {
            let first = values.first ?? nil
            let verdicts: [PlanDiffRows.Verdict?] = values.enumerated().map { i, v in
                guard i > 0, let lowerIsBetter, let v, let first, abs(v - first) > 1e-6 * max(1, abs(first)) else {
                    return nil
                }
                return (v < first) == lowerIsBetter ? .better : .worse
            }
            rows.append(
                Row(what: what, item: item, values: values.map { $0.map(format) ?? terms[.absent] }, verdicts: verdicts)
            )
        }
        for (index, item) in DiffHeadline.costItems.enumerated() {
            add(
                index == 0 ? terms[.costYuan] : "", terms[item.termKey], figures.map { item.amount(in: $0.costs) },
                format: NumberText.money, lowerIsBetter: true)
        }
        let total = lineup.targetIDs.count
        add(
            terms[.targetsMet], "", figures.map { Double($0.targetsMet) }, format: { terms.count(Int($0), of: total) },
            lowerIsBetter: false)
        for (index, id) in lineup.targetIDs.enumerated() {
            let standings = figures.map { $0.target(id) }
            var row = Row(
                what: index == 0 ? terms[.targetsSection] : "", item: names.target(id), values: [], verdicts: [])
            let first = standings.first ?? nil
            for (i, s) in standings.enumerated() {
                row.values.append(standing(s, unit: s?.unit ?? ""))
                if i > 0, let s, let first, PlanComparer.differ(s.shortfall, first.shortfall) {
                    row.verdicts.append(s.shortfall < first.shortfall ? .better : .worse)
                } else {
                    row.verdicts.append(nil)
                }
            }
            rows.append(row)
        }
        add(
            terms[.applicantsTurnedAway], terms[.allProgrammes], figures.map(\.turnedAway), format: NumberText.count,
            lowerIsBetter: true)
        for programme in lineup.topProgrammes() {
            add(
                "", names.programme(programme), figures.map { $0.turnedAway(programme: programme) },
                format: NumberText.count,
                lowerIsBetter: true)
        }
        if let year = figures.compactMap(\.lastYear).max() {
            for (label, value) in [
                (terms.teachers(in: year), \PlanFigures.SchoolStanding.teachers), (terms.seats(in: year), \.seats),
            ] {
                for (index, school) in lineup.schoolIDs.enumerated() {
                    add(
                        index == 0 ? label : "", names.school(school),
                        figures.map { $0.school(school)?[keyPath: value] },
                        format: NumberText.count, lowerIsBetter: nil)
                }
            }
        }
        return rows
    }

    /// The text: title, the plans, the table.
    func text() -> String {
        let lines =
            [title] + sides + [""]
            + PlanDiffText.table(header: header, numeric: numeric, rows: rows.map { [$0.what, $0.item] + $0.values })
        return lines.joined(separator: "\n") + "\n"
    }

    /// The Markdown: title, the plans as a list, the table.
    func markdown() -> String {
        "# " + MarkdownTable.cell(title) + "\n\n" + sides.map { "- " + MarkdownTable.cell($0) }.joined(separator: "\n")
            + "\n\n"
            + MarkdownTable.render(header: header, numeric: numeric, rows: rows.map { [$0.what, $0.item] + $0.values })
    }

    /// The JSON: each plan with its figures in numbers and ids, names in the language.
    func json() -> JSONValue {
        let plans = zip(lineup.sides, lineup.figures).map { side, f -> JSONValue in
            var o: [String: JSONValue] = [
                "scenario": .string(side.scenario), "name": .string(side.name),
                "title": .string(terms.language == .zh ? side.titleZh : side.titleEn),
                "inputHash": .string(side.inputHash),
                "costs": .object(
                    Dictionary(
                        uniqueKeysWithValues: DiffHeadline.costItems.map {
                            ($0.rawValue, JSONValue.numeric($0.amount(in: f.costs)))
                        })),
                "targetsMet": .integer(f.targetsMet),
                "targets": .array(
                    f.targets.map { t in
                        .object([
                            "target": .string(t.target), "name": .string(names.target(t.target)), "met": .bool(t.met),
                            "shortfall": .numeric(t.shortfall), "unit": .string(t.unit),
                            "yearsShort": .array(t.yearsShort.map(JSONValue.integer)),
                        ])
                    }),
                "applicants": .numeric(f.applicants), "turnedAway": .numeric(f.turnedAway),
                "turnedAwayByProgramme": .array(
                    f.turnedAwayByProgramme.map { p in
                        .object([
                            "programme": .string(p.programme), "name": .string(names.programme(p.programme)),
                            "turnedAway": .numeric(p.turnedAway),
                        ])
                    }),
                "schools": .array(
                    f.schools.map { s in
                        .object([
                            "school": .string(s.school), "name": .string(names.school(s.school)),
                            "teachers": .numeric(s.teachers),
                            "seats": .numeric(s.seats), "students": .numeric(s.students),
                            "fteNeeded": .numeric(s.fteNeeded),
                            "fteAvailable": .numeric(s.fteAvailable),
                        ])
                    }),
            ]
            if let label = side.label { o["label"] = .string(label) }
            if let year = f.lastYear { o["lastYear"] = .integer(year) }
            return .object(o)
        }
        return .object(["language": .string(terms.language.rawValue), "plans": .array(plans)])
    }

    /// The HTML page: the table, each value coloured when better or worse than the first plan's.
    func html() -> String {
        var html = HTMLPage.opening(
            title: title, language: terms.language,
            css: DiffCharts.verdictCSS + "\np.note { color: var(--muted); font-size: 12px; }")
        html += sides.map { "<p class=\"question\">\(HTMLText.escape($0))</p>\n" }.joined()
        html += "</header>\n<main>\n<section id=\"lineup\">\n<h2>\(HTMLText.escape(terms[.headline]))</h2>\n"
        html += "<p class=\"note\">\(HTMLText.escape(terms[.lineupLegend]))</p>\n"
        let cells = rows.map { row in
            [(row.what, String?.none), (row.item, nil)]
                + zip(row.values, row.verdicts).map { value, verdict in
                    (value, "num" + (verdict.map { " " + $0.rawValue } ?? ""))
                }
        }
        html += HTMLTable.render(header: zip(header, numeric).map { ($0, $1 ? "num" : nil) }, rows: cells, id: "lineup")
        return html + "</section>\n</main>\n</body>\n</html>\n"
    }
}
