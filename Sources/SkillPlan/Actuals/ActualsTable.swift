import Foundation

/// Reads an actuals file (`actuals.csv`, docs/data-format.md): one actual figure a row,
/// each checked against the scenario it is for. Every problem is a ``ScenarioIssue``
/// naming the file, the line, the column and the fix.
public enum ActualsTable {
    /// The columns, in the documented order.
    public static let columns = ["year", "school", "programme", "level", "group", "measure", "value", "source"]
    /// Columns a header may leave out.
    static let optionalColumns: Set<String> = ["programme", "level", "group"]

    /// Reads the actuals file at `path` for a scenario.
    ///
    /// - Parameters:
    ///   - path: the file.
    ///   - scenario: the scenario whose schools, programmes, levels and groups the rows name.
    /// - Returns: every figure, in the file's order.
    /// - Throws: ``ScenarioError`` with every problem found.
    public static func read(path: String, for scenario: Scenario) throws -> [Actual] {
        if let problem = ScenarioReader.pathProblem(path) {
            let what: String, whatZh: String
            switch problem {
            case .missing: (what, whatZh) = ("no such file", "没有这个文件")
            case .folder: (what, whatZh) = ("is a folder, not an actuals file", "是文件夹，不是实际数文件")
            case .notAFile(let kind):
                (what, whatZh) = ("is \(kind), not an actuals file", "是\(ScenarioReader.notAFileZh(kind))，不是实际数文件")
            case .unreachable(let reason):
                (what, whatZh) = ("cannot be read (\(reason))", "无法读取（\(ScenarioReader.reasonZh(reason))）")
            }
            throw ScenarioError(issues: [
                ScenarioIssue(
                    file: path, message: what, fix: "give the actuals CSV file (docs/data-format.md, actuals.csv)",
                    zh: (whatZh, "给出实际数 CSV 文件（docs/data-format.md，actuals.csv）"))
            ])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ScenarioError(issues: [
                ScenarioIssue(
                    file: path, message: "cannot be read", fix: "check that the file is readable",
                    zh: ("无法读取", "检查该文件是否可读"))
            ])
        }
        let (figures, issues) = parse(data, file: path, scenario: scenario)
        guard issues.isEmpty else { throw ScenarioError(issues: issues) }
        return figures
    }

    /// Reads as many figures as can be read, with the problems found.
    ///
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - file: the file's name in issues.
    ///   - scenario: the scenario the figures are for.
    /// - Returns: the usable figures and every issue.
    public static func parse(_ data: Data, file: String, scenario: Scenario) -> (
        figures: [Actual], issues: [ScenarioIssue]
    ) {
        let (table, parseIssues) = CSVTable.read(data, file: file)
        var issues = parseIssues
        guard !table.header.isEmpty else {
            if parseIssues.isEmpty {
                issues.append(
                    ScenarioIssue(
                        file: file, message: "has no header row",
                        fix: "start the file with the header: \(columns.joined(separator: ","))",
                        zh: ("没有表头行", "文件第一行写表头：\(columns.joined(separator: ","))")))
            }
            return ([], issues)
        }
        let headerLine = table.headerLine
        var seen = Set<String>()
        for name in table.header {
            if !seen.insert(name).inserted {
                issues.append(
                    ScenarioIssue(
                        file: file, line: headerLine, field: name, message: "column appears twice in the header",
                        fix: "keep one \(name) column", zh: ("该列在表头中出现了两次", "只保留一个 \(name) 列")))
            } else if !columns.contains(name) {
                issues.append(
                    ScenarioIssue(
                        file: file, line: headerLine, field: name.isEmpty ? ScenarioIssue.emptyColumnName : name,
                        message: "is not a column of actuals.csv",
                        fix:
                            "rename it to one of: \(columns.joined(separator: ", ")), or delete the column (docs/data-format.md)",
                        zh: (
                            "不是 actuals.csv 的列",
                            "改名为以下之一：\(columns.joined(separator: "、"))，或删去该列（docs/data-format.md）"
                        )))
            }
        }
        for name in columns where !optionalColumns.contains(name) && !seen.contains(name) {
            issues.append(
                ScenarioIssue(
                    file: file, line: headerLine, field: name, message: "column is missing from the header",
                    fix: "add a \(name) column to actuals.csv (docs/data-format.md)",
                    zh: ("表头中缺少该列", "在 actuals.csv 中添加 \(name) 列（docs/data-format.md）")))
        }
        guard issues.isEmpty else { return ([], issues) }
        let index = ScenarioIndex(scenario)
        var figures: [Actual] = []
        var firstLine: [String: Int] = [:]
        for record in table.records {
            var cells: [String: String] = [:]
            for (name, value) in zip(table.header, record.fields) where cells[name] == nil {
                cells[name] = value.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            var row = RowReader(file: file, line: record.line, cells: cells, index: index)
            guard let figure = row.figure() else {
                issues += row.issues
                continue
            }
            if let first = firstLine[figure.key] {
                issues.append(
                    ScenarioIssue(
                        file: file, line: record.line, field: "measure",
                        message: "repeats line \(first): \(figure.label) is given twice",
                        fix: "keep one row per figure (delete this one or the other)",
                        zh: ("与第 \(first) 行重复：\(figure.label) 给出了两次", "每个数字只保留一行（删去这一行或另一行）")))
                continue
            }
            firstLine[figure.key] = record.line
            figures.append(figure)
        }
        return (figures, issues)
    }

    /// Reads one row's cells into a figure, recording each problem.
    private struct RowReader {
        let file: String
        let line: Int
        let cells: [String: String]
        let index: ScenarioIndex
        var issues: [ScenarioIssue] = []

        mutating func report(_ field: String, _ message: String, fix: String, zh: (message: String, fix: String)) {
            issues.append(ScenarioIssue(file: file, line: line, field: field, message: message, fix: fix, zh: zh))
        }

        func text(_ column: String) -> String { cells[column] ?? "" }

        mutating func figure() -> Actual? {
            var year: Int?
            let yearText = text("year")
            if let value = ValueParsing.integer(yearText), (1900...2200).contains(value) {
                year = value
            } else {
                report(
                    "year", yearText.isEmpty ? "is empty" : "is \"\(yearText)\", not a year",
                    fix: "give the year the figure is for (the school year that starts in its autumn), e.g. 2023",
                    zh: (
                        yearText.isEmpty ? "为空" : "为“\(yearText)”，不是年份",
                        "填写该数字所属的年份（当年秋季开始的学年），如 2023"
                    ))
            }
            let measureText = text("measure")
            let measure = ActualMeasure(rawValue: measureText)
            if measure == nil {
                report(
                    "measure", measureText.isEmpty ? "is empty" : "is \"\(measureText)\", not a measure",
                    fix: "use one of: \(ActualMeasure.allCases.map(\.rawValue).joined(separator: ", "))",
                    zh: (
                        measureText.isEmpty ? "为空" : "为“\(measureText)”，不是统计项",
                        "使用以下之一：\(ActualMeasure.allCases.map(\.rawValue).joined(separator: "、"))"
                    ))
            }
            var value: Double?
            let valueText = text("value")
            if let number = ValueParsing.number(valueText) {
                if number < 0 {
                    report(
                        "value", "is \(valueText), must be ≥ 0",
                        fix: "give the figure as published (a count of people or person-times)",
                        zh: ("为 \(valueText)，须 ≥ 0", "按公布的数字填写（人数或人次）"))
                } else if number.rounded() != number {
                    report(
                        "value", "is \(valueText), not a whole number",
                        fix: "give whole people or person-times, as published",
                        zh: ("为 \(valueText)，不是整数", "按公布的数字填写整数人数或人次"))
                } else if number > InputLimits.people {
                    report(
                        "value", "is \(valueText), more than \(InputLimits.text(InputLimits.people)) people",
                        fix: "give the figure as published",
                        zh: ("为 \(valueText)，超过 \(InputLimits.text(InputLimits.people)) 人", "按公布的数字填写"))
                } else {
                    value = number
                }
            } else {
                report(
                    "value", valueText.isEmpty ? "is empty" : "is \"\(valueText)\", not a number",
                    fix: "write the figure as a plain number, e.g. 4435 (no thousands separators or units)",
                    zh: (
                        valueText.isEmpty ? "为空" : "为“\(valueText)”，不是数字", "把数字写成普通数字，如 4435（不加千位分隔符或单位）"
                    ))
            }
            let source = text("source")
            if source.isEmpty {
                report(
                    "source", "is empty", fix: "cite where the figure was published: report: <who, date, what>",
                    zh: ("为空", "注明该数字的公布出处：report: <发布单位、日期、内容>"))
            } else if source.lowercased().hasPrefix("assumption") {
                report(
                    "source", "is \"\(source)\": an actual is a published figure, not an assumption",
                    fix:
                        "cite the report it comes from, or leave the row out (the measure then stays free and is planned)",
                    zh: (
                        "为“\(source)”：实际数是公布的数字，不是假设",
                        "注明它出自的报告，或删去这一行（该项随之不固定，由规划决定）"
                    ))
            }
            let school = scope(measure)
            guard issues.isEmpty, let year, let measure, let value, let school else { return nil }
            return Actual(
                year: year, school: school.school, programme: school.programme, level: school.level,
                group: school.group,
                measure: measure, value: value, source: source, line: line)
        }

        /// The scope's ids, checked against the scenario and the measure.
        mutating func scope(_ measure: ActualMeasure?) -> (
            school: String, programme: String?, level: String?, group: String?
        )? {
            let school = text("school"), programme = text("programme"), level = text("level"), group = text("group")
            let schoolIDs = index.scenario.schools.map(\.id)
            guard !school.isEmpty else {
                report(
                    "school", "is empty",
                    fix: "give the school the figure is for: \(schoolIDs.joined(separator: ", "))",
                    zh: ("为空", "填写该数字所属的学校：\(schoolIDs.joined(separator: "、"))"))
                return nil
            }
            guard index.schools[school] != nil else {
                report(
                    "school", "is \"\(school)\", not a school of scenario \(index.scenario.name)",
                    fix: "use one of: \(schoolIDs.joined(separator: ", "))",
                    zh: (
                        "为“\(school)”，不是情景 \(index.scenario.name) 中的学校",
                        "使用以下之一：\(schoolIDs.joined(separator: "、"))"
                    ))
                return nil
            }
            var ok = true
            if !programme.isEmpty {
                ok =
                    element(
                        "programme", programme, of: index.programmes[programme]?.school, school: school,
                        measure: measure, counted: measure?.isProgrammeMeasure,
                        instead: (
                            "leave programme empty and give the teacher group in group (or none for the whole school)",
                            "programme 留空，在 group 中填写教研组（全校则都不填）"
                        )) && ok
            }
            if !level.isEmpty {
                if programme.isEmpty {
                    report(
                        "level", "is given without a programme", fix: "give the programme too, or leave level empty",
                        zh: ("给出了层次但没有专业", "同时填写专业，或把 level 留空"))
                    ok = false
                } else if let p = index.programmes[programme], !p.levels.contains(level) {
                    let offered = p.levels.isEmpty ? "none (short courses only)" : p.levels.joined(separator: ", ")
                    let offeredZh = p.levels.isEmpty ? "无（只办短期培训）" : p.levels.joined(separator: "、")
                    report(
                        "level", "is \"\(level)\", not a level \(programme) enrols at",
                        fix: "use one of its levels: \(offered)",
                        zh: ("为“\(level)”，\(programme) 不招收这一层次", "使用它的层次之一：\(offeredZh)"))
                    ok = false
                }
                if let measure, !measure.takesLevel {
                    report(
                        "level", "is given for measure \(measure.rawValue), which has no levels",
                        fix: "leave level empty", zh: ("给了统计项 \(measure.rawValue)，但该项不分层次", "把 level 留空"))
                    ok = false
                }
            }
            if !group.isEmpty {
                ok =
                    element(
                        "group", group, of: index.groups[group]?.school, school: school, measure: measure,
                        counted: measure.map { !$0.isProgrammeMeasure },
                        instead: (
                            "leave group empty and give the programme (or none for the whole school)",
                            "group 留空，填写专业（全校则都不填）"
                        )) && ok
            }
            guard ok else { return nil }
            return (
                school, programme.isEmpty ? nil : programme, level.isEmpty ? nil : level, group.isEmpty ? nil : group
            )
        }

        /// A programme or teacher group the row names (`column` is `programme` or
        /// `group`): one of the scenario's, of the row's school, and counted by the
        /// row's measure; each problem is reported.
        ///
        /// - Parameters:
        ///   - id: the id in the cell.
        ///   - owner: the school of the programme or group with that id; `nil` when the
        ///     scenario has none.
        ///   - school: the row's school.
        ///   - measure: the row's measure, when it is one.
        ///   - counted: whether the measure counts this column's elements (`nil` without
        ///     a measure).
        ///   - instead: the fix when it does not.
        /// - Returns: whether the cell holds.
        mutating func element(
            _ column: String, _ id: String, of owner: String?, school: String, measure: ActualMeasure?,
            counted: Bool?, instead: (en: String, zh: String)
        ) -> Bool {
            let isProgramme = column == "programme"
            let noun = isProgramme ? "programme" : "group"
            let nounZh = isProgramme ? "专业" : "教研组"
            var ok = true
            if let owner {
                if owner != school {
                    report(
                        column, "is \(id), a \(noun) of \(owner), not of \(school)",
                        fix: "give the \(noun)'s own school (\(owner)), or a \(noun) of \(school)",
                        zh: (
                            "为 \(id)，是 \(owner) 的\(nounZh)，不属于 \(school)",
                            "填写该\(nounZh)所属的学校（\(owner)），或填写 \(school) 的\(nounZh)"
                        ))
                    ok = false
                }
            } else {
                report(
                    column, "is \"\(id)\", not a \(isProgramme ? "programme" : "teacher group") of the scenario",
                    fix: "use an id of \(isProgramme ? "programmes.csv" : "teacher_groups.csv") of school \(school)",
                    zh: (
                        "为“\(id)”，不是情景中的\(nounZh)",
                        "使用 \(isProgramme ? "programmes.csv" : "teacher_groups.csv") 中学校 \(school) 的编号"
                    ))
                ok = false
            }
            if let measure, counted == false {
                report(
                    column,
                    "is given for measure \(measure.rawValue), which counts \(isProgramme ? "teachers" : "students or trainees")",
                    fix: instead.en,
                    zh: (
                        "给了统计项 \(measure.rawValue)，但该项统计的是\(isProgramme ? "教师" : "学生或培训学员")", instead.zh
                    ))
                ok = false
            }
            return ok
        }
    }
}
