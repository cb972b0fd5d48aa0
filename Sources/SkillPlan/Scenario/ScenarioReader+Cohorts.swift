/// Turning the rows of the student tables and the teaching plans into the scenario's
/// initial cohorts, applicants and curriculum modules.
extension ScenarioReader {
    /// The largest year of study a curriculum row may name before it is taken for a typo.
    private static let greatestYearOfStudy = 12

    mutating func decodeInitialStudents(_ rows: [TableRow]) -> [InitialCohort] {
        var cohorts: [InitialCohort] = []
        for row in rows {
            var d = RowDecoder(row: row)
            let programme = d.requiredText("programme", meaning: ("the programme's id", "专业编号"))
            let level = d.requiredText("level", meaning: ("the level's id", "层次编号"))
            let yearOfStudy = d.integer("year_of_study", meaning: ("the year of study, from 1", "学年（从 1 起）"))
            let students = d.number("students", meaning: ("the students in the base year", "基准年的在校生人数"))
            let classes = d.optionalNumber(
                "classes", meaning: ("the classes running (or leave it empty)", "在读班级数（或留空）"))
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
            let programme = d.requiredText("programme", meaning: ("the programme's id", "专业编号"))
            let level = d.requiredText("level", meaning: ("the level's id", "层次编号"))
            let year = d.integer("year", meaning: ("the planning year", "规划年份"))
            let applicants = d.number("applicants", meaning: ("the applicants for a first-year place", "报名一年级学位的人数"))
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
            let programme = d.requiredText("programme", meaning: ("the programme's id", "专业编号"))
            let level = d.requiredText("level", meaning: ("the level's id", "层次编号"))
            let module = d.requiredText(
                "module", meaning: ("the module's id, unique within the programme level", "课程模块编号（在同一专业层次内唯一）"))
            let group = d.requiredText(
                "group", meaning: ("the id of the teacher group that teaches the module", "讲授该课程模块的教研组编号"))
            let yearOfStudy = d.integer("year_of_study", meaning: ("the year of study, from 1", "学年（从 1 起）"))
            let moduleHours = d.number(
                "hours", meaning: ("the teaching hours per class in that year of study", "该学年每班的教学课时"))
            if let yearOfStudy, yearOfStudy < 1 || yearOfStudy > Self.greatestYearOfStudy {
                let duration = level.flatMap { durations[$0] }
                d.report(
                    "year_of_study",
                    "is \(yearOfStudy), must be 1–\(duration.map(String.init) ?? "the level's duration")",
                    fix: "give the year of study the hours are taught in, from 1 to the level's duration",
                    zh: (
                        "为 \(yearOfStudy)，须为 1–\(duration.map(String.init) ?? "该层次的学制年数")",
                        "填写这些课时所在的学年，1 到该层次的学制年数"
                    ))
            }
            guard finish(d), let programme, let level, let module, let group, let yearOfStudy, let moduleHours else {
                continue
            }
            let key = ScenarioSourceMap.key([programme, level, module])
            let rowKey = ScenarioSourceMap.key([programme, level, module, String(yearOfStudy)])
            if let index = moduleIndex[key] {
                let first = modules[index]
                let firstLine = firstLines[key].map(\.description) ?? "its first row"
                let firstLineZh = firstLines[key].map { " \($0) " } ?? "其第一行"
                if first.group != group {
                    report(
                        row.location(of: "group"), field: "group",
                        "is \"\(group)\", but \(firstLine) gives \"\(first.group)\" for module \(module) of \(programme) \(level)",
                        fix:
                            "teach a module by one group: give the same group on every row of the module, or give the module another id",
                        zh: (
                            "为“\(group)”，但\(firstLineZh)给出的是“\(first.group)”（\(programme) \(level) 的课程模块 \(module)）",
                            "一个课程模块由一个教研组讲授：该模块的每一行填写同一教研组，或给该模块另取编号"
                        ))
                    continue
                }
                if hours[key]?[yearOfStudy] != nil {
                    report(
                        row.location, field: "year_of_study",
                        "module \(module) of \(programme) \(level) has a second row for year of study \(yearOfStudy)",
                        fix: "keep one row per module and year of study",
                        zh: (
                            "\(programme) \(level) 的课程模块 \(module) 在第\(yearOfStudy)学年有第二行",
                            "每个课程模块每个学年只保留一行"
                        ))
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
