/// The colours of a chart's series: twelve distinct colours, then hues a golden angle
/// apart. The same index always gives the same colour.
enum ChartPalette {
    private static let base = [
        "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948",
        "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#1b9e77", "#7570b3",
    ]

    /// The colour of series `index`.
    ///
    /// - Parameter index: the series' position, from 0.
    /// - Returns: a CSS colour.
    static func color(_ index: Int) -> String {
        if index < base.count { return base[index] }
        let hue = (index * 137) % 360
        return "hsl(\(hue), 50%, 52%)"
    }
}
