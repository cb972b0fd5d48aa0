import Foundation
import Testing

@testable import SkillPlan

/// The one entry point the command line and the web workbench plan through.
@Suite("Scenario planning")
struct ScenarioPlanningTests {
    @Test("Plans, writes the plan file and keeps a checked plan as a version")
    func writesAndSaves() throws {
        let folder = try StoreTestFolder()
        defer { folder.remove() }
        let loaded = try ScenarioLoader.load(path: folder.scenarioPath)
        let store = try PlanStore(path: folder.storePath())
        var request = PlanRequest()
        request.destination = folder.path("out/tiny.json")
        request.save = PlanSaveRequest(store: store, label: "baseline", note: "first")
        let outcome = try ScenarioPlanning.plan(loaded, scenarioPath: folder.scenarioPath, request: request)
        #expect(outcome.holds)
        #expect(outcome.writtenTo == folder.path("out/tiny.json"))
        #expect(try PlanFile.read(folder.path("out/tiny.json")) == outcome.plan)
        #expect(outcome.savedVersion?.summary.label == "baseline")
        #expect(try store.plan(of: store.version("baseline")) == outcome.plan)
        #expect(outcome.summary().hasPrefix(PlanSummary.text(of: outcome.plan)))
        #expect(outcome.decomposition == nil)
    }

    @Test("A label in use fails before the search, and nothing is written")
    func labelTakenFirst() throws {
        let folder = try StoreTestFolder()
        defer { folder.remove() }
        let loaded = try ScenarioLoader.load(path: folder.scenarioPath)
        let store = try PlanStore(path: folder.storePath())
        var request = PlanRequest()
        request.save = PlanSaveRequest(store: store, label: "baseline")
        _ = try ScenarioPlanning.plan(loaded, scenarioPath: folder.scenarioPath, request: request)
        request.destination = folder.path("out/second.json")
        #expect(throws: PlanStoreError.self) {
            try ScenarioPlanning.plan(loaded, scenarioPath: folder.scenarioPath, request: request)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path("out/second.json")))
    }

    @Test("By school: the plan carries both phases with their bounds, and the summary says them")
    func bySchool() throws {
        let folder = try StoreTestFolder()
        defer { folder.remove() }
        let loaded = try ScenarioLoader.load(path: folder.scenarioPath)
        let outcome = try ScenarioPlanning.plan(
            loaded, scenarioPath: folder.scenarioPath, request: PlanRequest(method: .bySchool, timeLimit: 20))
        let decomposition = try #require(outcome.decomposition)
        #expect(decomposition.schools == 1)
        #expect(decomposition.phases.map(\.phase) == [.shortfall, .cost])
        #expect(outcome.plan.solver.phases == decomposition.phases)
        let summary = outcome.summary()
        #expect(summary.contains("\nBy school: 1 schools, 0 coupling rows, 0 coordination rounds over both phases"))
        #expect(summary.contains("\n  Phase 1, shortfall (weighted): "))
        #expect(summary.contains("\n  Phase 2, cost (yuan): "))
        #expect(outcome.writtenTo == nil && outcome.savedVersion == nil)
    }

    @Test("A stop asked at the first progress report ends the baseline's search there, keeping its best plan if any")
    func stop() throws {
        // Stopped at its first report, the search ends cancelled: with the plan it had
        // (feasible), or with none (no plan). From the heuristic's start the baseline
        // proves its gap at the first node, which may come before the stop is seen.
        let loaded = try Baseline.loaded.get()
        let stop = PlanningStop()
        #expect(!stop.isStopped)
        var request = PlanRequest()
        request.stop = stop
        request.progress = { _ in stop.stop() }
        do {
            let outcome = try ScenarioPlanning.plan(loaded, scenarioPath: Baseline.scenarioPath, request: request)
            let reason = outcome.plan.solver.stopReason ?? "-"
            #expect(["interrupted", "gap limit"].contains(reason), "\(reason)")
            if reason == "gap limit" {
                #expect(!stop.isStopped)
                return
            }  // finished before any report: nothing to stop
        } catch let error as PlanningError {
            guard case .noPlan(_, let reason) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(reason == "interrupted")
        }
        #expect(stop.isStopped)
    }
}
