/// Applying a scenario file's `overrides:` to the rows of the tables, before they are
/// decoded: table → id (or `*`) → column → value.
extension ScenarioReader {
    /// Replaces the overridden cells, with an issue for an unknown table, id or column.
    mutating func applyOverrides(to tables: inout [ScenarioEntityKind: [TableRow]]) {
        let readKinds = Set(tables.keys)
        tables[.target, default: []] += settings.extraTargets
        let names = ScenarioTableSchema.overridable.compactMap(\.overrideName)
        for entry in settings.overrides {
            guard let schema = ScenarioTableSchema.overridable.first(where: { $0.overrideName == entry.table }) else {
                report(
                    entry.tableLocation, field: "overrides", "table \"\(entry.table)\" cannot be overridden",
                    fix: "use one of: \(names.joined(separator: ", "))",
                    zh: ("表“\(entry.table)”不能覆盖", "使用以下之一：\(names.joined(separator: "、"))"))
                continue
            }
            guard schema.columns.contains(entry.column) else {
                report(
                    entry.columnLocation, field: entry.column, "is not a column of \(schema.file)",
                    fix:
                        "use a column of \(schema.file): \(schema.columns.filter { $0 != "id" }.joined(separator: ", "))",
                    zh: (
                        "不是 \(schema.file) 的列",
                        "使用 \(schema.file) 的列：\(schema.columns.filter { $0 != "id" }.joined(separator: "、"))"
                    ))
                continue
            }
            guard entry.column != "id" else {
                report(
                    entry.columnLocation, field: "id", "an override cannot change an id",
                    fix: "change the id in \(schema.file) itself",
                    zh: ("覆盖不能修改编号", "直接在 \(schema.file) 中修改编号"))
                continue
            }
            var rows = tables[schema.kind] ?? []
            var matched = false
            for index in rows.indices where entry.id == "*" || rows[index].text("id") == entry.id {
                matched = true
                rows[index].cells[entry.column] = TableCell(text: entry.value, location: entry.valueLocation)
                sourceMap.recordOverride(
                    schema.kind, rows[index].text("id"), field: entry.column, at: entry.valueLocation)
            }
            tables[schema.kind] = rows
            if !matched && entry.id != "*" && (readKinds.contains(schema.kind) || schema.kind == .target) {
                report(
                    entry.idLocation, field: entry.table, "\"\(entry.id)\" is not an id in \(schema.file)",
                    fix: "use an id from \(schema.file), or \"*\" for every row",
                    zh: ("“\(entry.id)”不是 \(schema.file) 中的编号", "使用 \(schema.file) 中的编号，或用“*”表示所有行"))
            }
        }
    }
}
