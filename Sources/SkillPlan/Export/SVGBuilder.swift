import Foundation

/// Builds one inline SVG chart from rectangles, lines and text, with coordinates written
/// to one decimal so that the same chart always gives the same bytes. Shapes may carry a
/// `<title>` that a browser shows on hover (no script needed).
///
/// Kept rather than taken from a package: the charts need a few shapes written byte for
/// byte the same on every run (golden files); Plot and the template engines would add a
/// dependency and an escaping layer of their own for three element kinds.
struct SVGBuilder {
    /// The chart's width in CSS pixels.
    let width: Double
    /// The chart's height in CSS pixels.
    let height: Double
    private var elements: [String] = []

    /// An empty chart of a size.
    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// A rectangle.
    mutating func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String, title: String? = nil,
        cssClass: String? = nil
    ) {
        let cls = cssClass.map { " class=\"\($0)\"" } ?? ""
        let head =
            "<rect\(cls) x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" width=\"\(Self.n(max(0, width)))\" height=\"\(Self.n(max(0, height)))\" fill=\"\(fill)\""
        if let title {
            elements.append(head + "><title>\(HTMLText.escape(title))</title></rect>")
        } else {
            elements.append(head + "/>")
        }
    }

    /// A line.
    mutating func line(
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1,
        dash: String? = nil, title: String? = nil
    ) {
        let dashed = dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
        let head =
            "<line x1=\"\(Self.n(x1))\" y1=\"\(Self.n(y1))\" x2=\"\(Self.n(x2))\" y2=\"\(Self.n(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(Self.n(width))\"\(dashed)"
        if let title {
            elements.append(head + "><title>\(HTMLText.escape(title))</title></line>")
        } else {
            elements.append(head + "/>")
        }
    }

    /// A text.
    mutating func text(
        _ text: String, x: Double, y: Double, anchor: String = "start", size: Double = 11,
        fill: String = HTMLStyle.ink, bold: Bool = false
    ) {
        let weight = bold ? " font-weight=\"600\"" : ""
        elements.append(
            "<text x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" text-anchor=\"\(anchor)\" font-size=\"\(Self.n(size))\" fill=\"\(fill)\"\(weight)>\(HTMLText.escape(text))</text>"
        )
    }

    /// Horizontal grid lines at each tick of an axis, with the tick's value to the left.
    ///
    /// - Parameters:
    ///   - axis: the axis maximum and step (``axis(_:)``).
    ///   - left: where the lines start (the values end 6 pixels before).
    ///   - right: where the lines end.
    ///   - y: the vertical position of a value.
    mutating func gridLines(axis: (max: Double, step: Double), left: Double, right: Double, y: (Double) -> Double) {
        for tick in stride(from: 0.0, through: axis.max + axis.step / 2, by: axis.step) {
            line(x1: left, y1: y(tick), x2: right, y2: y(tick), stroke: HTMLStyle.grid)
            text(NumberText.count(tick), x: left - 6, y: y(tick) + 4, anchor: "end", size: 10, fill: HTMLStyle.muted)
        }
    }

    /// The `<svg>` element.
    ///
    /// - Parameters:
    ///   - label: the chart's accessible name.
    ///   - chart: the chart's kind, in `data-chart`.
    /// - Returns: the element and a newline.
    func render(label: String, chart: String) -> String {
        "<svg data-chart=\"\(chart)\" role=\"img\" aria-label=\"\(HTMLText.escape(label))\" width=\"\(Self.n(width))\" height=\"\(Self.n(height))\" viewBox=\"0 0 \(Self.n(width)) \(Self.n(height))\">\n"
            + elements.joined(separator: "\n") + "\n</svg>\n"
    }

    /// A coordinate with one decimal, `.0` dropped.
    static func n(_ value: Double) -> String {
        let text = NumberText.fixed(value.isFinite ? value : 0, decimals: 1)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// A round axis maximum at or above `value` and its tick step (1, 2 or 5 × 10ⁿ, about
    /// four ticks).
    static func axis(_ value: Double) -> (max: Double, step: Double) {
        guard value > 0, value.isFinite else { return (1, 1) }
        let raw = value / 4
        let magnitude = pow(10, floor(log10(raw)))
        let residual = raw / magnitude
        let step = (residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10) * magnitude
        return ((value / step).rounded(.up) * step, step)
    }
}
