extension PlanTables.Builder {
    /// Per school and year: seats, seats added, enrolment and the share of seats used.
    func seats() -> ([ExportColumn], [ExportRow]) {
        let columns = [
            column(.school, .text), column(.year, .year), column(.seats, .count),
            column(.seatsAdded, .count), column(.enrolment, .count), column(.seatUse, .share),
        ]
        let sorted = plan.schools.enumerated().sorted { a, b in
            (names.schoolOrder(a.element.school), a.element.year, a.offset)
                < (names.schoolOrder(b.element.school), b.element.year, b.offset)
        }.map(\.element)
        let rows = sorted.map { s in
            ExportRow(
                school: s.school,
                values: [
                    .text(names.school(s.school)), .year(s.year), .count(s.capacity), .count(s.seatsAdded),
                    .count(s.enrolment), s.capacity > 0 ? .share(s.enrolment / s.capacity) : .empty,
                ])
        }
        return (columns, rows)
    }

    /// Per school and year, each programme's levels (applicants, intake, turned away,
    /// new classes, classes running, enrolment, graduates) and, in a row of its own whose
    /// level is "short courses", the programme's short-course places and capacity.
    func curriculumPlan() -> ([ExportColumn], [ExportRow]) {
        let high = plan.training.contains { $0.highPlaces != nil }
        var columns = [
            column(.school, .text), column(.year, .year), column(.programme, .text), column(.level, .text),
            column(.applicants, .count), column(.intake, .count), column(.turnedAway, .count),
            column(.newClasses, .count), column(.classesRunning, .count), column(.enrolment, .count),
            column(.graduates, .count), column(.trainingPlaces, .count), column(.trainingCapacity, .count),
        ]
        if high {
            columns += [column(.basicPlaces, .count), column(.highPlaces, .count), column(.highCapacity, .count)]
        }
        typealias Keyed = (key: [Int], row: ExportRow)
        var keyed: [Keyed] = []
        for (i, p) in plan.programmeLevels.enumerated() {
            let row = ExportRow(
                school: p.school,
                values: [
                    .text(names.school(p.school)), .year(p.year), .text(names.programme(p.programme)),
                    .text(names.level(p.level)), p.applicants.map(ExportValue.count) ?? .empty, .count(p.intake),
                    .count(p.turnedAway), .count(p.classes), .count(p.classesByYearOfStudy.reduce(0, +)),
                    .count(p.enrolment), .count(p.graduates), .empty, .empty,
                ] + (high ? [.empty, .empty, .empty] : []))
            keyed.append(
                (
                    [
                        names.schoolOrder(p.school), p.year, names.programmeOrder(p.programme), 0,
                        names.levelOrder(p.level), i,
                    ], row
                ))
        }
        for (i, t) in plan.training.enumerated() {
            let row = ExportRow(
                school: t.school,
                values: [
                    .text(names.school(t.school)), .year(t.year), .text(names.programme(t.programme)),
                    .text(terms[.shortCourses]), .empty, .empty, .empty, .empty, .empty, .empty, .empty,
                    .count(t.places), .count(t.capacity),
                ]
                    + (high
                        ? [
                            .count(t.basicPlaces), t.highPlaces.map(ExportValue.count) ?? .empty,
                            t.highCapacity.map(ExportValue.count) ?? .empty,
                        ] : []))
            keyed.append(([names.schoolOrder(t.school), t.year, names.programmeOrder(t.programme), 1, 0, i], row))
        }
        return (columns, keyed.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map(\.row))
    }

    /// Per programme level and year: the classes running in each year of study and in all.
    func classesRunning() -> ([ExportColumn], [ExportRow]) {
        let depth = maxYearsOfStudy
        var columns = [column(.school, .text), column(.programme, .text), column(.level, .text), column(.year, .year)]
        columns += (0..<depth).map { k in
            ExportColumn(id: "yearOfStudy\(k + 1)", label: terms.yearOfStudy(k + 1), kind: .count)
        }
        columns.append(column(.total, .count))
        let sorted = plan.programmeLevels.enumerated().sorted { a, b in
            let x = a.element, y = b.element
            return [
                names.schoolOrder(x.school), names.programmeOrder(x.programme), names.levelOrder(x.level), x.year,
                a.offset,
            ]
            .lexicographicallyPrecedes([
                names.schoolOrder(y.school), names.programmeOrder(y.programme),
                names.levelOrder(y.level), y.year, b.offset,
            ])
        }.map(\.element)
        let rows = sorted.map { p in
            let byYear = p.classesByYearOfStudy
            let cells: [ExportValue] = (0..<depth).map { k in k < byYear.count ? .count(byYear[k]) : .empty }
            return ExportRow(
                school: p.school,
                values: [
                    .text(names.school(p.school)), .text(names.programme(p.programme)), .text(names.level(p.level)),
                    .year(p.year),
                ] + cells + [.count(byYear.reduce(0, +))])
        }
        return (columns, rows)
    }
}
