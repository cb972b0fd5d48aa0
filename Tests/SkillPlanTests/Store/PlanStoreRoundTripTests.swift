import Foundation
import TestSupport
import Testing

@testable import SkillPlan

/// Save, list, show and restore, with real solves of the tiny scenario.
@Suite("Plan store: save, list, load, restore")
struct PlanStoreRoundTripTests {
    @Test("two saved versions list, load and restore byte for byte")
    func roundTrip() throws {
        let folder = try StoreTestFolder()
        defer { folder.remove() }
        let store = try PlanStore(path: folder.storePath())
        let originals = try TinyStoreScenario.files.map { path, _ in
            (path, try Data(contentsOf: folder.root.appendingPathComponent(path)))
        }
        let first = try folder.solveAndSave(in: store, label: "baseline", note: "first try")
        try folder.replace("Data/teacher_groups.csv", ",10,6,150000,", with: ",10,0,150000,")
        let second = try folder.solveAndSave(in: store)

        let versions = try store.versions()
        #expect(versions.map(\.id) == [1, 2])
        #expect(versions.map(\.label) == ["baseline", nil])
        #expect(versions.map(\.note) == ["first try", nil])
        #expect(versions.map(\.scenario) == ["tiny", "tiny"])
        #expect(versions[0].scenarioPath == folder.scenarioPath)
        #expect(versions[0].cost == first.plan.costs.total)
        #expect(versions[0].objective == first.plan.costs.objective)
        #expect(versions[0].status == "optimal")
        #expect(versions[0].targetsMet == 2 && versions[0].targetsTotal == 2)
        #expect(versions[0].inputHash == first.plan.inputHash)
        #expect(versions[1].inputHash == second.plan.inputHash && versions[1].inputHash != versions[0].inputHash)
        #expect(
            versions[0].created.range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$"#, options: .regularExpression) != nil)
        #expect(versions == [first.summary, second.summary])

        // References: id, v-id and label name the same version.
        #expect(try store.version("1") == versions[0])
        #expect(try store.version("v1") == versions[0])
        #expect(try store.version("V2") == versions[1])
        #expect(try store.version("baseline") == versions[0])

        // The plan is kept as the exact bytes PlanFile writes.
        #expect(try store.planData(of: versions[0]) == PlanFile.encode(first.plan))
        #expect(try PlanFile.encode(store.plan(of: versions[1])) == PlanFile.encode(second.plan))
        #expect(
            try store.inputFiles(of: versions[0]).map(\.path) == [
                "tiny.yaml", "../Data/schools.csv", "../Data/levels.csv", "../Data/teacher_groups.csv",
                "../Data/programmes.csv", "../Data/applicants.csv", "../Data/targets.csv",
            ])

        // Restore v1: the original bytes at the original relative places.
        let restored = try store.restore(versions[0], to: folder.path("restored-v1"))
        #expect(restored.files == originals.map(\.0))
        #expect(restored.scenarioFile == folder.path("restored-v1") + "/Models/tiny.yaml")
        for (path, bytes) in originals {
            #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path("restored-v1/\(path)"))) == bytes, "\(path)")
        }
        let reloaded = try ScenarioLoader.load(path: restored.scenarioFile)
        #expect(reloaded.inputHash == versions[0].inputHash)

        // Restore v2: its own teacher_groups, and its input hash.
        let restoredSecond = try store.restore(versions[1], to: folder.path("restored-v2"))
        let groups = try String(contentsOfFile: folder.path("restored-v2/Data/teacher_groups.csv"), encoding: .utf8)
        #expect(groups.contains("xt-mech,xt,机电,Mechanics,10,0,150000,"))
        #expect(try ScenarioLoader.load(path: restoredSecond.scenarioFile).inputHash == versions[1].inputHash)
        #expect(try store.check().isSound)
    }

    @Test("a store reopened later holds the same versions")
    func reopen() throws {
        let folder = try StoreTestFolder()
        defer { folder.remove() }
        let saved = try folder.solveAndSave(in: try PlanStore(path: folder.storePath()), label: "a")
        let reopened = try PlanStore(path: folder.storePath(), createIfMissing: false)
        #expect(try reopened.versions() == [saved.summary])
        #expect(try reopened.load("a") == saved)
    }

    @Test("restoring into a folder that holds files is refused unless asked")
    func restoreIntoNonEmptyFolder() throws {
        let folder = try StoreTestFolder()
        defer { folder.remove() }
        let store = try PlanStore(path: folder.storePath())
        let version = try folder.solveAndSave(in: store).summary
        try folder.write("target/keep.txt", "mine")
        let target = folder.path("target")
        #expect(throws: PlanStoreError.restoreFolderNotEmpty(folder: target)) {
            try store.restore(version, to: target)
        }
        #expect(
            PlanStoreError.restoreFolderNotEmpty(folder: target).description
                == "\(target): the folder is not empty; choose a new or empty folder with -o, or pass --force to write the files into it"
        )
        #expect(!FileManager.default.fileExists(atPath: target + "/Models/tiny.yaml"))
        let restored = try store.restore(version, to: target, overwrite: true)
        #expect(try ScenarioLoader.load(path: restored.scenarioFile).inputHash == version.inputHash)
        #expect(try String(contentsOfFile: target + "/keep.txt", encoding: .utf8) == "mine")
        // An empty folder is filled.
        try FileManager.default.createDirectory(atPath: folder.path("empty"), withIntermediateDirectories: true)
        #expect(try store.restore(version, to: folder.path("empty")).files.count == 7)
        // No temporary folder is left beside it.
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.root.path).filter { $0.contains(".restore-") }
                .isEmpty)
    }

    @Test("labels are unique: a second save with a used label fails and stores nothing")
    func labelsAreUnique() throws {
        let folder = try StoreTestFolder()
        defer { folder.remove() }
        let store = try PlanStore(path: folder.storePath())
        try folder.solveAndSave(in: store, label: "baseline")
        let error = #expect(throws: PlanStoreError.self) { try folder.solveAndSave(in: store, label: "baseline") }
        #expect(
            error?.description
                == "\(folder.storePath()): the label 'baseline' is already used by version 1; choose another --label (labels are unique)"
        )
        #expect(try store.versions().count == 1)
        try folder.solveAndSave(in: store, label: "freeze")
        #expect(try store.versions().map(\.label) == ["baseline", "freeze"])
    }

    @Test(
        "labels that read as ids, are empty or span lines are refused",
        arguments: [
            ("12", "'12' cannot be a label: it reads as a version id; use a label with a letter in it, e.g. run-12"),
            ("v3", "'v3' cannot be a label: it reads as a version id; use a label with a letter in it, e.g. run-v3"),
            ("", "'' cannot be a label: it is empty; give a word such as baseline"),
            (" base", "' base' cannot be a label: it starts or ends with a space; remove the spaces"),
            ("a\nb", "'a\nb' cannot be a label: it holds a control character (a tab or line break); use a single line"),
        ])
    func invalidLabels(label: String, message: String) throws {
        let error = #expect(throws: PlanStoreError.self) { try PlanStore.validateLabel(label) }
        #expect(error?.description == message)
    }

    @Test("an unknown version is a clear error")
    func unknownVersion() throws {
        let folder = try StoreTestFolder()
        defer { folder.remove() }
        let store = try PlanStore(path: folder.storePath())
        try folder.solveAndSave(in: store)
        for reference in ["v9", "9", "nope"] {
            let error = #expect(throws: PlanStoreError.self) { try store.version(reference) }
            #expect(
                error?.description
                    == "\(folder.storePath()): no version '\(reference)'; run `skillplan history` to list the versions (give an id like 3 or v3, or a label)"
            )
        }
    }

    @Test("several stores in one process save at once from several threads: every version lands")
    func concurrentSaves() async throws {
        let folder = try StoreTestFolder()
        defer { folder.remove() }
        let (loaded, plan) = try folder.solve()
        let path = folder.storePath()
        let shared = try PlanStore(path: path)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for task in 0..<4 {
                group.addTask {
                    // Two tasks share one store, two open their own.
                    let store = task < 2 ? shared : try PlanStore(path: path)
                    for index in 0..<5 {
                        try store.save(plan: plan, inputs: loaded.inputFiles, label: "t\(task)-\(index)")
                    }
                }
            }
            try await group.waitForAll()
        }
        let versions = try shared.versions()
        #expect(versions.map(\.id) == Array(1...20))
        #expect(Set(versions.compactMap(\.label)).count == 20)
        #expect(try shared.check().isSound)
    }
}
