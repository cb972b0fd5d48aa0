/// The teachers chart of one school: a panel per teacher group, and in it per planning
/// year three bars: FTE available, FTE needed and teachers on rotation.
struct TeachersChart {
    /// The plan.
    let plan: Plan
    /// Names in the chart's language.
    let names: PlanNames
    /// Labels in the chart's language.
    let terms: Terms

    /// The chart of a school, or `nil` when it has no teacher groups or the plan no years.
    ///
    /// - Parameter school: the school's id.
    /// - Returns: the `<svg>` element.
    func svg(school: String) -> String? {
        let years = plan.years
        var seen = Set<String>()
        let groups =
            (plan.catalog.groups.filter { $0.school == school }.map(\.id)
            + plan.groups.filter { $0.school == school }.map(\.group))
            .filter { seen.insert($0).inserted }
            .filter { g in plan.groups.contains { $0.group == g } }
        guard !years.isEmpty, !groups.isEmpty else { return nil }

        let legendHeight = 26.0, panelHeight = 160.0, panelWidth = 240.0
        let columns = min(3, groups.count)
        let width = max(panelWidth * Double(columns), 360)
        let rowCount = (groups.count + columns - 1) / columns
        var svg = SVGBuilder(width: width, height: legendHeight + panelHeight * Double(rowCount))
        let series = [
            (terms[.fteAvailable], HTMLStyle.available), (terms[.fteNeeded], HTMLStyle.needed),
            (terms[.onRotation], HTMLStyle.rotation),
        ]
        var x = 4.0
        for (label, color) in series {
            svg.rect(x: x, y: 8, width: 14, height: 10, fill: color)
            svg.text(label, x: x + 20, y: 17, size: 11)
            x += 28 + Double(TextWidth.of(label)) * 6.5
        }
        for (index, group) in groups.enumerated() {
            let originX = panelWidth * Double(index % columns)
            let originY = legendHeight + panelHeight * Double(index / columns)
            panel(
                &svg, group: group, years: years, x: originX, y: originY, width: panelWidth, height: panelHeight,
                colors: series.map(\.1))
        }
        return svg.render(label: terms[.teachersChart] + " — " + names.school(school), chart: "teachers")
    }

    /// One group's panel.
    private func panel(
        _ svg: inout SVGBuilder, group: String, years: [Int], x: Double, y: Double, width: Double,
        height: Double, colors: [String]
    ) {
        let rows = years.map { year in plan.groups.first { $0.group == group && $0.year == year } }
        let values = rows.map { r in [r?.fteAvailable ?? 0, r?.fteNeeded ?? 0, r?.onRotation ?? 0] }
        let top = SVGBuilder.axis((values.flatMap { $0 }.max() ?? 0) * 1.05)
        let left = x + 36, right = x + width - 10, plotTop = y + 24, plotBottom = y + height - 22
        func py(_ v: Double) -> Double { plotBottom - (plotBottom - plotTop) * v / top.max }

        svg.text(names.group(group), x: x + 6, y: y + 14, size: 11, bold: true)
        for tick in stride(from: 0.0, through: top.max + top.step / 2, by: top.step) {
            svg.line(x1: left, y1: py(tick), x2: right, y2: py(tick), stroke: HTMLStyle.grid)
            svg.text(
                NumberText.count(tick), x: left - 4, y: py(tick) + 3.5, anchor: "end", size: 9, fill: HTMLStyle.muted)
        }
        let slot = (right - left) / Double(years.count)
        let bar = min(12, slot * 0.26)
        let labels = [terms[.fteAvailable], terms[.fteNeeded], terms[.onRotation]]
        for (i, year) in years.enumerated() {
            let centre = left + slot * (Double(i) + 0.5)
            for k in 0..<3 {
                let v = values[i][k]
                svg.rect(
                    x: centre + (Double(k) - 1.5) * bar, y: py(v), width: bar, height: plotBottom - py(v),
                    fill: colors[k], title: "\(names.group(group)) \(year) \(labels[k]): \(NumberText.decimal(v))")
            }
            svg.text(String(year), x: centre, y: plotBottom + 13, anchor: "middle", size: 9.5)
        }
        svg.line(x1: left, y1: plotBottom, x2: right, y2: plotBottom, stroke: HTMLStyle.ink)
    }
}
