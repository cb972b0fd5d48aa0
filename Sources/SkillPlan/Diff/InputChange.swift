/// A change to a scenario's inputs between two plans: one field of one row of one input
/// table (e.g. `teacher_groups`, `xt-mech`, `max_hire`, `6` → `0`).
///
/// ``PlanDiff`` shows these above the plan's own changes, under "Inputs that changed"
/// (输入变化), so that a reader sees why the plan changed. The caller supplies them: a
/// plan holds only the hash of its inputs, not the inputs.
public struct InputChange: Codable, Sendable, Hashable {
    /// The input table (a data file's name without `.csv`, or `scenario` for the
    /// scenario file's own settings).
    public var table: String
    /// The row's id (an entity id, or a key such as `footwear/senior/2023`).
    public var id: String
    /// The field (a column name).
    public var field: String
    /// The value before, or `nil` when the row is new.
    public var before: String?
    /// The value after, or `nil` when the row is gone.
    public var after: String?

    /// Creates an input change.
    ///
    /// - Parameters:
    ///   - table: the input table.
    ///   - id: the row's id.
    ///   - field: the field.
    ///   - before: the value before (`nil`: the row is new).
    ///   - after: the value after (`nil`: the row is gone).
    public init(table: String, id: String, field: String, before: String?, after: String?) {
        self.table = table
        self.id = id
        self.field = field
        self.before = before
        self.after = after
    }
}
