/// Which assumed values of a scenario have neither a range nor a documented reason.
extension InputRanges {
    /// Whether a range or a reason covers a row of a table.
    func covers(table: String, id: String, alsoID: String? = nil) -> Bool {
        func selects(_ ids: [String]) -> Bool {
            ids == ["*"] || ids.contains(id) || (alsoID.map(ids.contains) ?? false)
        }
        return inputs.contains { $0.settings.contains { $0.table == table && selects($0.ids) } }
            || exemptions.contains { $0.table == table && selects($0.ids) }
    }

    /// Every row whose `source` says it is an assumption and that no row of the ranges
    /// table covers (by its table and id, or `*`), as `table id`, in table order.
    ///
    /// - Parameter scenario: the scenario.
    /// - Returns: the uncovered rows; empty when every assumption has a range or a reason.
    public func uncoveredAssumptions(in scenario: Scenario) -> [String] {
        func assumed(_ source: String) -> Bool { source.localizedCaseInsensitiveContains("assumption") }
        var missing: [String] = []
        func check(_ table: String, _ id: String, _ source: String, alsoID: String? = nil) {
            if assumed(source) && !covers(table: table, id: id, alsoID: alsoID) { missing.append("\(table) \(id)") }
        }
        for s in scenario.schools { check("schools", s.id, s.source) }
        for l in scenario.levels { check("levels", l.id, l.source) }
        for g in scenario.groups { check("teacher_groups", g.id, g.source) }
        for p in scenario.programmes { check("programmes", p.id, p.source) }
        for t in scenario.targets { check("targets", t.id, t.source) }
        for l in scenario.leavers { check("teacher_leavers", l.group, l.source) }
        let schoolOf = Dictionary(
            scenario.programmes.map { ($0.id, $0.school) }, uniquingKeysWith: { first, _ in first })
        for c in scenario.initialStudents {
            check("initial_students", c.programme, c.source, alsoID: schoolOf[c.programme])
        }
        for a in scenario.applicants { check("applicants", a.programme, a.source, alsoID: schoolOf[a.programme]) }
        for m in scenario.curricula { check("curricula", m.programme, m.source, alsoID: schoolOf[m.programme]) }
        for t in scenario.targets {
            let external: [(String, Bool)] = [
                ("training", !t.externalTraining.isEmpty), ("high_skill_base", t.highSkillBase != nil),
                ("skilled_base", t.skilledBase != nil), ("high_skill_added", !t.highSkillAdded.isEmpty),
                ("skilled_added", !t.skilledAdded.isEmpty),
            ]
            for (field, present) in external where present {
                let ranged = inputs.contains {
                    $0.settings.contains {
                        $0.table == "target_external" && $0.column == field
                            && ($0.ids == ["*"] || $0.ids.contains(t.id))
                    }
                }
                let exempt = exemptions.contains {
                    $0.table == "target_external" && $0.column == field && ($0.ids == ["*"] || $0.ids.contains(t.id))
                }
                if !ranged && !exempt { missing.append("target_external \(t.id) \(field)") }
            }
        }
        var seen = Set<String>()
        return missing.filter { seen.insert($0).inserted }
    }
}
