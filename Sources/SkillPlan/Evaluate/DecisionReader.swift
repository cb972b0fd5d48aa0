import Foundation

/// Reads given decisions, cell by cell, into planning keys (``GivenDecisions``).
struct DecisionReader {
    let scenario: Scenario
    let index: ScenarioIndex
    private(set) var decisions = PlanDecisions()
    private var given: [String: (file: String, line: Int?)] = [:]
    private var errors: [ScenarioIssue] = []

    init(scenario: Scenario) {
        self.scenario = scenario
        index = ScenarioIndex(scenario)
    }

    /// The decisions, or every problem found.
    func finish() throws -> GivenDecisions {
        guard errors.isEmpty else { throw DecisionErrors(errors: errors) }
        var missing: [String] = [], missingZh: [String] = []
        func need(_ kind: String, _ key: String, _ element: String) {
            guard given[kind + "|" + key] == nil else { return }
            missing.append("\(kind) \(element)")
            missingZh.append("\(Self.kindsZh[kind] ?? kind) \(element)")
        }
        for s in scenario.schools {
            for y in index.years { need("seats added", PlanDecisions.key(s.id, y), "\(s.id), \(y)") }
        }
        for o in index.offerings {
            for y in index.years {
                let key = PlanDecisions.key(o.programme.id, o.level.id, y),
                    element = "\(o.programme.id), \(o.level.id), \(y)"
                need("intake", key, element)
                need("classes", key, element)
            }
        }
        for p in scenario.programmes where p.trainingCapacity > 0 {
            for y in index.years { need("training", PlanDecisions.key(p.id, y), "\(p.id), \(y)") }
        }
        for g in scenario.groups {
            for y in index.years {
                need("hires", PlanDecisions.key(g.id, y), "\(g.id), \(y)")
                need("rotation", PlanDecisions.key(g.id, y), "\(g.id), \(y)")
            }
        }
        // The technician-college extension's decisions, where the scenario has them.
        for p in scenario.programmes where p.hasHighTraining {
            for y in index.years { need("high-level training", PlanDecisions.key(p.id, y), "\(p.id), \(y)") }
        }
        for g in scenario.groups where g.plansQualification {
            for y in index.years { need("qualification", PlanDecisions.key(g.id, y), "\(g.id), \(y)") }
        }
        return GivenDecisions(decisions: decisions, missing: missing, missingZh: missingZh, count: given.count)
    }

    // MARK: Values

    /// Records one decision; a second value for the same decision is an error.
    private mutating func set(_ kind: String, _ key: String, _ value: Double, file: String, line: Int?, column: String)
    {
        if let first = given[kind + "|" + key] {
            let there = first.line.map { "line \($0)" } ?? "earlier in the file"
            let thereZh = (first.file == file ? "" : first.file + " ") + (first.line.map { "第\($0)行" } ?? "文件中较前处")
            errors.append(
                ScenarioIssue(
                    file: file, line: line, field: column,
                    message: "\(kind) given twice (first on \(there)\(first.file == file ? "" : " of \(first.file)"))",
                    fix: "keep one row for each decision",
                    zh: ("\(Self.kindsZh[kind] ?? kind)给出了两次（第一次在\(thereZh)）", "每项决策只保留一行")))
            return
        }
        given[kind + "|" + key] = (file, line)
        switch kind {
        case "intake": decisions.intake[key] = value
        case "classes": decisions.classes[key] = value
        case "training": decisions.training[key] = value
        case "hires": decisions.hires[key] = value
        case "rotation": decisions.rotation[key] = value
        case "high-level training": decisions.highTraining[key] = value
        case "qualification": decisions.qualification[key] = value
        default: decisions.expansion[key] = value
        }
    }

    /// The Chinese of each kind of decision (the English is its key).
    static let kindsZh = [
        "intake": "招生", "classes": "新开班级", "training": "短期培训人次", "hires": "新聘", "rotation": "轮训",
        "seats added": "新增学位", "high-level training": "高级工及以上培训人次", "qualification": "经轮训取得资格",
    ]

    /// A decision's cell: a whole number ≥ 0 (digits may be grouped with commas).
    ///
    /// - Parameter what: what the cell holds, in English and in Chinese.
    private mutating func number(
        _ text: String, what: (en: String, zh: String), file: String, line: Int?, column: String
    ) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let fix = "write \(what.en), a whole number ≥ 0 (0 for none), without units"
        let fixZh = "填写\(what.zh)：不小于 0 的整数（没有则填 0），不带单位"
        func refuse(_ message: String, _ zh: String) -> Double? {
            errors.append(
                ScenarioIssue(file: file, line: line, field: column, message: message, fix: fix, zh: (zh, fixZh)))
            return nil
        }
        guard !trimmed.isEmpty else { return refuse("empty", "为空") }
        let plain = trimmed.replacingOccurrences(of: ",", with: "")
        guard let value = Double(plain), value.isFinite else {
            return refuse("\"\(trimmed)\" is not a number", "“\(trimmed)”不是数字")
        }
        guard value >= 0 else { return refuse("\(trimmed) is negative", "\(trimmed) 是负数") }
        guard value == value.rounded() else { return refuse("\(trimmed) is not a whole number", "\(trimmed) 不是整数") }
        return value
    }

    private mutating func year(_ text: String, file: String, line: Int?, column: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let year = Int(trimmed), index.years.contains(year) else {
            let years = "\(index.years.first ?? 0)–\(index.years.last ?? 0)"
            errors.append(
                ScenarioIssue(
                    file: file, line: line, field: column,
                    message: "\"\(trimmed)\" is not a planning year of scenario \(scenario.name)",
                    fix: "use a year from \(years)",
                    zh: ("“\(trimmed)”不是情景 \(scenario.name) 的规划年份", "填写 \(years) 中的年份")))
            return nil
        }
        return year
    }

    // MARK: Names

    /// The id a cell names: an id, or a Chinese or English name.
    private static func match(_ text: String, _ candidates: [(id: String, zh: String, en: String)]) -> String? {
        let cell = text.trimmingCharacters(in: .whitespaces)
        return candidates.first { $0.id == cell || $0.zh == cell || $0.en == cell }?.id
    }

    private mutating func school(_ text: String, file: String, line: Int, column: String) -> String? {
        let candidates = scenario.schools.map { ($0.id, $0.nameZh, $0.nameEn) }
        if let id = Self.match(text, candidates) { return id }
        errors.append(
            ScenarioIssue(
                file: file, line: line, field: column,
                message: "\"\(text)\" is not a school of scenario \(scenario.name)",
                fix: "use a school as exported or its id: \(scenario.schools.map(\.id).joined(separator: ", "))",
                zh: (
                    "“\(text)”不是情景 \(scenario.name) 的学校",
                    "填写导出时的学校名称或其代码：\(scenario.schools.map(\.id).joined(separator: "、"))"
                )))
        return nil
    }

    private mutating func programme(_ text: String, school: String, file: String, line: Int, column: String)
        -> Programme?
    {
        let own = scenario.programmes.filter { $0.school == school }
        if let id = Self.match(text, own.map { ($0.id, $0.nameZh, $0.nameEn) }) { return index.programmes[id] }
        errors.append(
            ScenarioIssue(
                file: file, line: line, field: column,
                message: "\"\(text)\" is not a programme of school \(school) in scenario \(scenario.name)",
                fix: "use a programme as exported or its id: \(own.map(\.id).joined(separator: ", "))",
                zh: (
                    "“\(text)”不是情景 \(scenario.name) 中学校 \(school) 的专业",
                    "填写导出时的专业名称或其代码：\(own.map(\.id).joined(separator: "、"))"
                )))
        return nil
    }

    private mutating func level(_ text: String, of programme: Programme, file: String, line: Int, column: String)
        -> String?
    {
        let offered = scenario.levels.filter { programme.levels.contains($0.id) }
        if let id = Self.match(text, offered.map { ($0.id, $0.nameZh, $0.nameEn) }) { return id }
        errors.append(
            ScenarioIssue(
                file: file, line: line, field: column,
                message: "\"\(text)\" is not a level programme \(programme.id) offers",
                fix:
                    "use one of its levels as exported or its id: \(offered.map(\.id).joined(separator: ", ")), or \(Terms.pair(.shortCourses).zh) / \(Terms.pair(.shortCourses).en) for short courses",
                zh: (
                    "“\(text)”不是专业 \(programme.id) 开设的层次",
                    "填写导出时的层次名称或其代码：\(offered.map(\.id).joined(separator: "、"))；短期培训填“\(Terms.pair(.shortCourses).zh)”"
                )))
        return nil
    }

    private mutating func group(_ text: String, school: String, file: String, line: Int, column: String) -> String? {
        let candidates = scenario.groups.filter { $0.school == school }
        if let id = Self.match(text, candidates.map { ($0.id, $0.nameZh, $0.nameEn) }) { return id }
        errors.append(
            ScenarioIssue(
                file: file, line: line, field: column,
                message: "\"\(text)\" is not a teacher group of school \(school) in scenario \(scenario.name)",
                fix: "use a group as exported or its id: \(candidates.map(\.id).joined(separator: ", "))",
                zh: (
                    "“\(text)”不是情景 \(scenario.name) 中学校 \(school) 的教研组",
                    "填写导出时的教研组名称或其代码：\(candidates.map(\.id).joined(separator: "、"))"
                )))
        return nil
    }

    // MARK: A plan file

    /// The decisions a plan file records (ids, as `skillplan solve` writes them).
    mutating func readPlanFile(_ path: String) throws {
        let plan: Plan
        do {
            plan = try PlanFile.read(path)
        } catch {
            throw DecisionErrors(errors: [
                ScenarioIssue(
                    file: path, message: "cannot be read as a plan: \(error)",
                    fix: "give a plan file written by skillplan solve or evaluate, or a folder of exported CSV files",
                    zh: (
                        "无法作为方案读取：\(error)",
                        "给出 skillplan solve 或 evaluate 写出的方案文件，或导出的 CSV 文件所在的文件夹"
                    ))
            ])
        }
        func unknown(_ field: String, _ what: String, _ whatZh: String, _ value: String) {
            errors.append(
                ScenarioIssue(
                    file: path, field: field, message: "\(what) \"\(value)\" is not in scenario \(scenario.name)",
                    fix: "evaluate the plan against the scenario it was made for, or remove the row",
                    zh: ("\(whatZh)“\(value)”不在情景 \(scenario.name) 中", "按方案所依据的情景评估，或删去这一行")))
        }
        let elementsZh = ["programme": "专业", "group": "教研组", "school": "学校"]
        /// Whether a row names an element of the scenario (`known`) and one of its
        /// planning years; an error for its field otherwise.
        func inScenario(_ field: String, _ element: String, _ id: String, known: Bool, year: Int) -> Bool {
            guard known else {
                unknown(
                    "\(field).\(element)", element == "group" ? "teacher group" : element,
                    elementsZh[element] ?? element,
                    id)
                return false
            }
            guard index.years.contains(year) else {
                unknown(field + ".year", "year", "年份", String(year))
                return false
            }
            return true
        }
        for (n, row) in plan.programmeLevels.enumerated() {
            let field = "programmeLevels[\(n)]", programme = index.programmes[row.programme]
            guard inScenario(field, "programme", row.programme, known: programme != nil, year: row.year) else {
                continue
            }
            guard programme?.levels.contains(row.level) == true else {
                unknown(field + ".level", "level \(row.level) of programme", "层次 \(row.level) 所属的专业", row.programme)
                continue
            }
            let key = PlanDecisions.key(row.programme, row.level, row.year)
            take("intake", key, row.intake, what: ("the intake", "招生人数"), file: path, field: field + ".intake")
            take(
                "classes", key, row.classes, what: ("the classes opened", "新开班级数"), file: path,
                field: field + ".classes")
        }
        for (n, row) in plan.training.enumerated() {
            let field = "training[\(n)]"
            guard
                inScenario(
                    field, "programme", row.programme, known: index.programmes[row.programme] != nil, year: row.year)
            else { continue }
            // `places` counts basic and high-level places together; `highPlaces` the latter.
            let key = PlanDecisions.key(row.programme, row.year)
            if let high = row.highPlaces {
                take(
                    "high-level training", key, high, what: ("the high-level places", "高级工及以上培训人次"), file: path,
                    field: field + ".highPlaces")
            }
            take(
                "training", key, row.places - (row.highPlaces ?? 0), what: ("the short-course places", "短期培训人次"),
                file: path,
                field: field + ".places")
        }
        for (n, row) in plan.groups.enumerated() {
            let field = "groups[\(n)]", key = PlanDecisions.key(row.group, row.year)
            guard inScenario(field, "group", row.group, known: index.groups[row.group] != nil, year: row.year) else {
                continue
            }
            take("hires", key, row.hires, what: ("the hires", "新聘教师数"), file: path, field: field + ".hires")
            take(
                "rotation", key, row.onRotation, what: ("the teachers on rotation", "轮训教师数"), file: path,
                field: field + ".onRotation")
            if let newly = row.newlyQualified {
                take(
                    "qualification", key, newly, what: ("the teachers newly qualified", "本年经轮训取得资格教师数"), file: path,
                    field: field + ".newlyQualified")
            }
        }
        for (n, row) in plan.schools.enumerated() {
            let field = "schools[\(n)]"
            guard inScenario(field, "school", row.school, known: index.schools[row.school] != nil, year: row.year)
            else { continue }
            take(
                "seats added", PlanDecisions.key(row.school, row.year), row.seatsAdded,
                what: ("the seats added", "新增学位数"),
                file: path,
                field: field + ".seatsAdded")
        }
    }

    /// One decision of a plan file: its value checked as a cell is (a whole number
    /// ≥ 0), then recorded; `field` is its JSON field.
    private mutating func take(
        _ kind: String, _ key: String, _ value: Double, what: (en: String, zh: String), file: String, field: String
    ) {
        guard let checked = number(String(value), what: what, file: file, line: nil, column: field) else { return }
        set(kind, key, checked, file: file, line: nil, column: field)
    }

    // MARK: A folder of CSV files

    /// The decision files of a CSV export and the columns each needs.
    static let files: [(name: String, columns: [Terms.Key])] = [
        ("seats.csv", [.school, .year, .seatsAdded]),
        ("curriculum-plan.csv", [.school, .year, .programme, .level, .intake, .newClasses, .trainingPlaces]),
        ("teacher-plan.csv", [.school, .group, .year, .hires, .onRotation]),
    ]

    /// Columns a decision file has only for a plan with the technician-college extension.
    static let optionalColumns: [String: [Terms.Key]] = [
        "curriculum-plan.csv": [.highPlaces],
        "teacher-plan.csv": [.newlyQualified],
    ]

    /// The decisions in the CSV files `skillplan export --format csv` writes.
    mutating func readCSVFolder(_ folder: String) throws {
        var found = 0
        for (name, columns) in Self.files {
            let path = (folder as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            found += 1
            let (table, issues) = CSVTable.read(data, file: path)
            errors += issues
            guard var header = header(of: table, needs: columns, file: path) else { continue }
            for key in Self.optionalColumns[name] ?? [] {
                if let at = table.column(Terms.pair(key).zh) ?? table.column(Terms.pair(key).en) { header[key] = at }
            }
            for record in table.records {
                var cells: [Terms.Key: (String, String)] = [:]
                for (key, column) in header { cells[key] = (record.fields[column], table.header[column]) }
                switch name {
                case "seats.csv": readSeats(cells, file: path, line: record.line)
                case "curriculum-plan.csv": readCurriculum(cells, file: path, line: record.line)
                default: readTeachers(cells, file: path, line: record.line)
                }
            }
        }
        if found == 0 {
            throw DecisionErrors(errors: [
                ScenarioIssue(
                    file: folder, message: "holds none of \(Self.files.map(\.name).joined(separator: ", "))",
                    fix: "give the folder `skillplan export PLAN --format csv` wrote (Chinese or English headers)",
                    zh: (
                        "没有 \(Self.files.map(\.name).joined(separator: "、")) 中的任何一个",
                        "给出 `skillplan export PLAN --format csv` 写出的文件夹（中文或英文表头均可）"
                    ))
            ])
        }
    }

    /// The position of each needed column, from a Chinese or an English header.
    private mutating func header(of table: CSVTable, needs columns: [Terms.Key], file: String) -> [Terms.Key: Int]? {
        for language in [Language.zh, .en] {
            var positions: [Terms.Key: Int] = [:]
            for key in columns {
                let label = language == .zh ? Terms.pair(key).zh : Terms.pair(key).en
                if let at = table.column(label) { positions[key] = at }
            }
            if positions.count == columns.count { return positions }
        }
        let wanted = columns.map { "\(Terms.pair($0).zh) / \(Terms.pair($0).en)" }.joined(separator: ", ")
        errors.append(
            ScenarioIssue(
                file: file, line: max(table.headerLine, 1), message: "the header lacks a column this file needs",
                fix: "keep the exported header row, all in Chinese or all in English, with the columns \(wanted)",
                zh: ("表头缺少此文件需要的列", "保留导出时的表头行（全中文或全英文），包含这些列：\(wanted)")))
        return nil
    }

    private mutating func readSeats(_ cells: [Terms.Key: (String, String)], file: String, line: Int) {
        guard let (schoolText, schoolColumn) = cells[.school], let (yearText, yearColumn) = cells[.year],
            let (valueText, valueColumn) = cells[.seatsAdded]
        else { return }
        let school = school(schoolText, file: file, line: line, column: schoolColumn)
        let year = year(yearText, file: file, line: line, column: yearColumn)
        let value = number(
            valueText, what: ("the seats added this year", "当年新增学位数"), file: file, line: line, column: valueColumn)
        guard let school, let year, let value else { return }
        set("seats added", PlanDecisions.key(school, year), value, file: file, line: line, column: valueColumn)
    }

    private mutating func readCurriculum(_ cells: [Terms.Key: (String, String)], file: String, line: Int) {
        guard let (schoolText, schoolColumn) = cells[.school], let (yearText, yearColumn) = cells[.year],
            let (programmeText, programmeColumn) = cells[.programme], let (levelText, levelColumn) = cells[.level]
        else { return }
        guard let school = school(schoolText, file: file, line: line, column: schoolColumn) else { return }
        let year = year(yearText, file: file, line: line, column: yearColumn)
        guard let programme = programme(programmeText, school: school, file: file, line: line, column: programmeColumn)
        else { return }
        let short = Terms.pair(.shortCourses)
        let levelCell = levelText.trimmingCharacters(in: .whitespaces)
        if levelCell == short.zh || levelCell == short.en {
            guard let (placesText, placesColumn) = cells[.trainingPlaces] else { return }
            let places = number(
                placesText, what: ("the short-course places", "短期培训人次"), file: file, line: line, column: placesColumn)
            // With the extension, the places count basic and high-level ones together.
            var high: Double?
            if let (highText, highColumn) = cells[.highPlaces], !highText.trimmingCharacters(in: .whitespaces).isEmpty {
                high = number(
                    highText, what: ("the high-level short-course places", "高级工及以上培训人次"), file: file, line: line,
                    column: highColumn)
                if let year, let high {
                    set(
                        "high-level training", PlanDecisions.key(programme.id, year), high, file: file, line: line,
                        column: highColumn)
                }
            }
            guard let year, let places else { return }
            set(
                "training", PlanDecisions.key(programme.id, year), max(0, places - (high ?? 0)), file: file, line: line,
                column: placesColumn)
            return
        }
        let level = level(levelText, of: programme, file: file, line: line, column: levelColumn)
        guard let (intakeText, intakeColumn) = cells[.intake], let (classesText, classesColumn) = cells[.newClasses]
        else { return }
        let intake = number(
            intakeText, what: ("the first-year students admitted", "一年级招生人数"), file: file, line: line,
            column: intakeColumn)
        let classes = number(
            classesText, what: ("the first-year classes opened", "一年级新开班级数"), file: file, line: line,
            column: classesColumn)
        guard let year, let level else { return }
        let key = PlanDecisions.key(programme.id, level, year)
        if let intake { set("intake", key, intake, file: file, line: line, column: intakeColumn) }
        if let classes { set("classes", key, classes, file: file, line: line, column: classesColumn) }
    }

    private mutating func readTeachers(_ cells: [Terms.Key: (String, String)], file: String, line: Int) {
        guard let (schoolText, schoolColumn) = cells[.school], let (groupText, groupColumn) = cells[.group],
            let (yearText, yearColumn) = cells[.year],
            let (hiresText, hiresColumn) = cells[.hires], let (rotationText, rotationColumn) = cells[.onRotation]
        else { return }
        // Two schools' groups may share a name (普通文化课): the school says which.
        guard let school = school(schoolText, file: file, line: line, column: schoolColumn) else { return }
        let group = group(groupText, school: school, file: file, line: line, column: groupColumn)
        let year = year(yearText, file: file, line: line, column: yearColumn)
        let hires = number(
            hiresText, what: ("the teachers hired", "新聘教师数"), file: file, line: line, column: hiresColumn)
        let rotation = number(
            rotationText, what: ("the teachers on rotation", "轮训教师数"), file: file, line: line, column: rotationColumn)
        guard let group, let year else { return }
        let key = PlanDecisions.key(group, year)
        if let hires { set("hires", key, hires, file: file, line: line, column: hiresColumn) }
        if let rotation { set("rotation", key, rotation, file: file, line: line, column: rotationColumn) }
        if let (newlyText, newlyColumn) = cells[.newlyQualified],
            !newlyText.trimmingCharacters(in: .whitespaces).isEmpty,
            let newly = number(
                newlyText, what: ("the teachers newly qualified", "本年经轮训取得资格教师数"), file: file, line: line,
                column: newlyColumn)
        {
            set("qualification", key, newly, file: file, line: line, column: newlyColumn)
        }
    }
}
