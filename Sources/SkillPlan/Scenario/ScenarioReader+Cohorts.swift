/// Turning the rows of the student tables and the teaching plans into the scenario's
/// initial cohorts, applicants and curriculum modules.
extension ScenarioReader {
    /// The largest year of study a curriculum row may name before it is taken for a typo.
    private static let greatestYearOfStudy = 12

    mutating func decodeInitialStudents(_ rows: [TableRow]) -> [InitialCohort] {
        var cohorts: [InitialCohort] = []
        for row in rows {
            var d = RowDecoder(row: row)
            let programme = d.requiredText("programme", meaning: "the programme's id")
            let level = d.requiredText("level", meaning: "the level's id")
            let yearOfStudy = d.integer("year_of_study", meaning: "the year of study, from 1")
            let students = d.number("students", meaning: "the students in the base year")
            let classes = d.optionalNumber("classes", meaning: "the classes running (or leave it empty)")
            guard finish(d), let programme, let level, let yearOfStudy, let students, let classes else { continue }
            cohorts.append(
                InitialCohort(
                    programme: programme, level: level, yearOfStudy: yearOfStudy, students: students,
                    classes: classes, source: d.text("source")))
            sourceMap.record(
                .initialStudents, ScenarioSourceMap.key([programme, level, String(yearOfStudy)]), at: row.location)
        }
        return cohorts
    }

    mutating func decodeApplicants(_ rows: [TableRow]) -> [Applicants] {
        var demand: [Applicants] = []
        for row in rows {
            var d = RowDecoder(row: row)
            let programme = d.requiredText("programme", meaning: "the programme's id")
            let level = d.requiredText("level", meaning: "the level's id")
            let year = d.integer("year", meaning: "the planning year")
            let applicants = d.number("applicants", meaning: "the applicants for a first-year place")
            guard finish(d), let programme, let level, let year, let applicants else { continue }
            demand.append(
                Applicants(
                    programme: programme, level: level, year: year, applicants: applicants,
                    source: d.text("source")))
            sourceMap.record(.applicants, ScenarioSourceMap.key([programme, level, String(year)]), at: row.location)
        }
        return demand
    }

    /// One module per programme, level and module id, its hours sized to the level's
    /// duration (years without a row have 0 hours).
    mutating func decodeCurricula(_ rows: [TableRow], levels: [Level]) -> [CurriculumModule] {
        let durations = Dictionary(levels.map { ($0.id, $0.duration) }, uniquingKeysWith: { first, _ in first })
        var modules: [CurriculumModule] = []
        var moduleIndex: [String: Int] = [:]
        var firstLines: [String: SourceLocation] = [:]
        var hours: [String: [Int: Double]] = [:]
        for row in rows {
            var d = RowDecoder(row: row)
            let programme = d.requiredText("programme", meaning: "the programme's id")
            let level = d.requiredText("level", meaning: "the level's id")
            let module = d.requiredText("module", meaning: "the module's id, unique within the programme level")
            let group = d.requiredText("group", meaning: "the id of the teacher group that teaches the module")
            let yearOfStudy = d.integer("year_of_study", meaning: "the year of study, from 1")
            let moduleHours = d.number("hours", meaning: "the teaching hours per class in that year of study")
            if let yearOfStudy, yearOfStudy < 1 || yearOfStudy > Self.greatestYearOfStudy {
                let duration = level.flatMap { durations[$0] }
                d.report(
                    "year_of_study",
                    "is \(yearOfStudy), must be 1–\(duration.map(String.init) ?? "the level's duration")",
                    fix: "give the year of study the hours are taught in, from 1 to the level's duration")
            }
            guard finish(d), let programme, let level, let module, let group, let yearOfStudy, let moduleHours else {
                continue
            }
            let key = ScenarioSourceMap.key([programme, level, module])
            let rowKey = ScenarioSourceMap.key([programme, level, module, String(yearOfStudy)])
            if let index = moduleIndex[key] {
                let first = modules[index]
                let firstLine = firstLines[key].map(\.description) ?? "its first row"
                if first.group != group {
                    report(
                        row.location(of: "group"), field: "group",
                        "is \"\(group)\", but \(firstLine) gives \"\(first.group)\" for module \(module) of \(programme) \(level)",
                        fix:
                            "teach a module by one group: give the same group on every row of the module, or give the module another id"
                    )
                    continue
                }
                if hours[key]?[yearOfStudy] != nil {
                    report(
                        row.location, field: "year_of_study",
                        "module \(module) of \(programme) \(level) has a second row for year of study \(yearOfStudy)",
                        fix: "keep one row per module and year of study")
                    continue
                }
            } else {
                moduleIndex[key] = modules.count
                firstLines[key] = row.location
                modules.append(
                    CurriculumModule(
                        programme: programme, level: level, module: module,
                        nameZh: d.text("module_zh"), nameEn: d.text("module_en"), group: group,
                        hoursByYearOfStudy: [], source: d.text("source")))
                sourceMap.record(.curriculum, key, at: row.location)
            }
            hours[key, default: [:]][yearOfStudy] = moduleHours
            sourceMap.record(.curriculum, rowKey, at: row.location)
        }
        for index in modules.indices {
            let module = modules[index]
            let key = ScenarioSourceMap.key([module.programme, module.level, module.module])
            let byYear = hours[key] ?? [:]
            let size = max(durations[module.level] ?? 0, byYear.keys.max() ?? 0)
            modules[index].hoursByYearOfStudy = (0..<size).map { byYear[$0 + 1] ?? 0 }
        }
        return modules
    }
}
