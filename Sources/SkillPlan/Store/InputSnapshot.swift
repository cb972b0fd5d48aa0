import Foundation
import Yams

/// A version's input files as cells: (table, row id, field) → value, in file order.
///
/// A CSV file is a table named after its file (`teacher_groups`), its rows keyed by
/// ``InputTableKeys``. The scenario file is the table `scenario`: its top-level
/// settings are the row `settings`, nested settings are rows named by their path
/// (`solver`, `overrides.teacher_groups.*`). Comments, the question included, are not
/// inputs and are left out.
struct InputSnapshot: Sendable {
    /// Where a value sits.
    struct Cell: Hashable, Sendable {
        /// The table.
        var table: String
        /// The row's id.
        var id: String
        /// The field.
        var field: String
    }

    /// The cells in file order.
    private(set) var cells: [Cell] = []
    /// Each cell's value.
    private(set) var values: [Cell: String] = [:]
    /// Each row's cells, so that a row present in one version only is seen whole.
    private(set) var rows: Set<[String]> = []

    /// The snapshot of a version's files.
    ///
    /// - Parameter files: the files, the scenario file first.
    init(_ files: [ScenarioInputFile]) {
        for file in files {
            let name = (file.path as NSString).lastPathComponent
            let ext = (name as NSString).pathExtension.lowercased()
            if ext == "yaml" || ext == "yml" {
                addScenario(file)
            } else if ext == "csv" {
                addTable((name as NSString).deletingPathExtension, file.contents)
            } else {
                add(Cell(table: name, id: "file", field: "sha256"), file.sha256)
            }
        }
    }

    /// Whether the row (table, id) exists.
    func hasRow(_ table: String, _ id: String) -> Bool {
        rows.contains([table, id])
    }

    /// The value of a cell, or `nil`.
    func value(_ cell: Cell) -> String? {
        values[cell]
    }

    private mutating func add(_ cell: Cell, _ value: String) {
        if values[cell] == nil { cells.append(cell) }
        values[cell] = value
        rows.insert([cell.table, cell.id])
    }

    private mutating func addTable(_ table: String, _ data: Data) {
        let (csv, _) = CSVTable.read(data, file: table)
        let keys = InputTableKeys.columns(of: table, header: csv.header)
        var seen: [String: Int] = [:]
        for row in csv.rowsByColumn {
            var id = keys.map { (row[$0] ?? "").trimmingCharacters(in: .whitespaces) }.joined(separator: "/")
            seen[id, default: 0] += 1
            if let count = seen[id], count > 1 { id += "#\(count)" }
            for field in csv.header where !keys.contains(field) {
                add(Cell(table: table, id: id, field: field), (row[field] ?? "").trimmingCharacters(in: .whitespaces))
            }
        }
    }

    private mutating func addScenario(_ file: ScenarioInputFile) {
        guard let text = String(data: file.contents, encoding: .utf8),
            let root = try? Yams.compose(yaml: text), let mapping = root.mapping
        else {
            add(Cell(table: "scenario", id: "file", field: "sha256"), file.sha256)
            return
        }
        for (key, value) in mapping {
            addSetting(value, path: [key.scalar?.string ?? "?"])
        }
    }

    /// A scalar at `path` is the cell (path without its last part, last part); a
    /// mapping or a list of mappings goes one level down; a list of scalars is one
    /// value, its items joined by `, `.
    private mutating func addSetting(_ node: Node, path: [String]) {
        if let mapping = node.mapping {
            for (key, value) in mapping { addSetting(value, path: path + [key.scalar?.string ?? "?"]) }
        } else if let sequence = node.sequence {
            if sequence.allSatisfy({ $0.scalar != nil }) {
                addLeaf(path, sequence.compactMap { $0.scalar?.string }.joined(separator: ", "))
            } else {
                for (index, item) in sequence.enumerated() {
                    let name = item.mapping?["id"]?.scalar?.string ?? "[\(index + 1)]"
                    addSetting(item, path: path + [name])
                }
            }
        } else {
            addLeaf(path, node.scalar?.string ?? "")
        }
    }

    private mutating func addLeaf(_ path: [String], _ value: String) {
        let id = path.count > 1 ? path.dropLast().joined(separator: ".") : "settings"
        add(Cell(table: "scenario", id: id, field: path.last ?? ""), value)
    }
}
