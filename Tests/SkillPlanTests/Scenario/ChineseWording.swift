import Foundation
import Testing

@testable import SkillPlan

/// The English words left in an issue's Chinese line: what a test that builds bad input
/// checks, so that no validation message of a Chinese run keeps English (issue 15).
///
/// A line may keep what the planner types or reads in the files: the file and the field
/// of the issue, quoted values (`“…”`, `"…"`, `` `…` ``), column and setting names,
/// target kinds and measures, ids and paths (any word with `-`, `_`, `.`, `/` or a digit),
/// the ids of the scenario's rows, and the few literals the data format takes (`true`,
/// `false`, `all`, the source prefixes `workplan`, `standard`, `report`, `assumption`),
/// the names of programs (`skillplan`, `GLPK`, `YAML`, `UTF`, `Excel`). Every
/// other word of four letters or more is English.
enum ChineseWording {
    /// The words a Chinese line may keep whatever the scenario.
    static let vocabulary: Set<String> = {
        var words: Set<String> = [
            "true", "false", "all", "workplan", "standard", "report", "assumption", "skillplan", "validate",
            "scenarios", "GLPK", "YAML", "UTF", "CSV", "MIP", "null", "data", "years", "actuals", "tables", "name",
            "targets", "YEAR", "Models", "Data", "Excel",
            // The level ids the fixes give as examples (the bundled data's).
            "intermediate", "senior",
        ]
        words.formUnion(ScenarioReader.topLevelKeys)
        words.formUnion(ScenarioTableSchema.all.map(\.tableName))
        words.formUnion(ScenarioTableSchema.all.compactMap(\.overrideName))
        for schema in ScenarioTableSchema.all { words.formUnion(schema.columns) }
        words.formUnion(ActualsTable.columns)
        words.formUnion(TargetKind.allCases.map(\.rawValue))
        words.formUnion(ActualMeasure.allCases.map(\.rawValue))
        return words
    }()

    /// The columns whose cells are ids (or lists of ids) a message may name unquoted.
    static let idColumns: Set<String> = [
        "id", "school", "group", "programme", "level", "levels", "tags", "target", "module", "field", "kind",
        "measure", "high_scope", "new_scope",
    ]

    /// The ids in the id columns of every CSV file under `folder` (recursively).
    static func ids(under folder: URL) -> Set<String> {
        var ids: Set<String> = []
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            guard url.pathExtension == "csv", let data = try? Data(contentsOf: url) else { continue }
            let (table, _) = CSVTable.read(data, file: url.lastPathComponent)
            for record in table.records {
                for (column, cell) in zip(table.header, record.fields) where idColumns.contains(column) {
                    ids.formUnion(ValueParsing.list(cell))
                }
            }
        }
        return ids
    }

    /// The ids of a scenario built in code.
    static func ids(of scenario: Scenario) -> Set<String> {
        var ids: Set<String> = [scenario.name]
        ids.formUnion(scenario.schools.map(\.id))
        ids.formUnion(scenario.levels.map(\.id))
        for group in scenario.groups { ids.formUnion([group.id, group.school]) }
        for programme in scenario.programmes {
            ids.formUnion([programme.id, programme.school, programme.group])
            ids.formUnion(programme.levels)
            ids.formUnion(programme.tags)
        }
        for module in scenario.curricula {
            ids.formUnion([module.module, module.group, module.programme, module.level])
        }
        for target in scenario.targets {
            ids.insert(target.id)
            ids.formUnion(target.tags)
            ids.formUnion(target.highScope)
            ids.formUnion(target.newScope)
            if let school = target.school { ids.insert(school) }
        }
        for row in scenario.applicants { ids.formUnion([row.programme, row.level]) }
        for row in scenario.initialStudents { ids.formUnion([row.programme, row.level]) }
        ids.formUnion(scenario.leavers.map(\.group))
        return ids
    }

    /// The English words of the issue's Chinese line; empty when it is all Chinese.
    ///
    /// - Parameters:
    ///   - issue: the issue.
    ///   - ids: the ids of the rows the issue may name.
    /// - Returns: the words, in order; `["(no Chinese wording)"]` when the issue has none.
    static func englishWords(in issue: ScenarioIssue, ids: Set<String>) -> [String] {
        guard issue.isWorded(in: .zh) else { return ["(no Chinese wording)"] }
        var text = issue.description(in: .zh)
        var place = issue.file + (issue.line.map { ":\($0)" } ?? "") + ": "
        if let field = issue.field { place += (field == ScenarioIssue.emptyColumnName ? "（空列名）" : field) + "：" }
        if text.hasPrefix(place) { text.removeFirst(place.count) }
        // Quoted values are the planner's own text.
        for pattern in ["“[^”]*”", "\"[^\"]*\"", "`[^`]*`", "<[^>]*>"] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        let allowed = vocabulary.union(ids).union([issue.field ?? ""])
        var words: [String] = []
        let separators = CharacterSet(
            charactersIn: "-_./0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
        ).inverted
        for word in text.components(separatedBy: separators) where !word.isEmpty {
            let isPlain = word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
            guard isPlain, word.count >= 4, !allowed.contains(word) else { continue }
            words.append(word)
        }
        return words
    }

    /// Records a test issue for every English word left in the issues' Chinese lines.
    static func expectChinese(_ issues: [ScenarioIssue], ids: Set<String>) {
        for issue in issues {
            let words = englishWords(in: issue, ids: ids)
            #expect(words.isEmpty, "English \(words) in \(issue.description(in: .zh))")
        }
    }
}
