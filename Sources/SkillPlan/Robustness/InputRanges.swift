import Foundation

/// The ranges of a scenario's uncertain inputs, read from a ranges table (`ranges.csv`
/// in the data folder; docs/data-format.md): every input with its low and high values,
/// and the documented reasons why other assumptions have none.
public struct InputRanges: Sendable, Hashable {
    /// A documented reason why some assumed cells have no range: a ranges row with
    /// empty `input`, `low` and `high`, whose `source` starts `no range:`.
    public struct Exemption: Sendable, Hashable, Codable {
        /// The table (its file name without `.csv`).
        public var table: String
        /// The rows' ids; `["*"]` for every row.
        public var ids: [String]
        /// The column.
        public var column: String
        /// The reason.
        public var reason: String
    }

    /// The uncertain inputs, in the order of their first row.
    public var inputs: [UncertainInput]
    /// The reasons why other assumptions have no range.
    public var exemptions: [Exemption]

    /// The columns of a ranges table.
    public static let header = ["input", "name_zh", "name_en", "table", "id", "column", "as", "low", "high", "source"]

    /// The number columns a range can set, by table.
    public static let columns: [String: [String]] = [
        "schools": ["capacity", "max_expand", "expand_cost"],
        "levels": ["retention", "stay_share"],
        "teacher_groups": [
            "headcount", "max_hire", "hire_cost", "students_per_fte", "training_per_fte", "hours_per_fte",
            "rotation_away", "rotation_max_share", "high_training_per_fte", "qualified_base",
            "qualified_hire_share", "qualify_cost",
        ],
        "programmes": [
            "min_fill", "class_cost", "training_capacity", "training_cost", "high_training_capacity",
            "high_training_cost",
        ],
        "targets": ["value", "share", "ratio"],
        "target_external": ["training", "high_skill_base", "skilled_base", "high_skill_added", "skilled_added"],
        "applicants": ["applicants"],
    ]

    /// Ranges.
    public init(inputs: [UncertainInput], exemptions: [Exemption] = []) {
        self.inputs = inputs
        self.exemptions = exemptions
    }

    /// The ranges table of a scenario's data folder, `ranges.csv`.
    /// - Parameters:
    ///   - loaded: the loaded scenario.
    ///   - scenarioPath: the scenario file's path (its input files are named relative to its folder).
    /// - Returns: the path, or `nil` when the scenario's data folder is not known.
    public static func defaultPath(for loaded: LoadedScenario, scenarioPath: String) -> String? {
        guard let table = loaded.inputFiles.first(where: { ($0.path as NSString).lastPathComponent == "schools.csv" })
        else {
            return nil
        }
        let folder = (scenarioPath as NSString).deletingLastPathComponent
        let data = ((folder as NSString).appendingPathComponent(table.path) as NSString).deletingLastPathComponent
        return ((data as NSString).appendingPathComponent("ranges.csv") as NSString).standardizingPath
    }

    /// Reads a ranges table.
    ///
    /// - Parameter path: the file.
    /// - Returns: the ranges.
    /// - Throws: ``RobustnessError`` naming the file, line, field and fix of every problem.
    public static func read(path: String) throws -> InputRanges {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RobustnessError(
                "\(path): cannot be read — fix: give the ranges table (docs/data-format.md, ranges.csv) with --ranges, or add ranges.csv to the scenario's data folder",
                zh:
                    "\(path): 无法读取 — 修改：用 --ranges 给出范围表（docs/data-format.md，ranges.csv），或把 ranges.csv 放进情景的数据文件夹"
            )
        }
        return try parse(data, file: path)
    }

    /// Reads a ranges table from its bytes.
    ///
    /// - Parameters:
    ///   - data: the CSV.
    ///   - file: its name, for messages.
    /// - Returns: the ranges.
    /// - Throws: ``RobustnessError`` with every problem, one a line.
    public static func parse(_ data: Data, file: String) throws -> InputRanges {
        let (table, parseIssues) = CSVTable.read(data, file: file)
        var problems = Problems()
        for issue in parseIssues { problems.append(issue.description, zh: issue.description(in: .zh)) }
        for name in table.header where !header.contains(name) {
            problems.append(
                "\(file):\(table.headerLine): \(name): is not a column of a ranges table — fix: use the columns \(header.joined(separator: ","))",
                zh: "\(file):\(table.headerLine): \(name)：不是范围表的列 — 修改：使用这些列：\(header.joined(separator: ","))")
        }
        for name in header where !table.header.contains(name) {
            problems.append(
                "\(file):\(table.headerLine): \(name): column is missing from the header — fix: add it (docs/data-format.md, ranges.csv)",
                zh: "\(file):\(table.headerLine): \(name)：表头中缺少该列 — 修改：添加该列（docs/data-format.md，ranges.csv）")
        }
        if let error = problems.error { throw error }
        var inputs: [UncertainInput] = []
        var exemptions: [Exemption] = []
        for record in table.records {
            var cells: [String: String] = [:]
            for (name, value) in zip(table.header, record.fields) {
                cells[name] = value.trimmingCharacters(in: .whitespaces)
            }
            let at = "\(file):\(record.line)"
            func text(_ name: String) -> String { cells[name] ?? "" }
            let tableName = text("table")
            let ids = text("id").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
            let column = text("column")
            if ids.isEmpty {
                problems.append(
                    "\(at): id: is empty — fix: give a row id, ids separated by ;, or * for every row",
                    zh: "\(at): id：为空 — 修改：填写行编号，多个编号以 ; 分隔，或用 * 表示所有行")
            }
            if text("low").isEmpty && text("high").isEmpty && text("input").isEmpty {
                let reason = text("source")
                guard reason.hasPrefix("no range:") else {
                    problems.append(
                        "\(at): source: a row without low and high must give its reason — fix: write \"no range: <why this assumption has no range>\", or give low and high",
                        zh:
                            "\(at): source：没有 low 和 high 的行须说明理由 — 修改：写“no range: <该假设没有范围的理由>”，或填写 low 和 high"
                    )
                    continue
                }
                exemptions.append(Exemption(table: tableName, ids: ids, column: column, reason: reason))
                continue
            }
            guard let allowed = columns[tableName] else {
                problems.append(
                    "\(at): table: \"\(tableName)\" cannot have a range — fix: use one of \(columns.keys.sorted().joined(separator: ", "))",
                    zh:
                        "\(at): table：“\(tableName)”不能设范围 — 修改：使用以下之一：\(columns.keys.sorted().joined(separator: "、"))"
                )
                continue
            }
            guard allowed.contains(column) else {
                problems.append(
                    "\(at): column: \"\(column)\" is not a number column of \(tableName) that a range can set — fix: use one of \(allowed.joined(separator: ", "))",
                    zh:
                        "\(at): column：“\(column)”不是 \(tableName) 中可设范围的数值列 — 修改：使用以下之一：\(allowed.joined(separator: "、"))"
                )
                continue
            }
            let id = text("input")
            if id.isEmpty {
                problems.append(
                    "\(at): input: is empty — fix: name the uncertain input, e.g. outside-training (rows with the same input move together)",
                    zh: "\(at): input：为空 — 修改：给这个不确定输入起名，如 outside-training（同一输入的各行一起变动）"
                )
            }
            let mode = InputSetting.Mode(rawValue: text("as").isEmpty ? "value" : text("as"))
            if mode == nil {
                problems.append(
                    "\(at): as: is \"\(text("as"))\" — fix: write value (the cells take low and high) or factor (the cells are multiplied by them)",
                    zh: "\(at): as：为“\(text("as"))” — 修改：写 value（单元格取 low 和 high）或 factor（单元格乘以它们）"
                )
            }
            let low = Double(text("low")), high = Double(text("high"))
            if low == nil || !(low?.isFinite ?? false) {
                problems.append(
                    "\(at): low: is \"\(text("low"))\", not a number — fix: give the low value",
                    zh: "\(at): low：为“\(text("low"))”，不是数字 — 修改：填写低值")
            }
            if high == nil || !(high?.isFinite ?? false) {
                problems.append(
                    "\(at): high: is \"\(text("high"))\", not a number — fix: give the high value",
                    zh: "\(at): high：为“\(text("high"))”，不是数字 — 修改：填写高值")
            }
            if let low, let high, low > high {
                problems.append(
                    "\(at): low: is \(low), above high \(high) — fix: write the smaller number in low",
                    zh: "\(at): low：为 \(low)，大于 high \(high) — 修改：把较小的数填在 low")
            }
            guard !id.isEmpty, let mode, let low, let high, !ids.isEmpty else { continue }
            let setting = InputSetting(
                table: tableName, ids: ids, column: column, mode: mode, low: low, high: high,
                source: text("source"), location: at)
            if let index = inputs.firstIndex(where: { $0.id == id }) {
                inputs[index].settings.append(setting)
            } else {
                inputs.append(
                    UncertainInput(id: id, nameZh: text("name_zh"), nameEn: text("name_en"), settings: [setting]))
            }
        }
        if let error = problems.error { throw error }
        return InputRanges(inputs: inputs, exemptions: exemptions)
    }

    /// The problems found in a ranges table, one line each in English and in Chinese.
    private struct Problems {
        var english: [String] = []
        var chinese: [String] = []

        mutating func append(_ line: String, zh: String) {
            english.append(line)
            chinese.append(zh)
        }

        /// Every problem, one a line; `nil` when there is none.
        var error: RobustnessError? {
            english.isEmpty
                ? nil
                : RobustnessError(english.joined(separator: "\n"), zh: chinese.joined(separator: "\n"))
        }
    }
}
