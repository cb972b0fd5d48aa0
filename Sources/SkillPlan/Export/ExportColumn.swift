/// A column of an ``ExportTable``: an English id (the JSON key, stable across
/// languages), a label in the table's language and the kind of values it holds.
public struct ExportColumn: Sendable, Hashable {
    /// The kinds of values a column holds.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Text.
        case text
        /// Calendar years.
        case year
        /// Whole counts (people, classes, seats, hours).
        case count
        /// Quantities with fractions (FTE).
        case decimal
        /// Shares, as fractions in [0, 1].
        case share
        /// Yuan.
        case money
        /// Numbers whose unit is given by another column of the row (a target's
        /// required and achieved values).
        case quantity

        /// Whether the column holds numbers (right-aligned for people).
        public var isNumeric: Bool { self != .text }
    }

    /// The column's id in English, e.g. `intake`.
    public var id: String
    /// The column's label in the table's language, e.g. `招生`.
    public var label: String
    /// What the column holds.
    public var kind: Kind

    /// Creates a column.
    ///
    /// - Parameters:
    ///   - id: the English id.
    ///   - label: the label in the table's language.
    ///   - kind: what it holds.
    public init(id: String, label: String, kind: Kind) {
        self.id = id
        self.label = label
        self.kind = kind
    }
}
