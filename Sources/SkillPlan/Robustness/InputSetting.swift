/// One row of a ranges table (`ranges.csv`): a number column of some rows of one
/// scenario table, and the low and high values it may take.
public struct InputSetting: Sendable, Hashable, Codable {
    /// How ``low`` and ``high`` apply to the cells.
    public enum Mode: String, Sendable, Hashable, Codable {
        /// The cells take the value itself.
        case value
        /// The cells are multiplied by it.
        case factor
    }

    /// The table, as `overrides:` names it (`schools`, `levels`, `teacher_groups`,
    /// `programmes`, `targets`), or `target_external` (ids are targets, columns the
    /// fields) or `applicants` (ids are programmes or schools).
    public var table: String
    /// The rows' ids; `["*"]` for every row.
    public var ids: [String]
    /// The number column (for `target_external`, the field: every year of it).
    public var column: String
    /// Whether the bounds are values or factors.
    public var mode: Mode
    /// The low value (or factor).
    public var low: Double
    /// The high value (or factor).
    public var high: Double
    /// Why these bounds.
    public var source: String
    /// Where the row is, `file:line`.
    public var location: String

    /// A setting.
    public init(
        table: String, ids: [String], column: String, mode: Mode, low: Double, high: Double, source: String,
        location: String = "ranges.csv"
    ) {
        self.table = table
        self.ids = ids
        self.column = column
        self.mode = mode
        self.low = low
        self.high = high
        self.source = source
        self.location = location
    }

    /// Whether the setting selects the row with this id.
    func selects(_ id: String) -> Bool { ids == ["*"] || ids.contains(id) }

    /// The new value of a cell at a bound.
    func value(_ old: Double, at bound: InputBound) -> Double {
        let given = bound == .low ? low : high
        return mode == .factor ? old * given : given
    }
}

/// Which end of its range an uncertain input is set to.
public enum InputBound: String, Sendable, Hashable, Codable, CaseIterable {
    /// The low value.
    case low
    /// The high value.
    case high
}
