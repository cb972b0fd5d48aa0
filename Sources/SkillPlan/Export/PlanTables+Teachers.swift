extension PlanTables.Builder {
    /// Per teacher group and year: headcount, leavers, hires, on rotation, teaching
    /// hours, FTE needed, FTE available and FTE spare (available − needed); where the plan
    /// plans qualification (一体化/双师型), also the qualified teachers, those newly
    /// qualified on rotation and the qualified share of the headcount.
    func teacherPlan() -> ([ExportColumn], [ExportRow]) {
        let qualification = plan.groups.contains { $0.qualified != nil }
        var columns = [
            column(.school, .text), column(.group, .text), column(.year, .year), column(.headcount, .count),
            column(.leavers, .count), column(.hires, .count), column(.onRotation, .count),
            column(.teachingHours, .count), column(.fteNeeded, .decimal), column(.fteAvailable, .decimal),
            column(.fteSpare, .decimal),
        ]
        if qualification {
            columns += [column(.qualified, .decimal), column(.newlyQualified, .count), column(.qualifiedShare, .share)]
        }
        let sorted = plan.groups.enumerated().sorted { a, b in
            let x = a.element, y = b.element
            return [names.schoolOrder(x.school), names.groupOrder(x.group), x.year, a.offset]
                .lexicographicallyPrecedes([names.schoolOrder(y.school), names.groupOrder(y.group), y.year, b.offset])
        }.map(\.element)
        let rows = sorted.map { g in
            var values: [ExportValue] = [
                .text(names.school(g.school)), .text(names.group(g.group)), .year(g.year), .count(g.headcount),
                .count(g.leavers), .count(g.hires), .count(g.onRotation), .count(g.teachingHours),
                .decimal(g.fteNeeded), .decimal(g.fteAvailable), .decimal(g.fteAvailable - g.fteNeeded),
            ]
            if qualification {
                values += [
                    g.qualified.map(ExportValue.decimal) ?? .empty, g.newlyQualified.map(ExportValue.count) ?? .empty,
                    g.qualifiedShare.map(ExportValue.share) ?? .empty,
                ]
            }
            return ExportRow(school: g.school, values: values)
        }
        return (columns, rows)
    }

    /// Per teacher group: the years counted, the teachers to rotate (base headcount less
    /// leavers), the rotations planned and whether every teacher is rotated (全员轮训).
    func rotation() -> ([ExportColumn], [ExportRow]) {
        let columns = [
            column(.school, .text), column(.group, .text), column(.yearsCounted, .text),
            column(.toRotate, .count), column(.rotated, .count), column(.status, .text),
        ]
        var school = names.groupSchool
        for g in plan.groups where school[g.group] == nil { school[g.group] = g.school }
        let sorted = plan.rotation.enumerated().sorted { a, b in
            let sa = school[a.element.group] ?? "", sb = school[b.element.group] ?? ""
            return [names.schoolOrder(sa), names.groupOrder(a.element.group), a.offset]
                .lexicographicallyPrecedes([names.schoolOrder(sb), names.groupOrder(b.element.group), b.offset])
        }.map(\.element)
        let rows = sorted.map { r in
            let s = school[r.group]
            return ExportRow(
                school: s,
                values: [
                    .text(s.map(names.school) ?? ""), .text(names.group(r.group)), .text(PlanNames.years(r.years)),
                    .count(r.required), .count(r.rotated), .text(terms.met(r.rotated >= r.required - 1e-6)),
                ])
        }
        return (columns, rows)
    }
}
