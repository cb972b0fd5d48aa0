import Yams

/// Reading the sections of a scenario file: `solver`, `rotation`, `targets`,
/// `extra_targets` and `overrides`.
extension ScenarioReader {
    mutating func readSolver(_ node: Node) {
        for (keyNode, value) in subMapping(node, key: "solver") {
            let key = keyNode.scalar?.string ?? ""
            let location = yamlLocation(value.mark?.line ?? keyNode.mark?.line)
            guard key == "mip_gap" || key == "time_limit" else {
                report(
                    location, field: "solver.\(key)", "is not a solver setting", fix: "use mip_gap or time_limit",
                    zh: ("不是求解器设置项", "使用 mip_gap 或 time_limit"))
                continue
            }
            sourceMap.record(.setting, "solver.\(key)", at: location)
            guard let text = scalarText(value, key: "solver.\(key)") else { continue }
            guard let number = ValueParsing.number(text) else {
                report(
                    location, field: "solver.\(key)", "is \"\(text)\", not a number",
                    fix: key == "mip_gap"
                        ? "give the relative MIP gap, e.g. 0.005" : "give the time limit in seconds, e.g. 60",
                    zh: ("为“\(text)”，不是数字", key == "mip_gap" ? "填写 MIP 相对间隙，如 0.005" : "填写时间限制（秒），如 60"))
                continue
            }
            if key == "mip_gap" { settings.solver.mipGap = number } else { settings.solver.timeLimit = number }
        }
    }

    mutating func readRotation(_ node: Node) {
        for (keyNode, value) in subMapping(node, key: "rotation") {
            let key = keyNode.scalar?.string ?? ""
            let location = yamlLocation(value.mark?.line ?? keyNode.mark?.line)
            switch key {
            case "cycle_years":
                sourceMap.record(.setting, "rotation.cycle_years", at: location)
                guard let text = scalarText(value, key: "rotation.cycle_years") else { continue }
                guard let years = ValueParsing.integer(text) else {
                    report(
                        location, field: "rotation.cycle_years", "is \"\(text)\", not a whole number",
                        fix: "give the number of planning years within which every teacher is rotated, e.g. 3",
                        zh: ("为“\(text)”，不是整数", "填写每名教师都须轮训一次的规划年数，如 3"))
                    continue
                }
                settings.rotationCycleYears = years
            case "qualifies":
                sourceMap.record(.setting, "rotation.qualifies", at: location)
                guard let text = scalarText(value, key: "rotation.qualifies") else { continue }
                switch text.lowercased() {
                case "true", "yes": settings.rotationQualifies = true
                case "false", "no": settings.rotationQualifies = false
                default:
                    report(
                        location, field: "rotation.qualifies", "is \"\(text)\", not true or false",
                        fix: "write false to let rotation qualify no one (q fixed to 0), or true (the default)",
                        zh: ("为“\(text)”，不是 true 或 false", "填写 false 表示轮训不使任何教师取得资格（q 固定为 0），或 true（默认）"))
                }
            default:
                report(
                    location, field: "rotation.\(key)", "is not a rotation setting",
                    fix: "use cycle_years or qualifies",
                    zh: ("不是轮训设置项", "使用 cycle_years 或 qualifies"))
            }
        }
    }

    mutating func readActualsUntil(_ node: Node) {
        guard let text = scalarText(node, key: "actuals_until") else { return }
        guard let year = ValueParsing.integer(text) else {
            report(
                yamlLocation(node.mark?.line), field: "actuals_until", "is \"\(text)\", not a year",
                fix:
                    "give the last year whose actual figures fix the plan, e.g. 2023 (docs/data-format.md, actuals.csv)",
                zh: (
                    "为“\(text)”，不是年份",
                    "填写以实际数固定方案的最后一年，如 2023（docs/data-format.md，actuals.csv）"
                ))
            return
        }
        settings.actualsUntil = year
    }

    mutating func readTableFiles(_ node: Node) {
        let names = ScenarioTableSchema.all.map(\.tableName)
        for (keyNode, value) in subMapping(node, key: "tables") {
            let name = keyNode.scalar?.string ?? ""
            let location = yamlLocation(value.mark?.line ?? keyNode.mark?.line)
            guard names.contains(name) else {
                report(
                    location, field: "tables.\(name)", "is not a table of the data folder",
                    fix: "use one of: \(names.joined(separator: ", "))",
                    zh: ("不是数据文件夹中的表", "使用以下之一：\(names.joined(separator: "、"))"))
                continue
            }
            guard let path = scalarText(value, key: "tables.\(name)"), !path.isEmpty else {
                report(
                    location, field: "tables.\(name)", "is empty",
                    fix: "give the table's CSV file, relative to this file",
                    zh: ("为空", "填写该表的 CSV 文件（相对于本文件）"))
                continue
            }
            settings.tableFiles[name] = (path, location)
        }
    }

    mutating func readTargetSelection(_ node: Node) {
        if let scalar = node.scalar, scalar.string == "all" {
            settings.targetSelection = nil
            return
        }
        guard let sequence = node.sequence else {
            report(
                yamlLocation(node.mark?.line), field: "targets",
                "is \"\(node.scalar?.string ?? "…")\", not `all` or a list of target ids",
                fix: "write targets: all, or a list such as [serve-demand, workplan-annual-training]",
                zh: (
                    "为“\(node.scalar?.string ?? "…")”，不是 `all`，也不是目标编号列表",
                    "写 targets: all，或写一个列表，如 [serve-demand, workplan-annual-training]"
                ))
            return
        }
        var selection: [(id: String, location: SourceLocation)] = []
        for item in sequence {
            guard let id = item.scalar?.string else {
                report(
                    yamlLocation(item.mark?.line), field: "targets", "lists something that is not a target id",
                    fix: "list target ids from targets.csv or extra_targets",
                    zh: ("列出了不是目标编号的内容", "列出 targets.csv 或 extra_targets 中的目标编号"))
                continue
            }
            selection.append((id, yamlLocation(item.mark?.line)))
        }
        settings.targetSelection = selection
    }

    mutating func readExtraTargets(_ node: Node) {
        guard let sequence = node.sequence else {
            report(
                yamlLocation(node.mark?.line), field: "extra_targets", "is not a list",
                fix: "write each extra target as a list item `- {id: ..., kind: ..., years: ..., weight: ...}`",
                zh: ("不是列表", "把每个额外目标写成一个列表项 `- {id: ..., kind: ..., years: ..., weight: ...}`"))
            return
        }
        let columns = Set(ScenarioTableSchema.targets.columns)
        for item in sequence {
            let rowLocation = yamlLocation(item.mark?.line)
            guard let mapping = item.mapping else {
                report(
                    rowLocation, field: "extra_targets", "has an item that is not a mapping of target fields",
                    fix: "write the item as {id: ..., kind: ..., years: ..., weight: ...} in the fields of targets.csv",
                    zh: (
                        "有一项不是由目标字段组成的映射",
                        "用 targets.csv 的字段把这一项写成 {id: ..., kind: ..., years: ..., weight: ...}"
                    ))
                continue
            }
            var cells: [String: TableCell] = [
                "source": TableCell(text: "assumption: extra target of the scenario", location: rowLocation)
            ]
            for (keyNode, value) in mapping {
                let key = keyNode.scalar?.string ?? ""
                let location = yamlLocation(value.mark?.line ?? keyNode.mark?.line)
                guard columns.contains(key) else {
                    report(
                        yamlLocation(keyNode.mark?.line), field: key, "is not a field of a target",
                        fix:
                            "use the fields of targets.csv: \(ScenarioTableSchema.targets.columns.joined(separator: ", "))",
                        zh: (
                            "不是目标的字段",
                            "使用 targets.csv 的字段：\(ScenarioTableSchema.targets.columns.joined(separator: "、"))"
                        ))
                    continue
                }
                guard let text = scalarText(value, key: key) else { continue }
                cells[key] = TableCell(text: text, location: location)
            }
            settings.extraTargets.append(TableRow(cells: cells, location: rowLocation))
        }
    }

    mutating func readOverrides(_ node: Node) {
        for (tableNode, idsNode) in subMapping(node, key: "overrides") {
            let table = tableNode.scalar?.string ?? ""
            for (idNode, columnsNode) in subMapping(idsNode, key: "overrides.\(table)") {
                let id = idNode.scalar?.string ?? ""
                for (columnNode, valueNode) in subMapping(columnsNode, key: "overrides.\(table).\(id)") {
                    let column = columnNode.scalar?.string ?? ""
                    guard let value = scalarText(valueNode, key: column) else { continue }
                    settings.overrides.append(
                        ScenarioOverride(
                            table: table, tableLocation: yamlLocation(tableNode.mark?.line),
                            id: id, idLocation: yamlLocation(idNode.mark?.line),
                            column: column, columnLocation: yamlLocation(columnNode.mark?.line),
                            value: value, valueLocation: yamlLocation(valueNode.mark?.line ?? columnNode.mark?.line)))
                }
            }
        }
    }

    /// The pairs of a mapping node, or an issue and no pairs.
    mutating func subMapping(_ node: Node, key: String) -> [(Node, Node)] {
        if let scalar = node.scalar, scalar.style == .plain, ["", "~", "null"].contains(scalar.string) { return [] }
        guard let mapping = node.mapping else {
            report(
                yamlLocation(node.mark?.line), field: key, "is not a mapping",
                fix: "write `key: value` pairs under `\(key):` (docs/data-format.md)",
                zh: ("不是映射", "在 `\(key):` 下写 `key: value` 形式的各项（docs/data-format.md）"))
            return []
        }
        return mapping.map { ($0.key, $0.value) }
    }
}
