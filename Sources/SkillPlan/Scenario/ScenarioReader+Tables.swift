import Foundation

/// Reading the CSV tables of the data folder into rows, checking each header against
/// the contract (docs/data-format.md).
extension ScenarioReader {
    /// The absolute path of the data folder, or `nil` (with an issue) when it is missing.
    mutating func dataFolderPath() -> String? {
        guard let (path, location) = settings.dataFolder else { return nil }
        let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: scenarioFolder, isDirectory: true))
            .standardizedFileURL
        if case .unreachable(let reason)? = Self.pathProblem(url.path) {
            report(
                location, field: "data", "is \"\(path)\", but \(display(url.path)) cannot be reached (\(reason))",
                fix:
                    "check the folder's permissions and the folders on its path (and for a symbolic link, where it points)",
                zh: (
                    "为“\(path)”，但无法访问 \(display(url.path))（\(Self.reasonZh(reason))）",
                    "检查该文件夹的权限及其路径上的各级文件夹（符号链接还要检查它指向哪里）"
                ))
            return nil
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            report(
                location, field: "data", "is \"\(path)\", but \(display(url.path)) is not a folder",
                fix: "point data: at the folder of CSV tables, relative to \(scenarioDisplay)",
                zh: (
                    "为“\(path)”，但 \(display(url.path)) 不是文件夹",
                    "让 data: 指向 CSV 数据表所在的文件夹（相对于 \(scenarioDisplay)）"
                ))
            return nil
        }
        return url.path
    }

    /// The rows of every table, by kind (no rows for a table that could not be read).
    mutating func readTables() -> [ScenarioEntityKind: [TableRow]] {
        var tables: [ScenarioEntityKind: [TableRow]] = [:]
        guard let folder = dataFolderPath() else { return tables }
        for schema in ScenarioTableSchema.all {
            tables[schema.kind] = readTable(schema, in: folder)  // nil: not read
        }
        return tables
    }

    /// The rows of one table, with an issue for a missing required file, a malformed
    /// file, or a header with unknown, repeated or missing columns; `nil` when a
    /// required file could not be read, no rows for a missing optional one.
    mutating func readTable(_ schema: ScenarioTableSchema, in folder: String) -> [TableRow]? {
        var path = (folder as NSString).appendingPathComponent(schema.file)
        if let (given, location) = settings.tableFiles[schema.tableName] {
            path =
                URL(fileURLWithPath: given, relativeTo: URL(fileURLWithPath: scenarioFolder, isDirectory: true))
                .standardizedFileURL.path
            guard FileManager.default.fileExists(atPath: path) else {
                report(
                    location, field: "tables.\(schema.tableName)",
                    "is \"\(given)\", but \(display(path)) does not exist",
                    fix: "give the table's CSV file, relative to \(scenarioDisplay)",
                    zh: ("为“\(given)”，但 \(display(path)) 不存在", "填写该表的 CSV 文件（相对于 \(scenarioDisplay)）"))
                return nil
            }
        }
        let file = display(path)
        switch Self.pathProblem(path) {
        case .folder?, .notAFile?:
            report(
                SourceLocation(file: file), "is not a file",
                fix: "put the CSV table \(schema.file) there (docs/data-format.md lists its columns)",
                zh: ("不是文件", "在此处放置 CSV 表 \(schema.file)（docs/data-format.md 列出了它的列）"))
            return nil
        case .unreachable(let reason)?:
            report(
                SourceLocation(file: file), "cannot be read (\(reason))",
                fix:
                    "check the permissions of \(display(folder)) and of the file (and for a symbolic link, where it points)",
                zh: (
                    "无法读取（\(Self.reasonZh(reason))）",
                    "检查 \(display(folder)) 和该文件的权限（符号链接还要检查它指向哪里）"
                ))
            return nil
        case .missing?, nil:
            break
        }
        guard FileManager.default.fileExists(atPath: path) else {
            if !schema.fileIsOptional {
                report(
                    SourceLocation(file: file), "is missing: \(schema.file) is a required table",
                    fix:
                        "add \(schema.file) to \(display(folder)) (docs/data-format.md lists its columns), or point data: in \(scenarioDisplay) at the folder that holds it",
                    zh: (
                        "缺失：\(schema.file) 是必需的表",
                        "把 \(schema.file) 加入 \(display(folder))（docs/data-format.md 列出了它的列），或让 \(scenarioDisplay) 中的 data: 指向存放它的文件夹"
                    ))
                return nil
            }
            return []
        }
        guard let data = readInput(path) else {
            report(
                SourceLocation(file: file), "cannot be read", fix: "check that the file is readable",
                zh: ("无法读取", "检查该文件是否可读"))
            return nil
        }
        let (table, parseIssues) = CSVTable.read(data, file: file)
        issues += parseIssues
        guard !table.header.isEmpty else {
            // A file that is not text at all has said so already.
            if !parseIssues.isEmpty { return nil }
            report(
                SourceLocation(file: file), "has no header row",
                fix: "start the file with the header: \(schema.columns.joined(separator: ","))",
                zh: ("没有表头行", "文件第一行写表头：\(schema.columns.joined(separator: ","))"))
            return nil
        }
        checkHeader(table, against: schema)
        let known = Set(schema.columns)
        let missing = Set(schema.requiredColumns).subtracting(table.header)
        return table.records.map { record in
            let location = SourceLocation(file: file, line: record.line)
            var cells: [String: TableCell] = [:]
            for (name, value) in zip(table.header, record.fields) where known.contains(name) && cells[name] == nil {
                cells[name] = TableCell(text: value.trimmedWhitespaceAndNewlines(), location: location)
            }
            return TableRow(cells: cells, location: location, missingColumns: missing)
        }
    }

    private mutating func checkHeader(_ table: CSVTable, against schema: ScenarioTableSchema) {
        let location = SourceLocation(file: table.file, line: table.headerLine)
        let known = Set(schema.columns)
        var seen = Set<String>()
        for name in table.header {
            if !seen.insert(name).inserted {
                report(
                    location, field: name, "column appears twice in the header", fix: "keep one \(name) column",
                    zh: ("该列在表头中出现了两次", "只保留一个 \(name) 列"))
            } else if !known.contains(name) {
                report(
                    location, field: name.isEmpty ? ScenarioIssue.emptyColumnName : name,
                    "is not a column of \(schema.file)",
                    fix:
                        "rename it to one of: \(schema.columns.joined(separator: ", ")), or delete the column (docs/data-format.md)",
                    zh: (
                        "不是 \(schema.file) 的列",
                        "改名为以下之一：\(schema.columns.joined(separator: "、"))，或删去该列（docs/data-format.md）"
                    ))
            }
        }
        for name in schema.requiredColumns where !seen.contains(name) {
            report(
                location, field: name, "column is missing from the header",
                fix: "add a \(name) column to \(schema.file) (docs/data-format.md)",
                zh: ("表头中缺少该列", "在 \(schema.file) 中添加 \(name) 列（docs/data-format.md）"))
        }
    }
}
