/// One cell of an ``ExportTable``: typed, so that each format writes it its own way
/// (CSV and JSON plain numbers, Markdown and HTML grouped digits and percentages).
public enum ExportValue: Sendable, Hashable {
    /// Text: a name, a label, a status.
    case text(String)
    /// A calendar year, written without digit grouping.
    case year(Int)
    /// A count of people, classes, seats or hours: whole numbers in every display and CSV
    /// (rounded by ``NumberText/whole(_:)``), the exact value in JSON.
    case count(Double)
    /// A quantity with a fraction (FTE, students per teacher): one decimal for people.
    case decimal(Double)
    /// A share in [0, 1]: a percentage (one decimal in CSV), the fraction in JSON.
    case share(Double)
    /// An amount of money in yuan: digits grouped by thousands for people.
    case money(Double)
    /// An amount of money that people read as words when the words are given (a target
    /// price within the gap, or not settled): the words in every display and in CSV, the
    /// amount as money otherwise; JSON keeps the amount, with the reading's code beside it
    /// (``JSONExporter``: the column's id followed by `Reading`).
    case reading(Double, words: String?, code: String)
    /// No value (unknown or not applicable).
    case empty

    /// The number in the cell, if it holds one.
    public var number: Double? {
        switch self {
        case .count(let v), .decimal(let v), .share(let v), .money(let v), .reading(let v, _, _): v
        case .year(let y): Double(y)
        case .text, .empty: nil
        }
    }

    /// The cell as people read it (Markdown, HTML, the diff's text).
    public var humanText: String {
        switch self {
        case .text(let s): s
        case .year(let y): String(y)
        case .count(let v): NumberText.count(v)
        case .decimal(let v): NumberText.decimal(v)
        case .share(let v): NumberText.percent(v)
        case .money(let v): NumberText.money(v)
        case .reading(let v, let words, _): words ?? NumberText.money(v)
        case .empty: ""
        }
    }

    /// The cell as a spreadsheet reads it (CSV): no digit grouping, people whole (the
    /// rule of ``NumberText/whole(_:)``), shares as percentages with one decimal (two
    /// below 1%, ``NumberText/percent(_:)``, which Excel and WPS read as numbers), other
    /// numbers with at most six decimals.
    public var plainText: String {
        switch self {
        case .text(let s): s
        case .year(let y): String(y)
        case .count(let v): NumberText.plain(NumberText.whole(v))
        case .share(let v): NumberText.percent(v)
        case .decimal(let v), .money(let v): NumberText.plain(v)
        case .reading(let v, let words, _): words ?? NumberText.plain(v)
        case .empty: ""
        }
    }
}
