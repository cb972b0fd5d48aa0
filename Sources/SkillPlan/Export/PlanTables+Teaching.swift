extension PlanTables.Builder {
    /// The teaching plan (教学计划) of each programme level, one row per module: its
    /// teaching group, hours per class in each year of study, hours per class over the
    /// whole course, and the teaching hours it needs in each planning year (hours per
    /// class in each year of study × the classes running in that year of study).
    func teachingPlan() -> ([ExportColumn], [ExportRow]) {
        let depth = maxYearsOfStudy
        var columns = [
            column(.school, .text), column(.programme, .text), column(.level, .text),
            column(.module, .text), column(.group, .text),
        ]
        columns += (0..<depth).map { k in
            ExportColumn(id: "hoursPerClassYear\(k + 1)", label: terms.hoursPerClass(yearOfStudy: k + 1), kind: .count)
        }
        columns.append(column(.totalHoursPerClass, .count))
        columns += plan.years.map { y in ExportColumn(id: "hours\(y)", label: terms.teachingHours(in: y), kind: .count)
        }

        var running: [String: [Double]] = [:]
        for p in plan.programmeLevels { running["\(p.programme)|\(p.level)|\(p.year)"] = p.classesByYearOfStudy }
        let sorted = plan.curricula.enumerated().sorted { a, b in
            let x = a.element, y = b.element
            return [
                names.schoolOrder(school(of: x)), names.programmeOrder(x.programme), names.levelOrder(x.level),
                a.offset,
            ]
            .lexicographicallyPrecedes([
                names.schoolOrder(school(of: y)), names.programmeOrder(y.programme),
                names.levelOrder(y.level), b.offset,
            ])
        }.map(\.element)
        var rows: [ExportRow] = []
        for curriculum in sorted {
            let school = school(of: curriculum)
            for module in curriculum.modules {
                let hours = module.hoursByYearOfStudy
                var values: [ExportValue] = [
                    .text(names.school(school)), .text(names.programme(curriculum.programme)),
                    .text(names.level(curriculum.level)), .text(names.module(module)), .text(names.group(module.group)),
                ]
                values += (0..<depth).map { k in k < hours.count ? .count(hours[k]) : .empty }
                values.append(.count(hours.reduce(0, +)))
                values += plan.years.map { y in
                    let classes = running["\(curriculum.programme)|\(curriculum.level)|\(y)"] ?? []
                    return .count(zip(hours, classes).reduce(0) { $0 + $1.0 * $1.1 })
                }
                rows.append(ExportRow(school: school, values: values))
            }
        }
        return (columns, rows)
    }

    /// The school of a programme level's curriculum.
    private func school(of curriculum: CurriculumPlan) -> String {
        names.programmeSchool[curriculum.programme]
            ?? plan.programmeLevels.first { $0.programme == curriculum.programme }?.school ?? ""
    }
}
