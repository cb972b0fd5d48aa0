/// Look-ups of the technician-college extension (`docs/model.md`, "The technician-college
/// standard in full"): qualified leavers and whether rotation may qualify.
extension ScenarioIndex {
    /// `leaversQ[g,y]`: the qualified teachers among the year's leavers, as given in
    /// `teacher_leavers.csv`, else `leavers[g,y] · Q0[g] / H0[g]` (0 for a group whose
    /// qualification is not planned).
    public func qualifiedLeavers(_ group: TeacherGroup, year: Int) -> Double {
        guard let base = group.qualifiedBase else { return 0 }
        if let given = scenario.leavers.first(where: { $0.group == group.id && $0.year == year })?.qualified {
            return given
        }
        guard group.headcount > 0 else { return 0 }
        return leavers(group.id, year: year) * base / group.headcount
    }

    /// Whether rotation may qualify teachers (`q` free); `false` in the
    /// `rotation-without-qualification` what-if (`rotation.qualifies: false`).
    public var rotationQualifies: Bool { scenario.rotationQualifies ?? true }
}
