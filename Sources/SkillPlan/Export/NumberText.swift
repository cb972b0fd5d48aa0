import Foundation

/// Numbers as text, the same on every machine (no locale): grouped for people, plain
/// for programs.
public enum NumberText {
    /// A count for people: a whole number with digits grouped by thousands (`4,435`).
    ///
    /// People are counted whole (docs/exports.md, "Whole people"): the cohort flow thins
    /// students by retention, so enrolment is fractional inside the plan (`3,161.56`),
    /// and every display rounds it to the nearest whole number, halves away from zero
    /// (`3,162`); plan files and JSON exports keep the exact value.
    ///
    /// - Parameter value: the number.
    /// - Returns: its text.
    public static func count(_ value: Double) -> String {
        grouped(whole(value), decimals: 0)
    }

    /// The rule of whole people: the nearest whole number, halves away from zero.
    ///
    /// - Parameter value: the number.
    /// - Returns: it rounded (never `-0`).
    public static func whole(_ value: Double) -> Double {
        guard value.isFinite else { return value }
        let rounded = value.rounded(.toNearestOrAwayFromZero)
        return rounded == 0 ? 0 : rounded
    }

    /// A quantity with a fraction for people (FTE, students per teacher): one decimal,
    /// none when whole (`12.4`, `12`).
    ///
    /// - Parameter value: the number.
    /// - Returns: its text.
    public static func decimal(_ value: Double) -> String {
        isWhole(value) ? grouped(value, decimals: 0) : grouped(value, decimals: 1)
    }

    /// A share as a percentage with one decimal (`0.3` → `30.0%`); below 1% two decimals
    /// (`0.0042` → `0.42%`).
    ///
    /// - Parameter share: the share, a fraction.
    /// - Returns: its text.
    public static func percent(_ share: Double) -> String {
        guard share.isFinite else { return grouped(share, decimals: 0) }
        let percent = share * 100
        let decimals = abs(percent) < 1 && percent != 0 ? 2 : 1
        return fixed(percent, decimals: decimals) + "%"
    }

    /// Yuan for people: whole yuan with digits grouped by thousands (`1,234,567`).
    ///
    /// - Parameter value: the amount.
    /// - Returns: its text.
    public static func money(_ value: Double) -> String {
        grouped(value, decimals: 0)
    }

    /// A number for programs (CSV): at most six decimals, no trailing zeros, no digit
    /// grouping, no exponent, and never `-0`.
    ///
    /// - Parameter value: the number.
    /// - Returns: its text.
    public static func plain(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "Infinity" : "-Infinity") }
        var text = fixed(value, decimals: 6)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    /// A number rounded to six decimals, for JSON (whose encoder then writes the
    /// shortest text that reads back as it), with `-0` as `0`.
    ///
    /// - Parameter value: the number.
    /// - Returns: the rounded number.
    public static func rounded(_ value: Double) -> Double {
        guard value.isFinite else { return value }
        let r = (value * 1_000_000).rounded() / 1_000_000
        return r == 0 ? 0 : r
    }

    /// A signed change for people: `+15`, `-3.5`, `0`.
    ///
    /// - Parameters:
    ///   - value: the change.
    ///   - money: whether it is yuan (whole yuan).
    /// - Returns: its text.
    public static func signed(_ value: Double, money: Bool = false) -> String {
        let text = money ? self.money(value) : count(value)
        return value > 0 && text != "0" ? "+" + text : text
    }

    /// Two numbers a check compares (students and seats, FTE needed and available, a
    /// decision and its limit), each as planners read it and so that the text shows the
    /// order the numbers have: a whole number stays whole; the others are rounded to
    /// `decimals` places (0 for people: the rule of whole people), or to the fewest more
    /// places, up to six, at which the two rounded numbers still differ the way the
    /// numbers do. `4,500.0037 students > 4,500 seats`, never `4,500 students > 4,500 seats`.
    ///
    /// - Parameters:
    ///   - first: the first number.
    ///   - second: the second number.
    ///   - decimals: the places a fraction gets at least (0 for people, 1 for FTE).
    /// - Returns: their texts, digits grouped by thousands.
    public static func compared(_ first: Double, _ second: Double, decimals: Int = 0) -> (String, String) {
        let order = first < second ? -1 : first > second ? 1 : 0
        var places = decimals
        while places < 6 {
            let a = roundedTo(first, places), b = roundedTo(second, places)
            if (a < b ? -1 : a > b ? 1 : 0) == order { break }
            places += 1
        }
        return (exact(first, places), exact(second, places))
    }

    /// An amount by which a check fails (`by 12`, `by 0.004`): whole when it rounds to a
    /// whole number other than 0, else with the fewest places, up to six, that show it is
    /// not 0.
    ///
    /// - Parameter value: the amount.
    /// - Returns: its text, digits grouped by thousands.
    public static func amount(_ value: Double) -> String {
        var places = 0
        while places < 6, roundedTo(value, places) == 0, value != 0 { places += 1 }
        return exact(value, places)
    }

    /// A number whole if it is whole, else to `places` decimals without trailing zeros.
    private static func exact(_ value: Double, _ places: Int) -> String {
        guard value.isFinite else { return grouped(value, decimals: 0) }
        if abs(value - value.rounded()) < 1e-9 { return grouped(whole(value), decimals: 0) }
        var text = grouped(value, decimals: places)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    /// A number rounded to `places` decimals, halves away from zero.
    private static func roundedTo(_ value: Double, _ places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (value * scale).rounded(.toNearestOrAwayFromZero) / scale
    }

    /// Whether a number shows as a whole number with one decimal (`12.04` does: `12.0`).
    ///
    /// - Parameter value: the number.
    /// - Returns: whether it is within 0.05 of a whole number.
    public static func isWhole(_ value: Double) -> Bool {
        abs(value - value.rounded()) < 0.05
    }

    /// Fixed decimals, locale-free, never `-0`.
    static func fixed(_ value: Double, decimals: Int) -> String {
        let text = String(format: "%.\(decimals)f", value)
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
            return String(text.dropFirst())
        }
        return text
    }

    /// Fixed decimals with the integer digits grouped by thousands.
    static func grouped(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "-∞") }
        return groupingThousands(fixed(value, decimals: decimals))
    }

    /// A plain number's text (`-1234567.5`) with its integer digits grouped by
    /// thousands (`-1,234,567.5`); the one grouping of the package.
    static func groupingThousands(_ text: String) -> String {
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".", maxSplits: 1)
        let integer = Array(parts.first.map(String.init) ?? "0")
        var groupedDigits = ""
        for (index, digit) in integer.enumerated() {
            if index > 0, (integer.count - index) % 3 == 0 { groupedDigits.append(",") }
            groupedDigits.append(digit)
        }
        let fraction = parts.count > 1 ? "." + parts[1] : ""
        return (negative ? "-" : "") + groupedDigits + fraction
    }
}
