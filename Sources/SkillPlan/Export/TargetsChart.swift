/// The target attainment chart: per target a heading, and per row (per year, or once
/// for a cumulative target) a bar of achieved ÷ required up to 150%, a line at 100%, met
/// rows in one colour and short rows in another, and the numbers beside the bar. A
/// `serve-demand` target's rows are added up per year (applicants admitted ÷ applicants).
/// For a student–teacher ratio, where less is better, the bar is required ÷ achieved.
struct TargetsChart {
    /// The plan.
    let plan: Plan
    /// Names in the chart's language.
    let names: PlanNames
    /// Labels in the chart's language.
    let terms: Terms

    /// One bar.
    struct Bar {
        /// The year, if the row has one.
        var year: Int?
        /// What is required.
        var required: Double
        /// What is achieved.
        var achieved: Double
        /// The unit of both.
        var unit: String
        /// Whether every row behind the bar is met.
        var met: Bool

        /// Achieved ÷ required (required ÷ achieved for a ratio), 1 when nothing is required.
        var attainment: Double {
            if unit == "students-per-teacher" {
                guard achieved.isFinite else { return 0 }
                return achieved > 0 ? required / achieved : 1
            }
            return required > 0 ? achieved / required : 1
        }
    }

    /// The bars of each target, in the plan's order.
    var bars: [(target: String, bars: [Bar])] {
        plan.targetIDs.map { id in
            let rows = plan.targets.filter { $0.target == id }
            guard rows.first?.kind == .serveDemand else {
                return (
                    id,
                    rows.map {
                        Bar(year: $0.year, required: $0.required, achieved: $0.achieved, unit: $0.unit, met: $0.met)
                    }
                )
            }
            var years: [Int?] = []
            for r in rows where !years.contains(r.year) { years.append(r.year) }
            return (
                id,
                years.map { y in
                    let ofYear = rows.filter { $0.year == y }
                    return Bar(
                        year: y, required: ofYear.reduce(0) { $0 + $1.required },
                        achieved: ofYear.reduce(0) { $0 + $1.achieved },
                        unit: ofYear.first?.unit ?? "", met: ofYear.allSatisfy(\.met))
                }
            )
        }
    }

    /// The chart, or `nil` when the plan has no targets.
    ///
    /// - Returns: the `<svg>` element.
    func svg() -> String? {
        let groups = bars
        guard !groups.isEmpty else { return nil }
        let width = 720.0, barLeft = 64.0, barWidth = 330.0, scale = 1.5, header = 20.0, rowHeight = 17.0
        let height = 34 + groups.reduce(0) { $0 + header + rowHeight * Double($1.bars.count) } + 6
        var svg = SVGBuilder(width: width, height: height)
        let legend = [(terms[.met], HTMLStyle.met), (terms[.short], HTMLStyle.short)]
        var x = 4.0
        for (label, color) in legend {
            svg.rect(x: x, y: 6, width: 14, height: 10, fill: color)
            svg.text(label, x: x + 20, y: 15, size: 11)
            x += 30 + Double(TextWidth.of(label)) * 6.5
        }
        let hundred = barLeft + barWidth / scale
        svg.text("100%", x: hundred, y: 15, anchor: "middle", size: 10, fill: HTMLStyle.muted)

        var y = 28.0
        for group in groups {
            svg.text(names.target(group.target), x: 4, y: y + 13, size: 11.5, bold: true)
            y += header
            for bar in group.bars {
                let share = min(max(bar.attainment, 0), scale)
                let color = bar.met ? HTMLStyle.met : HTMLStyle.short
                let unit = bar.unit == "share" ? "" : " " + terms.unit(bar.unit)
                let label =
                    "\(value(bar.achieved, bar.unit)) / \(value(bar.required, bar.unit))\(unit) · \(NumberText.percent(bar.attainment))"
                svg.text(
                    bar.year.map(String.init) ?? terms[.total], x: barLeft - 8, y: y + 11, anchor: "end", size: 10.5)
                svg.rect(x: barLeft, y: y + 2, width: barWidth, height: 12, fill: "#f3f4f6")
                svg.rect(
                    x: barLeft, y: y + 2, width: barWidth * share / scale, height: 12, fill: color,
                    title: "\(names.target(group.target)) \(bar.year.map(String.init) ?? ""): \(label)",
                    cssClass: bar.met ? "met" : "short")
                svg.text(label, x: barLeft + barWidth + 8, y: y + 12, size: 10.5, fill: color)
                svg.line(x1: hundred, y1: y, x2: hundred, y2: y + rowHeight, stroke: HTMLStyle.ink, dash: "3 2")
                y += rowHeight
            }
        }
        return svg.render(label: terms[.targetsChart], chart: "targets")
    }

    /// A required or achieved value as people read it.
    private func value(_ v: Double, _ unit: String) -> String {
        PlanTables.Builder.quantity(v, unit: unit).humanText
    }
}
