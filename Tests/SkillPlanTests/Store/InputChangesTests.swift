import Foundation
import TestSupport
import Testing

@testable import SkillPlan

/// The inputs that changed between two versions, cell by cell.
@Suite("Plan store: input changes between versions")
struct InputChangesTests {
    @Test("two versions differing in one CSV cell: exactly that cell")
    func oneCell() throws {
        let folder = try StoreTestFolder()
        defer { folder.remove() }
        let store = try PlanStore(path: folder.storePath())
        let before = try folder.solveAndSave(in: store, label: "baseline").summary
        try folder.replace("Data/teacher_groups.csv", ",10,6,150000,", with: ",10,0,150000,")
        let after = try folder.solveAndSave(in: store, label: "freeze").summary
        #expect(
            try store.inputChanges(from: before, to: after)
                == [InputChange(table: "teacher_groups", id: "xt-mech", field: "max_hire", before: "6", after: "0")])
        #expect(
            try store.inputChanges(from: after, to: before)
                == [InputChange(table: "teacher_groups", id: "xt-mech", field: "max_hire", before: "0", after: "6")])
        #expect(try store.inputChanges(from: before, to: before) == [])
    }

    /// The tiny scenario's files with edits, as a loaded scenario would hold them.
    private func files(_ edits: [String: (String) -> String] = [:]) -> [ScenarioInputFile] {
        TinyStoreScenario.files.map { path, text in
            let stored = path.hasPrefix("Models/") ? String(path.dropFirst(7)) : "../" + path
            return ScenarioInputFile(path: stored, contents: Data((edits[path]?(text) ?? text).utf8))
        }
    }

    @Test("scenario settings: a changed setting and a new override; comments are not inputs")
    func scenarioSettings() {
        let changed = files([
            "Models/tiny.yaml": {
                $0.replacingOccurrences(of: "mip_gap: 0\n", with: "mip_gap: 0.01\n")
                    .replacingOccurrences(of: "# Tiny: one school", with: "# Tiny, frozen: one school")
                    + "overrides:\n  teacher_groups:\n    \"*\": {max_hire: 0}\n"
            }
        ])
        #expect(
            InputComparison.changes(from: files(), to: changed) == [
                InputChange(table: "scenario", id: "solver", field: "mip_gap", before: "0", after: "0.01"),
                InputChange(
                    table: "scenario", id: "overrides.teacher_groups.*", field: "max_hire", before: nil, after: "0"),
            ])
    }

    @Test("rows keyed by several columns: a row gone and a value changed")
    func compositeKeys() {
        let changed = files([
            "Data/applicants.csv": {
                $0.replacingOccurrences(of: "weld,intermediate,2022,60,assumption\n", with: "")
                    .replacingOccurrences(of: "mech,intermediate,2021,120,", with: "mech,intermediate,2021,130,")
            }
        ])
        #expect(
            InputComparison.changes(from: files(), to: changed) == [
                InputChange(
                    table: "applicants", id: "mech/intermediate/2021", field: "applicants", before: "120", after: "130"),
                InputChange(
                    table: "applicants", id: "weld/intermediate/2022", field: "applicants", before: "60", after: nil),
                InputChange(
                    table: "applicants", id: "weld/intermediate/2022", field: "source", before: "assumption", after: nil
                ),
            ])
    }

    @Test("a new programme row, a new optional table, and values written differently but equal after trimming")
    func newRowsAndTables() {
        let changed =
            files([
                "Data/programmes.csv": {
                    $0 + "cook,xt,xt-mech,烹饪,Cooking,,40,0.5,80000,50,600,hakka-cuisine,assumption\n"
                },
                "Data/schools.csv": { $0.replacingOccurrences(of: ",500,50,", with: ", 500 ,50,") },
            ]) + [
                ScenarioInputFile(
                    path: "../Data/teacher_leavers.csv",
                    contents: Data("group,year,leavers,source\nxt-mech,2022,1,retirement\n".utf8))
            ]
        #expect(
            InputComparison.changes(from: files(), to: changed) == [
                InputChange(table: "programmes", id: "cook", field: "school", before: nil, after: "xt"),
                InputChange(table: "programmes", id: "cook", field: "group", before: nil, after: "xt-mech"),
                InputChange(table: "programmes", id: "cook", field: "name_zh", before: nil, after: "烹饪"),
                InputChange(table: "programmes", id: "cook", field: "name_en", before: nil, after: "Cooking"),
                InputChange(table: "programmes", id: "cook", field: "class_size", before: nil, after: "40"),
                InputChange(table: "programmes", id: "cook", field: "min_fill", before: nil, after: "0.5"),
                InputChange(table: "programmes", id: "cook", field: "class_cost", before: nil, after: "80000"),
                InputChange(table: "programmes", id: "cook", field: "training_capacity", before: nil, after: "50"),
                InputChange(table: "programmes", id: "cook", field: "training_cost", before: nil, after: "600"),
                InputChange(table: "programmes", id: "cook", field: "tags", before: nil, after: "hakka-cuisine"),
                InputChange(table: "programmes", id: "cook", field: "source", before: nil, after: "assumption"),
                InputChange(table: "teacher_leavers", id: "xt-mech/2022", field: "leavers", before: nil, after: "1"),
                InputChange(
                    table: "teacher_leavers", id: "xt-mech/2022", field: "source", before: nil, after: "retirement"),
            ])
    }
}
