extension PlanTables.Builder {
    /// Every target row: target, kind, scope school, year, programme, level, required,
    /// achieved, unit, shortfall, shortfall unit and whether it is met. Shares are
    /// fractions (percentages for people); the ratio kind is in students per teacher.
    func targets() -> ([ExportColumn], [ExportRow]) {
        let columns = [
            column(.target, .text), column(.kind, .text), column(.school, .text), column(.year, .year),
            column(.programme, .text), column(.level, .text), column(.required, .quantity),
            column(.achieved, .quantity), column(.unit, .text), column(.shortfall, .count),
            column(.shortfallUnit, .text), column(.status, .text),
        ]
        let rows = plan.targets.map { t in
            let school = names.targetSchool(t.target)
            return ExportRow(values: [
                .text(names.target(t.target)), .text(terms.kind(t.kind)),
                .text(school.map(names.school) ?? terms[.cityWide]), t.year.map(ExportValue.year) ?? .empty,
                t.programme.map { .text(names.programme($0)) } ?? .empty,
                t.level.map { .text(names.level($0)) } ?? .empty,
                Self.quantity(t.required, unit: t.unit), Self.quantity(t.achieved, unit: t.unit),
                .text(terms.unit(t.unit)), .count(t.shortfall), .text(terms.unit(t.shortfallUnit)),
                .text(terms.met(t.met)),
            ])
        }
        return (columns, rows)
    }

    /// A target's value typed by its unit: a share, a ratio (with a fraction) or a count.
    static func quantity(_ value: Double, unit: String) -> ExportValue {
        switch unit {
        case "share": .share(value)
        case "students-per-teacher": .decimal(value)
        default: .count(value)
        }
    }
}
