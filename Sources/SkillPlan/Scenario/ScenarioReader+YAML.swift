import Foundation
import Yams

/// Reading the scenario file (`Models/*.yaml`), with a line for every problem.
extension ScenarioReader {
    static let topLevelKeys = [
        "name", "title_zh", "title_en", "question_zh", "data", "base_year", "years", "solver", "rotation", "targets",
        "extra_targets", "overrides", "actuals_until", "actuals", "tables",
    ]

    /// Reads the scenario file's settings; `false` when the file cannot be read as YAML
    /// at all (the tables are then not read).
    mutating func readSettings(from data: Data) -> Bool {
        guard let text = String(data: data, encoding: .utf8) else {
            report(
                yamlLocation(nil), "is not valid UTF-8 text", fix: "save the scenario file as UTF-8",
                zh: ("不是有效的 UTF-8 文本", "将情景文件另存为 UTF-8 编码"))
            return false
        }
        settings.question = Self.leadingComment(of: text)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            let (line, message) = Self.describe(error)
            report(
                yamlLocation(line), message,
                fix:
                    "check the indentation, colons, quotes and brackets at this line (docs/data-format.md shows a scenario file)",
                zh: (
                    Self.describeZh(error),
                    "检查这一行的缩进、冒号、引号和括号（docs/data-format.md 有情景文件的示例）"
                ))
            return false
        } catch {
            report(
                yamlLocation(nil), "is not valid YAML: \(error)",
                fix: "check the file against the example in docs/data-format.md",
                zh: ("不是有效的 YAML", "对照 docs/data-format.md 中的示例检查该文件"))
            return false
        }
        guard let mapping = root?.mapping else {
            report(
                yamlLocation(root?.mark?.line),
                "is not a YAML mapping of settings (name:, data:, base_year:, years:, …)",
                fix: "write the settings as `key: value` lines, as in docs/data-format.md",
                zh: (
                    "不是由设置项组成的 YAML 映射（name:、data:、base_year:、years:、…）",
                    "按 docs/data-format.md 的写法，把设置写成 `key: value` 的行"
                ))
            return false
        }
        var seen = Set<String>()
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string ?? ""
            let location = yamlLocation(keyNode.mark?.line)
            seen.insert(key)
            switch key {
            case "name": settings.name = scalarText(value, key: key) ?? ""
            case "title_zh": settings.titleZh = scalarText(value, key: key) ?? ""
            case "title_en": settings.titleEn = scalarText(value, key: key) ?? ""
            case "question_zh": settings.questionZh = scalarText(value, key: key) ?? ""
            case "data":
                if let path = scalarText(value, key: key), !path.isEmpty {
                    settings.dataFolder = (path, yamlLocation(value.mark?.line))
                } else {
                    report(
                        location, field: "data", "is empty",
                        fix: "give the folder of CSV tables, relative to this file, e.g. ../Data",
                        zh: ("为空", "填写 CSV 数据表所在的文件夹（相对于本文件），如 ../Data"))
                }
            case "base_year": readBaseYear(value)
            case "years": readYears(value, location: location)
            case "solver": readSolver(value)
            case "rotation": readRotation(value)
            case "targets": readTargetSelection(value)
            case "extra_targets": readExtraTargets(value)
            case "overrides": readOverrides(value)
            case "actuals_until": readActualsUntil(value)
            case "actuals":
                if let path = scalarText(value, key: key), !path.isEmpty {
                    settings.actualsFile = (path, yamlLocation(value.mark?.line))
                } else {
                    report(
                        location, field: "actuals", "is empty",
                        fix: "give the actuals file, relative to this file, e.g. ../Data/actuals.csv",
                        zh: ("为空", "填写实际数文件（相对于本文件），如 ../Data/actuals.csv"))
                }
            case "tables": readTableFiles(value)
            default:
                report(
                    location, field: key, "is not a setting of a scenario file",
                    fix: "use one of: \(Self.topLevelKeys.joined(separator: ", ")) (docs/data-format.md)",
                    zh: (
                        "不是情景文件的设置项",
                        "使用以下之一：\(Self.topLevelKeys.joined(separator: "、"))（docs/data-format.md）"
                    ))
            }
            sourceMap.record(.setting, key, at: yamlLocation(value.mark?.line ?? keyNode.mark?.line))
        }
        for key in ["name", "data", "base_year", "years"] where !seen.contains(key) {
            report(
                yamlLocation(nil), field: key, "is missing", fix: "add a `\(key):` line (docs/data-format.md)",
                zh: ("缺失", "添加一行 `\(key):`（docs/data-format.md）"))
        }
        checkYearsStartAfterBase()
        return true
    }

    /// The leading `#` comment lines, without their `#`, joined by spaces.
    static func leadingComment(of text: String) -> String {
        var parts: [String] = []
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty && parts.isEmpty { continue }
            guard trimmed.hasPrefix("#") else { break }
            let body = trimmed.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
            if !body.isEmpty { parts.append(body) }
        }
        return parts.joined(separator: " ")
    }

    /// The line and a message for a Yams error.
    static func describe(_ error: YamlError) -> (line: Int?, message: String) {
        func text(_ problem: String, _ context: YamlError.Context?) -> String {
            var message = "is not valid YAML: \(problem)"
            if let context { message += " (\(context.text) at line \(context.mark.line))" }
            return message
        }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return (mark.line, text(problem, context))
        case .reader(let problem, _, _, _):
            return (nil, "is not valid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return (context.mark.line, "is not valid YAML: \(duplicates.joined(separator: ", ")) given twice")
        default:
            return (nil, "is not valid YAML: \(error)")
        }
    }

    /// The Chinese message for a Yams error: where the parser stopped, without the
    /// parser's own English words (the line is the issue's).
    static func describeZh(_ error: YamlError) -> String {
        func text(_ problem: String, _ context: YamlError.Context?) -> String {
            let known: [String: String] = [
                "mapping values are not allowed in this context": "此处不能出现“键: 值”（多了一个冒号？）",
                "did not find expected key": "缺少应有的键（缩进不一致？）",
                "could not find expected ':'": "缺少应有的“:”",
                "found character that cannot start any token": "出现了不能作为开头的字符（如制表符）",
                "found unexpected end of stream": "文件意外结束（引号或括号没有闭合？）",
                "did not find expected ',' or ']'": "缺少“,”或“]”",
                "did not find expected ',' or '}'": "缺少“,”或“}”",
                "found undefined tag handle": "出现了未定义的标签",
            ]
            var message = "不是有效的 YAML" + (known[problem].map { "：\($0)" } ?? "")
            if let context { message += "（始于第 \(context.mark.line) 行的结构）" }
            return message
        }
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
            .composer(let context, let problem, _, _):
            return text(problem, context)
        case .duplicatedKeysInMapping(let duplicates, _):
            return "不是有效的 YAML：\(duplicates.joined(separator: "、")) 出现了两次"
        default:
            return "不是有效的 YAML"
        }
    }

    /// The text of a scalar (`""` for null), or of a sequence of scalars joined by `;`;
    /// an issue and `nil` for anything else.
    mutating func scalarText(_ node: Node, key: String) -> String? {
        if let text = Self.cellText(node) { return text }
        report(
            yamlLocation(node.mark?.line), field: key, "is not a single value",
            fix: "write one value after `\(key):`", zh: ("不是单个值", "在 `\(key):` 后只写一个值"))
        return nil
    }

    /// A scalar's text (`""` for null), a sequence of scalars joined by `;`, or `nil`.
    static func cellText(_ node: Node) -> String? {
        if let scalar = node.scalar {
            let isNull = scalar.style == .plain && ["~", "null", "Null", "NULL", ""].contains(scalar.string)
            return isNull ? "" : scalar.string.trimmingCharacters(in: .whitespaces)
        }
        if let sequence = node.sequence {
            let items = sequence.compactMap { $0.scalar?.string }
            guard items.count == sequence.count else { return nil }
            return items.joined(separator: ";")
        }
        return nil
    }

    private mutating func readBaseYear(_ node: Node) {
        guard let text = scalarText(node, key: "base_year") else { return }
        guard let year = ValueParsing.integer(text) else {
            report(
                yamlLocation(node.mark?.line), field: "base_year", "is \"\(text)\", not a year",
                fix: "give the base year, whose state the data describes, e.g. 2020",
                zh: ("为“\(text)”，不是年份", "填写基准年，即数据所描述状况的年份，如 2020"))
            return
        }
        settings.baseYear = year
    }

    private mutating func readYears(_ node: Node, location: SourceLocation) {
        guard let text = scalarText(node, key: "years") else { return }
        switch ValueParsing.years(text) {
        case .failure(let problem):
            report(yamlLocation(node.mark?.line), field: "years", problem.message, fix: problem.fix, zh: problem.zh)
        case .success(let years):
            guard let first = years.first, let last = years.last, last - first + 1 == years.count else {
                report(
                    yamlLocation(node.mark?.line), field: "years", "is \"\(text)\", not a run of consecutive years",
                    fix: "write the planning years as a range, e.g. 2021-2025",
                    zh: ("为“\(text)”，不是连续的年份", "把规划年份写成一个范围，如 2021-2025"))
                return
            }
            settings.lastYear = last
            settings.firstYear = first
        }
    }

    /// base_year must be the year before the first planning year. When they disagree,
    /// base_year is blamed, at its own line: it is the one setting the data's base values
    /// (target_external.csv's `*_base` rows) and the first year's cohorts hang on, so
    /// those rows' complaints would be its consequences (they are not reported; see
    /// `readTargetExternal`).
    private mutating func checkYearsStartAfterBase() {
        guard let base = settings.baseYear, let first = settings.firstYear, first != base + 1 else { return }
        let location = sourceMap.location(of: .setting, "base_year") ?? yamlLocation(nil)
        let last = settings.lastYear ?? first
        let span = first == last ? "\(first)" : "\(first)-\(last)"
        report(
            location, field: "base_year",
            "is \(base), but the planning years (years: \(span)) start in \(first); base_year is the year before the first planning year, whose state the data describe",
            fix: "set base_year: \(first - 1), or plan from \(base + 1) (years: \(base + 1)-\(max(last, base + 1)))",
            zh: (
                "为 \(base)，但规划年份（years: \(span)）从 \(first) 年开始；base_year 应是第一个规划年份的前一年，即数据所描述状况的年份",
                "设 base_year: \(first - 1)，或从 \(base + 1) 年开始规划（years: \(base + 1)-\(max(last, base + 1))）"
            ))
        settings.lastYear = nil
    }
}
