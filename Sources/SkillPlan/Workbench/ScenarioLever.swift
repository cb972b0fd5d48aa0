/// One value of a scenario a planner turns to ask "what if": a setting of the scenario
/// file (`solver.time_limit`) or one column of one row of a data table, changed through
/// the file's `overrides:` (`schools.xn-tech.capacity`).
public struct ScenarioLever: Sendable, Hashable, Identifiable {
    /// What the lever is.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A setting of the scenario file: `solver.time_limit`, `solver.mip_gap`,
        /// `rotation.cycle_years`.
        case setting
        /// A school's column (`schools`).
        case school
        /// A teacher group's column (`teacher_groups`).
        case teacherGroup
        /// A target's column (`targets`).
        case target

        /// The table `overrides:` names, for an override.
        public var overrideTable: String? {
            switch self {
            case .setting: nil
            case .school: "schools"
            case .teacherGroup: "teacher_groups"
            case .target: "targets"
            }
        }
    }

    /// The lever's key, unique in a scenario: `solver.mip_gap`, or
    /// `<table>.<row id>.<column>` for an override (`teacher_groups.xt-mech.max_hire`).
    public var id: String
    /// What it is.
    public var kind: Kind
    /// The row's id (an override), or `nil` for a setting.
    public var row: String?
    /// The column (an override) or the setting's key inside its section (`mip_gap`).
    public var column: String
    /// The row's name in Chinese (empty for a setting).
    public var rowNameZh: String
    /// The row's name in English (empty for a setting).
    public var rowNameEn: String
    /// The value the scenario has, as the files write it (`3300`, `0.005`; empty for
    /// none, e.g. no rotation cycle).
    public var value: String

    /// Creates a lever.
    public init(
        id: String, kind: Kind, row: String?, column: String, rowNameZh: String, rowNameEn: String, value: String
    ) {
        self.id = id
        self.kind = kind
        self.row = row
        self.column = column
        self.rowNameZh = rowNameZh
        self.rowNameEn = rowNameEn
        self.value = value
    }

    /// The row's name in a language, else its id.
    public func rowName(_ language: Language) -> String {
        let name = language == .zh ? rowNameZh : rowNameEn
        return name.isEmpty ? (row ?? "") : name
    }
}
