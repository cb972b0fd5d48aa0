import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SkillPlan
import SkillPlanWeb
import Testing

/// Solving through the queue, live progress, Stop, the plan page, downloads, saving and
/// comparing.
@Suite(.serialized) struct SolveTests {
    @Test func aSolveThroughTheQueueGivesThePlanPageAndDownloadsWithTheExportsBytes() async throws {
        let fixture = try WebFixture()
        try await fixture.application.test(.router) { client in
            let id = try await fixture.solve("xingning-2025", client: client)
            let job = try #require(fixture.workbench.queue.job(id))
            guard case .plan(let result, _, nil) = job.status.outcome else {
                Issue.record("no plan: \(String(describing: job.status.outcome))")
                return
            }
            #expect(result.violations.isEmpty)
            // The progress stream of a finished solve ends at once, pointing at the plan.
            try await client.execute(uri: "/en/jobs/\(id)/events", method: .get) { response in
                #expect(response.headers[.contentType] == "text/event-stream; charset=utf-8")
                let body = String(buffer: response.body)
                #expect(body.contains("event: done\ndata: {"))
                #expect(body.contains("\"phase\":\"Done\""))
                #expect(body.contains("\"state\":\"done\""))
                #expect(body.contains("\"url\":\"/en/plans/r\(id)\""))
                // The navigation's count, current with each event: nothing runs or waits now.
                #expect(body.contains("\"load\":\"\""))
            }
            // The plan page: the export's sections and charts, the downloads, the save form.
            let plan = result.plan
            for language in Language.allCases {
                try await client.execute(uri: "/\(language.rawValue)/plans/r\(id)", method: .get) { response in
                    #expect(response.status == .ok)
                    let body = String(buffer: response.body)
                    let exported = String(
                        decoding: try PlanExporter(language: language).export(plan, as: .html)[0].data, as: UTF8.self)
                    let targets = try #require(exported.range(of: "<section id=\"targets\">"))
                    let costsEnd = try #require(exported.range(of: "<section class=\"school\""))
                    #expect(
                        body.contains(exported[targets.lowerBound..<costsEnd.lowerBound]),
                        "the targets and costs sections as exported")
                    #expect(body.contains("<svg"))
                    for format in ["csv", "html", "markdown", "json"] {
                        #expect(body.contains("href=\"/\(language.rawValue)/plans/r\(id)/download/\(format)\""))
                    }
                    #expect(body.contains("action=\"/\(language.rawValue)/plans/r\(id)/save\""))
                    #expect(body.contains("/scenarios/xingning-2025?like=r\(id)"))
                    // The page is the export's page and little more (the 300 KB goal: docs/benchmarks.md).
                    #expect(
                        body.utf8.count < exported.utf8.count + 12_000,
                        "the page adds \(body.utf8.count - exported.utf8.count) bytes to the export's \(exported.utf8.count)"
                    )
                }
                // Downloads: the same bytes as `skillplan export`.
                let exporter = PlanExporter(language: language)
                try await client.execute(uri: "/\(language.rawValue)/plans/r\(id)/download/csv", method: .get) {
                    response in
                    #expect(response.headers[.contentType] == "application/zip")
                    #expect(
                        response.headers[.contentDisposition]
                            == "attachment; filename=\"xingning-2025-r\(id)-\(language.rawValue)-csv.zip\"")
                    let entries = storedZipEntries(Data(buffer: response.body))
                    let files = try exporter.export(plan, as: .csv)
                    #expect(entries.count == files.count && files.count == 9)
                    for file in files { #expect(entries[file.name] == file.data, "\(file.name)") }
                }
                for (format, exportFormat) in [("html", ExportFormat.html), ("markdown", .markdown), ("json", .json)] {
                    try await client.execute(uri: "/\(language.rawValue)/plans/r\(id)/download/\(format)", method: .get)
                    { response in
                        let exported = try exporter.export(plan, as: exportFormat)[0].data
                        #expect(Data(buffer: response.body) == exported, "\(format)")
                    }
                }
            }
            // Save as version: once, however often it is asked.
            for _ in 0..<2 {
                try await client.execute(
                    uri: "/en/plans/r\(id)/save", method: .post, headers: WebFixture.formHeaders(),
                    body: WebFixture.formBody([("label", "baseline"), ("note", "from the workbench")])
                ) { response in
                    #expect(response.status == .seeOther)
                    #expect(response.headers[.location] == "/en/plans/v1")
                }
            }
            let versions = try fixture.workbench.store().versions()
            #expect(versions.map(\.id) == [1])
            #expect(versions.first?.label == "baseline")
            #expect(try fixture.workbench.store().planData(of: versions[0]) == PlanFile.encode(plan))
            try await client.execute(uri: "/en/history", method: .get) { response in
                let body = String(buffer: response.body)
                #expect(body.contains("<input type=\"checkbox\" name=\"p\" value=\"v1\""))
                #expect(body.contains("from the workbench"))
            }
            // A label that is taken is refused next to the field.
            let second = try await fixture.solve("xingning-2025", client: client)
            try await client.execute(
                uri: "/en/plans/r\(second)/save", method: .post, headers: WebFixture.formHeaders(),
                body: WebFixture.formBody([("label", "baseline")])
            ) { response in
                #expect(response.status == .unprocessableContent)
                #expect(String(buffer: response.body).contains("error-text"))
            }
            // Compare: the diff of the two, and at least two are needed.
            try await client.execute(uri: "/en/compare?p=v1&p=r\(second)", method: .get) { response in
                #expect(response.status == .ok)
                let body = String(buffer: response.body)
                #expect(body.contains("v1 → r\(second)"))
                #expect(body.contains("Plan comparison"))
            }
            try await client.execute(uri: "/zh/compare?p=v1", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("请勾选至少两个方案再比较。"))
            }
        }
    }

    @Test func stopKeepsTheBestPlanSoFar() async throws {
        let fixture = try WebFixture()
        try await fixture.application.test(.router) { client in
            try await client.execute(
                uri: "/en/scenarios/hiring-freeze/solve", method: .post, headers: WebFixture.formHeaders(),
                body: WebFixture.formBody([])
            ) { response in
                #expect(response.status == .seeOther)
            }
            let job = try #require(fixture.workbench.queue.allJobs.first)
            // Wait for the search to have a plan, then press Stop.
            let start = ContinuousClock.now
            while job.status.progress?.bestObjective == nil && job.status.phase != .done
                && ContinuousClock.now - start < .seconds(120)
            {
                job.watched()
                try await Task.sleep(for: .milliseconds(50))
            }
            #expect(job.status.phase == .searching, "the search runs long enough to be stopped")
            try await client.execute(
                uri: "/en/jobs/\(job.id)/stop", method: .post, headers: WebFixture.formHeaders(),
                body: WebFixture.formBody([])
            ) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/en/jobs/\(job.id)")
            }
            #expect(job.wait(timeout: 60))
            guard case .plan(let result, _, .planner?) = job.status.outcome else {
                Issue.record("not stopped with a plan: \(String(describing: job.status.outcome))")
                return
            }
            #expect(result.plan.solver.status == "feasible")
            try await client.execute(uri: "/en/plans/r\(job.id)", method: .get) { response in
                #expect(String(buffer: response.body).contains("This plan was taken when the solve was stopped"))
            }
            #expect(try fixture.workbench.results.facts(of: job.id).stoppedBy == .planner)
        }
    }

    @Test func solvesBeyondTheWorkersWaitInLineWithTheirPlace() async throws {
        let fixture = try WebFixture(workers: 1)
        let queue = fixture.workbench.queue
        let root = WebFixture.packageRoot
        let first = try #require(
            queue.submit(SolveRequest(scenarioPath: root + "/Models/hiring-freeze.yaml", displayFolder: root)))
        let second = try #require(
            queue.submit(SolveRequest(scenarioPath: root + "/Models/xingning-2025.yaml", displayFolder: root)))
        let third = try #require(
            queue.submit(SolveRequest(scenarioPath: root + "/Models/no-expansion.yaml", displayFolder: root)))
        try await Task.sleep(for: .milliseconds(300))
        #expect(queue.place(of: first) == nil)
        #expect(queue.place(of: second) == 1)
        #expect(queue.place(of: third) == 2)
        try await fixture.application.test(.router) { client in
            try await client.execute(uri: "/en/jobs/\(third.id)", method: .get) { response in
                #expect(String(buffer: response.body).contains("Waiting: number 2 in line"))
            }
        }
        // A waiting job stopped ends without starting; the server's stop interrupts the
        // running one with its best plan and cancels the rest.
        second.stop()
        fixture.workbench.shutdown()
        #expect(first.wait(timeout: 60))
        if case .plan(_, _, let stop) = first.status.outcome { #expect(stop == .server) }
        #expect(second.wait(timeout: 1))
        #expect(third.wait(timeout: 1))
        if case .cancelled = third.status.outcome {
        } else {
            Issue.record("the third was not cancelled: \(String(describing: third.status.outcome))")
        }
        #expect(
            queue.submit(SolveRequest(scenarioPath: root + "/Models/xingning-2025.yaml", displayFolder: root)) == nil)
    }

    @Test func aSolveNobodyWatchesIsStoppedWithItsBestPlan() async throws {
        let fixture = try WebFixture(abandonAfter: 0.5)
        let root = WebFixture.packageRoot
        let job = try #require(
            fixture.workbench.queue.submit(
                SolveRequest(scenarioPath: root + "/Models/hiring-freeze.yaml", displayFolder: root)))
        // Nobody opens its page or its progress stream: stopped at the first report after 0.5 s.
        #expect(job.wait(timeout: 60))
        guard case .plan(_, _, .server?) = job.status.outcome else {
            Issue.record("not stopped by the server with a plan: \(String(describing: job.status.outcome))")
            return
        }
        #expect(try fixture.workbench.results.facts(of: job.id).stoppedBy == .server)
        try await fixture.application.test(.router) { client in
            try await client.execute(uri: "/en/history", method: .get) { response in
                #expect(String(buffer: response.body).contains("interrupted"))
            }
        }
    }

    @Test func twentySavesAtOnceLoseNoVersion() async throws {
        let fixture = try WebFixture()
        // 20 results of one plan, as 20 finished solves leave them.
        let loaded = try ScenarioLoader.load(
            path: WebFixture.packageRoot + "/Tests/SkillPlanCLITests/Fixtures/tiny/tiny.yaml")
        let plan = try Planner.solve(loaded.scenario, inputHash: loaded.inputHash).plan
        for id in 1...20 {
            try fixture.workbench.results.write(
                SolveResult(
                    facts: .init(
                        id: id,
                        scenarioPath: WebFixture.packageRoot + "/Tests/SkillPlanCLITests/Fixtures/tiny/tiny.yaml",
                        stoppedBy: nil, violations: 0,
                        finished: "2026-12-06T00:00:00Z", savedAs: nil),
                    plan: plan, inputs: loaded.inputFiles))
        }
        try await fixture.application.test(.router) { client in
            try await withThrowingTaskGroup(of: String?.self) { group in
                for id in 1...20 {
                    group.addTask {
                        try await client.execute(
                            uri: "/en/plans/r\(id)/save", method: .post, headers: WebFixture.formHeaders(),
                            body: WebFixture.formBody([("label", "copy-\(id)")])
                        ) { response in
                            response.status == .seeOther ? response.headers[.location] : nil
                        }
                    }
                }
                var locations: [String] = []
                for try await location in group { locations.append(try #require(location)) }
                #expect(Set(locations).count == 20)
            }
        }
        let versions = try fixture.workbench.store().versions()
        #expect(versions.count == 20)
        #expect(Set(versions.compactMap(\.label)) == Set((1...20).map { "copy-\($0)" }))
    }

    @Test func aSaveAskedAgainAfterTheServerWasKilledBetweenTheStoreAndTheMarkMakesNoSecondVersion() async throws {
        let fixture = try WebFixture()
        let scenarioPath = WebFixture.packageRoot + "/Tests/SkillPlanCLITests/Fixtures/tiny/tiny.yaml"
        let loaded = try ScenarioLoader.load(path: scenarioPath)
        let plan = try Planner.solve(loaded.scenario, inputHash: loaded.inputHash).plan
        let results = fixture.workbench.results
        let store = try fixture.workbench.store()
        for id in 1...2 {
            try results.write(
                SolveResult(
                    facts: .init(
                        id: id, scenarioPath: scenarioPath, stoppedBy: nil, violations: 0,
                        finished: "2026-12-06T00:00:00Z", savedAs: nil),
                    plan: plan, inputs: loaded.inputFiles))
            // What a save does up to the store's commit; the server killed before the mark.
            let key = try results.saveKey(of: id)
            #expect(key.hasPrefix("workbench-result-"))
            #expect(try results.saveKey(of: id) == key)
            let version = try store.save(
                plan: plan, inputs: loaded.inputFiles, label: id == 1 ? "kept" : nil, scenarioPath: scenarioPath,
                key: key)
            #expect(version.summary.id == Int64(id))
            #expect(try results.facts(of: id).savedAs == nil)
        }
        try await fixture.application.test(.router) { client in
            // Saved again with the same label: the version saved before, not "label taken", not v3.
            try await client.execute(
                uri: "/en/plans/r1/save", method: .post, headers: WebFixture.formHeaders(),
                body: WebFixture.formBody([("label", "kept"), ("note", "")])
            ) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/en/plans/v1")
            }
        }
        #expect(try results.facts(of: 1).savedAs == 1)
        #expect(try store.versions().map(\.id) == [1, 2])
        // r2 was never saved again: a restarted workbench finds its version by its key.
        let restarted = try Workbench(settings: fixture.workbench.settings)
        defer { restarted.shutdown() }
        #expect(try results.facts(of: 2).savedAs == 2)
        try await WorkbenchServer.application(restarted).test(.router) { client in
            try await client.execute(uri: "/en/history", method: .get) { response in
                let body = String(buffer: response.body)
                #expect(body.contains("value=\"v2\""))
                #expect(!body.contains("value=\"r2\""))
                #expect(!body.contains("value=\"r1\""))
            }
            try await client.execute(uri: "/en/plans/r2", method: .get) { response in
                #expect(String(buffer: response.body).contains("href=\"/en/plans/v2\">v2</a>"))
            }
        }
        #expect(try store.versions().map(\.id) == [1, 2])
    }
}
