import Foundation
import Yams

/// A new scenario made from another: its file with a new name and title, lever values
/// set (settings in their sections, data values under `overrides:`), and its data
/// folder copied beside it (`Data/`), with tables replaced by uploaded ones. The new
/// folder holds everything the scenario reads, so a saved version of it restores.
///
/// Loading the written file (``ScenarioLoader``) checks the values with the same
/// messages as `skillplan validate`; ``lever(for:)`` tells which lever an issue is about.
public struct ScenarioVariant: Sendable {
    /// The written scenario file.
    public var scenarioPath: String
    /// The folder holding it and its `Data/`.
    public var folder: String
    /// The scenario file's line of each lever's value, by line.
    public var leverLines: [Int: String]

    /// The lever an issue found when loading the variant is about: the one whose value
    /// is on the issue's line of the scenario file; `nil` for issues elsewhere.
    public func lever(for issue: ScenarioIssue) -> String? {
        guard let line = issue.line, issue.file.hasSuffix((scenarioPath as NSString).lastPathComponent) else {
            return nil
        }
        return leverLines[line]
    }

    /// Writes a variant.
    ///
    /// - Parameters:
    ///   - base: the scenario file it is made from.
    ///   - name: the new scenario's name (also its file's name); a ``SafeName``.
    ///   - question: the question it answers (the file's leading comment), or `nil` to
    ///     keep the base's.
    ///   - changes: lever id (``ScenarioLever/id``) → value as text; an empty text
    ///     removes a setting (e.g. no rotation cycle).
    ///   - targets: the ids of the targets the variant keeps (written as `targets:`; an
    ///     extra target left out is taken out of `extra_targets:`), or `nil` to keep the
    ///     base's.
    ///   - tables: data files to replace, by file name (`programmes.csv`) → bytes as
    ///     uploaded; each name must be one of the data folder's tables.
    ///   - folder: the new folder (must not exist; created with its parents).
    /// - Returns: the variant.
    /// - Throws: ``ScenarioError`` when the base cannot be read or a table name is not a
    ///   data table; file errors when the folder cannot be written.
    public static func write(
        base: String, name: SafeName, question: String?, changes: [String: String], targets: [String]? = nil,
        tables: [String: Data] = [:], into folder: String
    ) throws -> ScenarioVariant {
        let fileManager = FileManager.default
        guard let data = fileManager.contents(atPath: base), let text = String(data: data, encoding: .utf8),
            var root = try? Yams.compose(yaml: text), root.mapping != nil
        else {
            throw ScenarioError(issues: [
                ScenarioIssue(
                    file: (base as NSString).lastPathComponent, message: "cannot be read as a scenario file",
                    fix: "check the file with skillplan validate",
                    zh: ("无法作为情景文件读取", "用 skillplan validate 检查该文件"))
            ])
        }
        let baseFolder = (base as NSString).deletingLastPathComponent
        let dataName = root["data"]?.scalar?.string ?? "."
        let dataFolder = URL(fileURLWithPath: dataName, relativeTo: URL(fileURLWithPath: baseFolder, isDirectory: true))
            .standardizedFileURL.path
        for table in tables.keys where !ScenarioTableSchema.all.contains(where: { $0.file == table }) {
            throw ScenarioError(issues: [
                ScenarioIssue(
                    file: table, message: "is not a data table",
                    fix: "upload one of: \(ScenarioTableSchema.all.map(\.file).joined(separator: ", "))",
                    zh: ("不是数据表", "上传以下之一：\(ScenarioTableSchema.all.map(\.file).joined(separator: "、"))"))
            ])
        }
        if fileManager.fileExists(atPath: folder) {
            throw ScenarioError(issues: [
                ScenarioIssue(
                    file: name.text, message: "a scenario of this name exists already", fix: "choose another name",
                    zh: ("已有同名的情景", "另取一个名称"))
            ])
        }
        let newData = (folder as NSString).appendingPathComponent("Data")
        try fileManager.createDirectory(atPath: newData, withIntermediateDirectories: true)
        // A table the scenario file names with `tables:`, and its actuals file, are copied
        // into the new Data/ as the table itself, so the variant reads what the base read.
        func resolved(_ path: String) -> String {
            URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: baseFolder, isDirectory: true))
                .standardizedFileURL.path
        }
        var own: [String: String] = [:]
        for (key, value) in root["tables"]?.mapping ?? Node.Mapping([]) {
            if let table = key.scalar?.string, let path = value.scalar?.string { own[table + ".csv"] = resolved(path) }
        }
        if let node = root["actuals"], let path = node.scalar?.string { own["actuals.csv"] = resolved(path) }
        if let mapping = root.mapping {
            root = Node.mapping(
                Node.Mapping(mapping.filter { !["tables", "actuals"].contains($0.key.scalar?.string ?? "") }))
        }
        for file in ScenarioTableSchema.all.map(\.file) + ["actuals.csv"] {
            let target = (newData as NSString).appendingPathComponent(file)
            if let uploaded = tables[file] {
                try AtomicFile.write(uploaded, to: target)
            } else if let original = fileManager.contents(
                atPath: own[file] ?? (dataFolder as NSString).appendingPathComponent(file))
            {
                try AtomicFile.write(original, to: target)
            }
        }
        root["name"] = Node(name.text)
        for key in ["title_zh", "title_en"] {
            let old = root[key]?.scalar?.string ?? ""
            let title = old.isEmpty ? name.text : (key == "title_zh" ? "\(old)（\(name.text)）" : "\(old) (\(name.text))")
            root[key] = Node(title)
        }
        root["data"] = Node("Data")
        var overrides = root["overrides"]?.mapping ?? Node.Mapping([])
        for (lever, value) in changes.sorted(by: { $0.key < $1.key }) {
            let parts = lever.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            if ScenarioLevers.settings.contains(lever) {
                var section = root[parts[0]]?.mapping ?? Node.Mapping([])
                section[parts[1]] = value.isEmpty ? nil : Node(value, Tag(.implicit), .plain)
                root[parts[0]] = section.isEmpty ? nil : Node.mapping(section)
            } else if parts.count >= 3 {
                let table = parts[0], column = parts[parts.count - 1]
                let row = parts[1..<(parts.count - 1)].joined(separator: ".")
                var tableNode = overrides[table]?.mapping ?? Node.Mapping([])
                var rowNode = tableNode[row]?.mapping ?? Node.Mapping([])
                rowNode[column] = Node(value, Tag(.implicit), .plain)
                tableNode[row] = Node.mapping(rowNode)
                overrides[table] = Node.mapping(tableNode)
            }
        }
        if !overrides.isEmpty { root["overrides"] = Node.mapping(overrides) }
        if let targets {
            root["targets"] = Node.sequence(Node.Sequence(targets.map { Node($0) }))
            if let extra = root["extra_targets"]?.sequence {
                let kept = extra.filter { item in
                    guard let id = item["id"]?.scalar?.string else { return true }
                    return targets.contains(id)
                }
                root["extra_targets"] = kept.isEmpty ? nil : Node.sequence(Node.Sequence(kept))
            }
        }
        let comment = (question ?? ScenarioReader.leadingComment(of: text))
            .split(whereSeparator: \.isNewline).map { "# " + $0 }.joined(separator: "\n")
        let yaml =
            (comment.isEmpty ? "" : comment + "\n") + (try Yams.serialize(node: root, width: -1, allowUnicode: true))
        let path = (folder as NSString).appendingPathComponent(name.text + ".yaml")
        try AtomicFile.write(yaml, to: path)
        return ScenarioVariant(
            scenarioPath: path, folder: folder, leverLines: try leverLines(in: yaml, changes: changes))
    }

    /// The line of each changed lever's value in the written file.
    private static func leverLines(in yaml: String, changes: [String: String]) throws -> [Int: String] {
        guard let root = try Yams.compose(yaml: yaml) else { return [:] }
        var lines: [Int: String] = [:]
        for lever in changes.keys {
            let parts = lever.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            var node: Node?
            if ScenarioLevers.settings.contains(lever) {
                node = root[parts[0]]?[parts[1]]
            } else if parts.count >= 3 {
                node =
                    root["overrides"]?[parts[0]]?[parts[1..<(parts.count - 1)].joined(separator: ".")]?[
                        parts[parts.count - 1]]
            }
            if let line = node?.mark?.line { lines[line] = lever }
        }
        return lines
    }
}

extension ScenarioVariant {
    /// The data folder's table files (`schools.csv`, …), in the documented order.
    public static var tableFiles: [String] { ScenarioTableSchema.all.map(\.file) }
}
