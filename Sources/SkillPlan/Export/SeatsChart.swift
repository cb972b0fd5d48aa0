/// The seats chart of one school: per planning year, a bar of the school's full-time
/// students stacked by programme, the total above it, and the school's seats as a dashed
/// mark across the bar; a legend of the programmes on the right.
struct SeatsChart {
    /// The plan.
    let plan: Plan
    /// Names in the chart's language.
    let names: PlanNames
    /// Labels in the chart's language.
    let terms: Terms

    /// The chart of a school, or `nil` when the plan has no years.
    ///
    /// - Parameter school: the school's id.
    /// - Returns: the `<svg>` element.
    func svg(school: String) -> String? {
        let years = plan.years
        guard !years.isEmpty else { return nil }
        let programmes = Self.programmes(of: school, in: plan)
        let series: [(name: String, values: [Double])] = programmes.compactMap { p in
            let values = years.map { y in
                plan.programmeLevels.filter { $0.programme == p && $0.year == y }.reduce(0) { $0 + $1.enrolment }
            }
            return values.contains { $0 > 0 } ? (names.programme(p), values) : nil
        }
        let seats = years.map { y in plan.schools.first { $0.school == school && $0.year == y }?.capacity }
        let totals = years.indices.map { i in series.reduce(0) { $0 + $1.values[i] } }
        let top = SVGBuilder.axis(max(totals.max() ?? 0, seats.compactMap { $0 }.max() ?? 0) * 1.05)

        let width = 720.0, legendWidth = 230.0, left = 56.0, right = width - legendWidth - 12
        let height = max(240, 40 + 16 * Double(series.count + 1))
        let plotTop = 16.0, plotBottom = height - 26
        var svg = SVGBuilder(width: width, height: height)
        func y(_ v: Double) -> Double { plotBottom - (plotBottom - plotTop) * v / top.max }

        svg.gridLines(axis: top, left: left, right: right, y: y)
        let slot = (right - left) / Double(years.count)
        let bar = min(60, slot * 0.56)
        for (i, year) in years.enumerated() {
            let centre = left + slot * (Double(i) + 0.5)
            var base = 0.0
            for (k, s) in series.enumerated() where s.values[i] > 0 {
                svg.rect(
                    x: centre - bar / 2, y: y(base + s.values[i]), width: bar, height: y(base) - y(base + s.values[i]),
                    fill: ChartPalette.color(k), title: "\(s.name) \(year): \(NumberText.count(s.values[i]))")
                base += s.values[i]
            }
            let labelY = min(y(totals[i]), seats[i].map(y) ?? .infinity) - 5
            svg.text(NumberText.money(totals[i]), x: centre, y: labelY, anchor: "middle", size: 10)
            if let capacity = seats[i] {
                svg.line(
                    x1: centre - bar / 2 - 8, y1: y(capacity), x2: centre + bar / 2 + 8, y2: y(capacity),
                    stroke: HTMLStyle.ink, width: 2, dash: "5 3",
                    title: "\(terms[.seats]) \(year): \(NumberText.count(capacity))")
            }
            svg.text(String(year), x: centre, y: plotBottom + 16, anchor: "middle", size: 11)
        }
        svg.line(x1: left, y1: plotBottom, x2: right, y2: plotBottom, stroke: HTMLStyle.ink)

        let legendX = right + 20
        svg.line(
            x1: legendX, y1: plotTop + 6, x2: legendX + 14, y2: plotTop + 6, stroke: HTMLStyle.ink, width: 2,
            dash: "5 3")
        svg.text(terms[.seats], x: legendX + 20, y: plotTop + 10, size: 11)
        for (k, s) in series.enumerated().reversed() {
            let row = plotTop + 16 * Double(series.count - k)
            svg.rect(x: legendX, y: row, width: 14, height: 10, fill: ChartPalette.color(k))
            svg.text(s.name, x: legendX + 20, y: row + 9, size: 11)
        }
        return svg.render(label: terms[.seatsChart] + " — " + names.school(school), chart: "seats")
    }

    /// The programmes of a school, in the catalogue's order, then any other that a row names.
    static func programmes(of school: String, in plan: Plan) -> [String] {
        var seen = Set<String>()
        let ids =
            plan.catalog.programmes.filter { $0.school == school }.map(\.id)
            + plan.programmeLevels.filter { $0.school == school }.map(\.programme)
        return ids.filter { seen.insert($0).inserted }
    }
}
