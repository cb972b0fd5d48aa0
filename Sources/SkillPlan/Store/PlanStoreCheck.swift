/// What ``PlanStore/check()`` found.
public struct PlanStoreCheck: Sendable, Hashable {
    /// SQLite's `PRAGMA integrity_check` result: `["ok"]` for a sound file.
    public var integrity: [String]
    /// Versions whose plan and files were read back and checked.
    public var versionsChecked: Int
    /// Every problem, one line each (empty for a sound store).
    public var problems: [String]

    /// Whether the store is sound: SQLite's check says `ok` and every version reads back.
    public var isSound: Bool { problems.isEmpty && integrity == ["ok"] }
}
