extension PlanStore {
    /// The input changes between two versions: the cells of their stored CSV tables and
    /// scenario settings that differ, e.g. `teacher_groups` `xt-mech` `max_hire` 6 → 0.
    ///
    /// - Parameters:
    ///   - a: the earlier version.
    ///   - b: the later version.
    /// - Returns: the changes, as ``InputComparison/changes(from:to:)`` finds them.
    /// - Throws: ``PlanStoreError`` when a version's files cannot be read.
    public func inputChanges(from a: PlanVersionSummary, to b: PlanVersionSummary) throws -> [InputChange] {
        InputComparison.changes(from: try inputFiles(of: a), to: try inputFiles(of: b))
    }
}
