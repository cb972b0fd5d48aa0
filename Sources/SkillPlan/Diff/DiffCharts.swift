/// The charts of an HTML diff, built with the export's ``SVGBuilder``: per school, its
/// students and seats by year and its teachers available and needed by year, the two
/// plans side by side; and the attainment of every target in both plans.
///
/// Plan A is drawn in grey and plan B in blue (which plan, not good or bad); a change is
/// written as text with its sign. Where a change has a meaning for the city — a target
/// met or short, a shortfall smaller or larger — it is coloured by that meaning (green
/// better, red worse), and each chart's legend says so.
struct DiffCharts {
    /// The diff.
    let diff: PlanDiff
    /// Names in the charts' language.
    let names: PlanNames
    /// Labels in the charts' language.
    let terms: Terms

    /// Plan A's colour.
    static let planA = "#9aa5b1"
    /// Plan B's colour.
    static let planB = "#1f6fb2"
    /// Better for the city.
    static let better = HTMLStyle.met
    /// Worse for the city.
    static let worse = HTMLStyle.short

    /// The style rules of table cells better or worse for the city.
    static let verdictCSS = """
        table.data td.better { color: \(better); font-weight: 600; }
        table.data td.worse { color: \(worse); font-weight: 600; }
        """

    /// The schools that have a row in either plan, in the catalogue's order.
    var schools: [String] {
        var ids = diff.catalog.schools.map(\.id)
        for row in diff.afterPlan.schools + diff.beforePlan.schools where !ids.contains(row.school) {
            ids.append(row.school)
        }
        let present = Set(
            diff.afterPlan.schools.map(\.school) + diff.beforePlan.schools.map(\.school)
                + diff.afterPlan.groups.map(\.school) + diff.beforePlan.groups.map(\.school))
        return ids.filter(present.contains)
    }

    /// A school's students (bars) and seats (dashed marks) by year in both plans.
    ///
    /// - Parameter school: the school's id.
    /// - Returns: the `<svg>` element, or `nil` without years.
    func seats(school: String) -> String? {
        let years = diff.years
        guard !years.isEmpty else { return nil }
        func row(_ plan: Plan, _ year: Int) -> SchoolYearPlan? {
            plan.schools.first { $0.school == school && $0.year == year }
        }
        let values = years.map { y in
            [row(diff.beforePlan, y), row(diff.afterPlan, y)].map {
                (students: $0?.enrolment ?? 0, seats: $0?.capacity)
            }
        }
        let highest = values.flatMap { $0.flatMap { [$0.students, $0.seats ?? 0] } }.max() ?? 0
        return pairs(
            years: years, top: highest, chart: "diff-seats",
            label: terms[.students] + " / " + terms[.plannedSeats] + " — " + names.school(school),
            series: terms[.students], mark: terms[.plannedSeats], dashed: true,
            values: values.map { $0.map { ($0.students, $0.seats) } })
    }

    /// A school's teachers available (bars) and needed (solid marks) by year in both plans.
    ///
    /// - Parameter school: the school's id.
    /// - Returns: the `<svg>` element, or `nil` when the school has no teacher groups.
    func teachers(school: String) -> String? {
        let years = diff.years
        guard !years.isEmpty,
            (diff.beforePlan.groups + diff.afterPlan.groups).contains(where: { $0.school == school })
        else { return nil }
        func sums(_ plan: Plan, _ year: Int) -> (Double, Double?) {
            let rows = plan.groups.filter { $0.school == school && $0.year == year }
            return (rows.reduce(0) { $0 + $1.fteAvailable }, rows.isEmpty ? nil : rows.reduce(0) { $0 + $1.fteNeeded })
        }
        let values = years.map { y in [sums(diff.beforePlan, y), sums(diff.afterPlan, y)] }
        let highest = values.flatMap { $0.flatMap { [$0.0, $0.1 ?? 0] } }.max() ?? 0
        return pairs(
            years: years, top: highest, chart: "diff-teachers",
            label: terms[.teachers] + " — " + names.school(school),
            series: terms[.fteAvailable], mark: terms[.fteNeeded], dashed: false, values: values)
    }

    /// Bars of plans A and B side by side per year, each with a mark across it, the
    /// change of the bars (B − A) written under the year, and a legend on top.
    private func pairs(
        years: [Int], top highest: Double, chart: String, label: String, series: String, mark: String,
        dashed: Bool, values: [[(bar: Double, mark: Double?)]]
    ) -> String {
        let width = 720.0, height = 250.0, left = 56.0, right = width - 12
        let plotTop = 40.0, plotBottom = height - 40
        let top = SVGBuilder.axis(highest * 1.08)
        var svg = SVGBuilder(width: width, height: height)
        func y(_ v: Double) -> Double { plotBottom - (plotBottom - plotTop) * v / top.max }

        var x = 4.0
        for (text, color) in [(terms[.planA] + " " + series, Self.planA), (terms[.planB] + " " + series, Self.planB)] {
            svg.rect(x: x, y: 8, width: 14, height: 10, fill: color)
            svg.text(text, x: x + 20, y: 17, size: 11)
            x += 34 + Double(TextWidth.of(text)) * 6.5
        }
        svg.line(x1: x, y1: 13, x2: x + 16, y2: 13, stroke: HTMLStyle.ink, width: 2, dash: dashed ? "5 3" : nil)
        svg.text(mark, x: x + 22, y: 17, size: 11)
        x += 40 + Double(TextWidth.of(mark)) * 6.5
        svg.text(
            terms[.delta] + " " + terms[.planB] + " − " + terms[.planA], x: x, y: 17, size: 11, fill: HTMLStyle.muted)

        svg.gridLines(axis: top, left: left, right: right, y: y)
        let slot = (right - left) / Double(years.count)
        let bar = min(36, slot * 0.28)
        for (i, year) in years.enumerated() {
            let centre = left + slot * (Double(i) + 0.5)
            for (k, value) in values[i].enumerated() {
                let bx = centre + (k == 0 ? -bar - 2 : 2)
                let plan = k == 0 ? terms[.planA] : terms[.planB]
                svg.rect(
                    x: bx, y: y(value.bar), width: bar, height: plotBottom - y(value.bar),
                    fill: k == 0 ? Self.planA : Self.planB,
                    title: "\(plan) \(year) \(series): \(NumberText.count(value.bar))")
                if let m = value.mark {
                    svg.line(
                        x1: bx - 3, y1: y(m), x2: bx + bar + 3, y2: y(m), stroke: HTMLStyle.ink, width: 2,
                        dash: dashed ? "5 3" : nil, title: "\(plan) \(year) \(mark): \(NumberText.count(m))")
                }
            }
            svg.text(String(year), x: centre, y: plotBottom + 15, anchor: "middle", size: 11)
            let change = values[i][1].bar - values[i][0].bar
            svg.text(
                NumberText.signed(change), x: centre, y: plotBottom + 30, anchor: "middle", size: 10.5,
                fill: HTMLStyle.muted)
        }
        svg.line(x1: left, y1: plotBottom, x2: right, y2: plotBottom, stroke: HTMLStyle.ink)
        return svg.render(label: label, chart: chart)
    }

    /// Every target's attainment in plans A and B: per target two bars (its weakest year,
    /// achieved ÷ required), green when met and red when short, and the change of its
    /// shortfall as text with its sign, green when smaller and red when larger.
    ///
    /// - Returns: the `<svg>` element, or `nil` when neither plan has targets.
    func targets() -> String? {
        let a = TargetsChart(plan: diff.beforePlan, names: names, terms: terms).bars
        let b = TargetsChart(plan: diff.afterPlan, names: names, terms: terms).bars
        var ids = b.map(\.target)
        for t in a where !ids.contains(t.target) { ids.append(t.target) }
        guard !ids.isEmpty else { return nil }
        func weakest(_ bars: [TargetsChart.Bar]?) -> TargetsChart.Bar? {
            bars?.min { $0.attainment < $1.attainment }
        }
        let width = 720.0, barLeft = 70.0, barWidth = 300.0, scale = 1.5, header = 20.0, rowHeight = 16.0
        let height = 40 + Double(ids.count) * (header + 2 * rowHeight + 4)
        var svg = SVGBuilder(width: width, height: height)
        var x = 4.0
        for (text, color) in [(terms[.met], HTMLStyle.met), (terms[.short], HTMLStyle.short)] {
            svg.rect(x: x, y: 8, width: 14, height: 10, fill: color)
            svg.text(text, x: x + 20, y: 17, size: 11)
            x += 34 + Double(TextWidth.of(text)) * 6.5
        }
        svg.text(terms[.shortfallLegend], x: x, y: 17, size: 11, fill: HTMLStyle.muted)
        let hundred = barLeft + barWidth / scale
        svg.text("100%", x: hundred, y: 32, anchor: "middle", size: 10, fill: HTMLStyle.muted)
        let standingsA = diff.beforeFigures, standingsB = diff.afterFigures
        var y = 36.0
        for id in ids {
            svg.text(names.target(id), x: 4, y: y + 14, size: 11.5, bold: true)
            let before = standingsA.target(id), after = standingsB.target(id)
            if PlanComparer.differ(before?.shortfall, after?.shortfall) {
                let change = (after?.shortfall ?? 0) - (before?.shortfall ?? 0)
                let unit = after?.unit ?? before?.unit ?? ""
                svg.text(
                    terms[.shortfall] + " " + terms.amount(change, unit: unit, signed: true), x: width - 4, y: y + 14,
                    anchor: "end", size: 11, fill: change < 0 ? Self.better : Self.worse, bold: true)
            }
            y += header
            for (k, bars) in [a.first { $0.target == id }?.bars, b.first { $0.target == id }?.bars].enumerated() {
                let plan = k == 0 ? terms[.planA] : terms[.planB]
                svg.text(plan, x: barLeft - 8, y: y + 11, anchor: "end", size: 10.5)
                svg.rect(x: barLeft, y: y + 2, width: barWidth, height: 11, fill: "#f3f4f6")
                if let bar = weakest(bars) {
                    let share = min(max(bar.attainment, 0), scale)
                    let color = bar.met ? HTMLStyle.met : HTMLStyle.short
                    let when = bar.year.map { " (\($0))" } ?? ""
                    svg.rect(
                        x: barLeft, y: y + 2, width: barWidth * share / scale, height: 11, fill: color,
                        title: "\(names.target(id)) \(plan)\(when): \(NumberText.percent(bar.attainment))",
                        cssClass: bar.met ? "met" : "short")
                    let standing =
                        (k == 0 ? before : after).map {
                            terms.standing(shortfall: $0.shortfall, unit: $0.unit, met: $0.met)
                        } ?? ""
                    svg.text(
                        NumberText.percent(bar.attainment) + when + " · " + standing, x: barLeft + barWidth + 8,
                        y: y + 11.5,
                        size: 10.5, fill: color)
                } else {
                    svg.text(terms[.absent], x: barLeft + barWidth + 8, y: y + 11.5, size: 10.5, fill: HTMLStyle.muted)
                }
                svg.line(x1: hundred, y1: y, x2: hundred, y2: y + rowHeight, stroke: HTMLStyle.ink, dash: "3 2")
                y += rowHeight
            }
            y += 4
        }
        return svg.render(label: terms[.targetsChart], chart: "diff-targets")
    }
}
