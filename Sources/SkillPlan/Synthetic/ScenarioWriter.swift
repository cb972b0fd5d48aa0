import Foundation

/// Writes a scenario as files in the bundled format (docs/data-format.md): a scenario
/// file (YAML) and a data folder of CSV tables, which ``ScenarioLoader`` reads back into
/// the same ``Scenario``.
///
/// Numbers are written in the shortest form that reads back to the same value; whole
/// numbers without decimals.
public enum ScenarioWriter {
    /// Writes `<folder>/<scenario name>.yaml` and the tables in `<folder>/<dataFolder>/`.
    ///
    /// - Parameters:
    ///   - scenario: the scenario; its overrides are already applied, so none are written.
    ///   - folder: the folder to write into (created if missing).
    ///   - dataFolder: the name of the tables' folder inside `folder`.
    ///   - replace: write even when `folder` already holds a scenario file or tables,
    ///     which other scenario files there may read: they would change under them.
    /// - Returns: the path of the scenario file.
    /// - Throws: ``FileError`` when a file cannot be written, or when the folder holds a
    ///   scenario already and `replace` is off.
    @discardableResult
    public static func write(
        _ scenario: Scenario, to folder: String, dataFolder: String = "data", replace: Bool = false
    ) throws -> String {
        let data = (folder as NSString).appendingPathComponent(dataFolder)
        if !replace {
            let manager = FileManager.default
            let scenarios = ((try? manager.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".yaml") }
                .sorted()
            let tables = ((try? manager.contentsOfDirectory(atPath: data)) ?? []).filter { $0.hasSuffix(".csv") }
            if !scenarios.isEmpty || !tables.isEmpty {
                let held =
                    scenarios.isEmpty
                    ? "tables in \(dataFolder)/" : "\(scenarios.joined(separator: ", ")) and its tables"
                throw FileError(
                    path: folder,
                    message:
                        "already holds a scenario (\(held)); writing here would change the data it was solved with — fix: choose another folder, or replace it (generate --force)"
                )
            }
        }
        let writer = CSVWriter()
        for (file, header, rows) in tables(of: scenario) {
            try AtomicFile.write(
                writer.data(header: header, rows: rows), to: (data as NSString).appendingPathComponent(file))
        }
        let path = (folder as NSString).appendingPathComponent("\(scenario.name).yaml")
        try AtomicFile.write(yaml(of: scenario, dataFolder: dataFolder), to: path)
        return path
    }

    /// The scenario file's text.
    static func yaml(of scenario: Scenario, dataFolder: String) -> String {
        var lines: [String] = []
        if !scenario.question.isEmpty { lines.append("# \(scenario.question)") }
        lines += [
            "name: \(quoted(scenario.name))",
            "title_zh: \(quoted(scenario.titleZh))",
            "title_en: \(quoted(scenario.titleEn))",
        ]
        if !scenario.questionZh.isEmpty { lines.append("question_zh: \(quoted(scenario.questionZh))") }
        lines += [
            "data: \(quoted(dataFolder))",
            "base_year: \(scenario.baseYear)",
            "years: \(scenario.baseYear + 1)-\(scenario.lastYear)",
            "solver:",
            "  mip_gap: \(number(scenario.solver.mipGap))",
            "  time_limit: \(number(scenario.solver.timeLimit))",
        ]
        if scenario.rotationCycleYears != nil || scenario.rotationQualifies != nil {
            lines.append("rotation:")
            if let cycle = scenario.rotationCycleYears { lines.append("  cycle_years: \(cycle)") }
            if let qualifies = scenario.rotationQualifies { lines.append("  qualifies: \(qualifies)") }
        }
        lines.append("targets: all")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    result += String(format: "\\x%02X", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// A number as the tables write it: `12`, `0.96`, `1e-05`.
    static func number(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    private static func optional(_ value: Double?) -> String { value.map(number) ?? "" }

    private static func list(_ items: [String]) -> String { items.joined(separator: ";") }

    /// Years as the tables write them: `2021-2025`, `2021;2023`.
    static func years(_ years: [Int]) -> String {
        var parts: [String] = []
        var index = 0
        let sorted = Array(Set(years)).sorted()
        while index < sorted.count {
            var end = index
            while end + 1 < sorted.count, sorted[end + 1] == sorted[end] + 1 { end += 1 }
            parts.append(end == index ? "\(sorted[index])" : "\(sorted[index])-\(sorted[end])")
            index = end + 1
        }
        return parts.joined(separator: ";")
    }

    /// Every table: file name, header and rows.
    static func tables(of s: Scenario) -> [(String, [String], [[String]])] {
        var tables: [(String, [String], [[String]])] = []
        tables.append(
            (
                ScenarioTableSchema.schools.file, ScenarioTableSchema.schools.columns,
                s.schools.map {
                    [
                        $0.id, $0.nameZh, $0.nameEn, number($0.capacity), number($0.maxExpand), number($0.expandCost),
                        $0.source,
                    ]
                }
            ))
        tables.append(
            (
                ScenarioTableSchema.levels.file, ScenarioTableSchema.levels.columns,
                s.levels.map {
                    [
                        $0.id, $0.nameZh, $0.nameEn, String($0.duration), number($0.retention),
                        $0.isHighSkill ? "true" : "false",
                        number($0.stayShare), $0.source,
                    ]
                }
            ))
        tables.append(
            (
                ScenarioTableSchema.teacherGroups.file, ScenarioTableSchema.teacherGroups.columns,
                s.groups.map {
                    [
                        $0.id, $0.school, $0.nameZh, $0.nameEn, number($0.headcount), number($0.maxHire),
                        number($0.hireCost),
                        number($0.studentsPerFTE), number($0.trainingPerFTE), optional($0.hoursPerFTE),
                        number($0.rotationAway),
                        number($0.rotationMaxShare), optional($0.highTrainingPerFTE), optional($0.qualifiedBase),
                        optional($0.qualifiedHireShare), optional($0.qualifyCost), $0.source,
                    ]
                }
            ))
        tables.append(
            (
                ScenarioTableSchema.leavers.file, ScenarioTableSchema.leavers.columns,
                s.leavers.map {
                    [$0.group, String($0.year), number($0.count), optional($0.qualified), $0.source]
                }
            ))
        tables.append(
            (
                ScenarioTableSchema.programmes.file, ScenarioTableSchema.programmes.columns,
                s.programmes.map {
                    [
                        $0.id, $0.school, $0.group, $0.nameZh, $0.nameEn, list($0.levels), number($0.classSize),
                        number($0.minFill),
                        number($0.classCost), number($0.trainingCapacity), number($0.trainingCost), list($0.tags),
                        optional($0.highTrainingCapacity), optional($0.highTrainingCost), $0.source,
                    ]
                }
            ))
        tables.append(
            (
                ScenarioTableSchema.initialStudents.file, ScenarioTableSchema.initialStudents.columns,
                s.initialStudents.map {
                    [
                        $0.programme, $0.level, String($0.yearOfStudy), number($0.students), optional($0.classes),
                        $0.source,
                    ]
                }
            ))
        tables.append(
            (
                ScenarioTableSchema.applicants.file, ScenarioTableSchema.applicants.columns,
                s.applicants.map {
                    [$0.programme, $0.level, String($0.year), number($0.applicants), $0.source]
                }
            ))
        tables.append(
            (
                ScenarioTableSchema.curricula.file, ScenarioTableSchema.curricula.columns,
                s.curricula.flatMap { m in
                    m.hoursByYearOfStudy.enumerated().map { k, hours in
                        [
                            m.programme, m.level, m.module, m.nameZh, m.nameEn, m.group, String(k + 1), number(hours),
                            m.source,
                        ]
                    }
                }
            ))
        tables.append(
            (
                ScenarioTableSchema.targets.file, ScenarioTableSchema.targets.columns,
                s.targets.map {
                    [
                        $0.id, $0.kind.rawValue, $0.nameZh, $0.nameEn, $0.school ?? "", list($0.tags), years($0.years),
                        optional($0.value),
                        optional($0.share), optional($0.ratio), $0.countsIntake ? "true" : "false", number($0.weight),
                        list($0.highScope),
                        list($0.newScope), $0.trainingLevel?.rawValue ?? "", $0.source,
                    ]
                }
            ))
        var external: [[String]] = []
        for t in s.targets {
            func rows(_ field: String, _ values: [Int: Double]) {
                for year in values.keys.sorted() {
                    external.append([t.id, String(year), field, number(values[year] ?? 0), t.source])
                }
            }
            rows("training", t.externalTraining)
            if let base = t.highSkillBase {
                external.append([t.id, String(s.baseYear), "high_skill_base", number(base), t.source])
            }
            if let base = t.skilledBase {
                external.append([t.id, String(s.baseYear), "skilled_base", number(base), t.source])
            }
            rows("high_skill_added", t.highSkillAdded)
            rows("skilled_added", t.skilledAdded)
        }
        tables.append((ScenarioTableSchema.targetExternal.file, ScenarioTableSchema.targetExternal.columns, external))
        return tables
    }
}
