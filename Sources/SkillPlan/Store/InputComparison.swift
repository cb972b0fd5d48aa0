/// Compares the scenario files of two plans field by field: what a planner changed
/// between two versions, shown by ``PlanDiff`` beside what the plan changed.
public enum InputComparison {
    /// The input changes from one set of scenario files to another.
    ///
    /// CSV files are compared by file name (`teacher_groups.csv` → table
    /// `teacher_groups`), rows by their key (`id`, or e.g. `mech/intermediate/2021` for
    /// `applicants`), values as written (trimmed of spaces). The scenario file is the
    /// table `scenario` (see ``InputSnapshot``). A row in one set only appears as its
    /// non-empty fields with `before` (new row) or `after` (row gone) `nil`.
    ///
    /// - Parameters:
    ///   - before: the earlier files, the scenario file first.
    ///   - after: the later files.
    /// - Returns: the changes: tables in the later files' order, then rows, then fields.
    /// - Complexity: O(n) in the number of cells.
    public static func changes(from before: [ScenarioInputFile], to after: [ScenarioInputFile]) -> [InputChange] {
        let old = InputSnapshot(before)
        let new = InputSnapshot(after)
        var seen = Set<InputSnapshot.Cell>()
        let cells = (new.cells + old.cells).filter { seen.insert($0).inserted }
        var tableRank: [String: Int] = [:]
        for cell in cells where tableRank[cell.table] == nil { tableRank[cell.table] = tableRank.count }
        let ordered = cells.enumerated()
            .sorted { (tableRank[$0.element.table] ?? 0, $0.offset) < (tableRank[$1.element.table] ?? 0, $1.offset) }
            .map(\.element)
        var changes: [InputChange] = []
        for cell in ordered {
            let wasRow = old.hasRow(cell.table, cell.id)
            let isRow = new.hasRow(cell.table, cell.id)
            let was = wasRow ? (old.value(cell) ?? "") : nil
            let now = isRow ? (new.value(cell) ?? "") : nil
            guard was != now else { continue }
            if (was == nil && now == "") || (now == nil && was == "") { continue }
            changes.append(InputChange(table: cell.table, id: cell.id, field: cell.field, before: was, after: now))
        }
        return changes
    }
}
