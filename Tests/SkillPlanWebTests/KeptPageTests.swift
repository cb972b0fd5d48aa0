import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SkillPlan
import SkillPlanWeb
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Pages kept as rendered (plan, levers, history, scenarios): each client gets its own
/// CSRF token in a kept page, and a kept page is made again as soon as what it shows
/// changes (a save, a new result, the queue, another process saving into the store).
@Suite struct KeptPageTests {
    static let tokens = ["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"]

    /// A page asked for with a CSRF cookie.
    static func get(_ client: some TestClientProtocol, _ uri: String, token: String) async throws -> String {
        try await client.execute(uri: uri, method: .get, headers: [.cookie: "skillplan_csrf=\(token)"]) { response in
            #expect(response.status == .ok, "\(uri)")
            return String(buffer: response.body)
        }
    }

    @Test func eachClientGetsItsOwnTokenAndAPageChangesWithWhatItShows() async throws {
        let fixture = try WebFixture()
        let scenarioPath = WebFixture.packageRoot + "/Tests/SkillPlanCLITests/Fixtures/tiny/tiny.yaml"
        let loaded = try ScenarioLoader.load(path: scenarioPath)
        let plan = try Planner.solve(loaded.scenario, inputHash: loaded.inputHash).plan
        @Sendable func keep(_ id: Int) throws {
            try fixture.workbench.results.write(
                SolveResult(
                    facts: .init(
                        id: id, scenarioPath: scenarioPath, stoppedBy: nil, violations: 0,
                        finished: "2026-12-06T00:00:00Z", savedAs: nil),
                    plan: plan, inputs: loaded.inputFiles))
        }
        try keep(1)
        try await fixture.application.test(.router) { client in
            // The same kept page, each client's token in its forms (and nowhere the marker).
            for uri in ["/en/scenarios/xingning-2025", "/en/plans/r1"] {
                for _ in 0..<2 {
                    for token in Self.tokens {
                        let body = try await Self.get(client, uri, token: token)
                        #expect(body.contains("<input type=\"hidden\" name=\"_csrf\" value=\"\(token)\">"), "\(uri)")
                        #expect(!body.contains("csrf-token-goes-here"))
                        let other = Self.tokens.first { $0 != token } ?? ""
                        #expect(!body.contains(other))
                    }
                }
            }
            // History: r1 not saved, no version.
            var history = try await Self.get(client, "/en/history", token: Self.tokens[0])
            #expect(history.contains("value=\"r1\""))
            #expect(!history.contains("value=\"v1\""))
            // Saved: its page says so (no form), History lists v1 and not r1.
            try await client.execute(
                uri: "/en/plans/r1/save", method: .post, headers: WebFixture.formHeaders(),
                body: WebFixture.formBody([("label", "first"), ("note", "")])
            ) { response in
                #expect(response.headers[.location] == "/en/plans/v1")
            }
            let saved = try await Self.get(client, "/en/plans/r1", token: Self.tokens[0])
            #expect(saved.contains("href=\"/en/plans/v1\">v1</a>"))
            #expect(!saved.contains("action=\"/en/plans/r1/save\""))
            history = try await Self.get(client, "/en/history", token: Self.tokens[0])
            #expect(history.contains("value=\"v1\""))
            #expect(!history.contains("value=\"r1\""))
            // A new result: listed.
            try keep(2)
            history = try await Self.get(client, "/en/history", token: Self.tokens[0])
            #expect(history.contains("value=\"r2\""))
            // Another process saves into the store (as `skillplan solve --save` does): listed.
            let other = try PlanStore(path: fixture.workbench.settings.storePath)
            try other.save(plan: plan, inputs: loaded.inputFiles, label: "from-the-terminal")
            history = try await Self.get(client, "/en/history", token: Self.tokens[0])
            #expect(history.contains("from-the-terminal"))
            #expect(history.contains("value=\"v2\""))
            // The queue's load shows on kept pages too.
            let scenarios = try await Self.get(client, "/en/", token: Self.tokens[0])
            #expect(scenarios.contains("<span class=\"load\" id=\"load\"></span>"))
            let blocker = try #require(
                fixture.workbench.queue.submit(
                    SolveRequest(
                        scenarioPath: WebFixture.packageRoot + "/Models/xingning-2025.yaml",
                        displayFolder: WebFixture.packageRoot)))
            let busy = try await Self.get(client, "/en/", token: Self.tokens[0])
            #expect(!busy.contains("<span class=\"load\" id=\"load\"></span>"))
            #expect(busy.contains(" solving, ") && busy.contains(" waiting</span>"))
            #expect(busy.contains("<a href=\"/en/jobs/\(blocker.id)\">\(blocker.id)</a>"))
            blocker.stop(by: .planner)
            #expect(blocker.wait(timeout: 300))
        }
    }

    /// Replaces `old` by `new` in a file, writing it in place (same inode, as an editor
    /// that overwrites does), and dates it `age` seconds back (`nil`: now).
    static func edit(_ path: String, _ old: String, _ new: String, age: Double?) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(old), "\(path)")
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(text.replacingOccurrences(of: old, with: new).utf8))
        try handle.close()
        if let age {
            try FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSinceNow: -age)], ofItemAtPath: path)
        }
    }

    @Test func aScenarioEditedByHandShowsAtOnceOnItsPagesAndTheList() async throws {
        // A folder of scenarios holding the tiny fixture, its files last changed 10 s ago
        // (so that pages of it are kept).
        let models = try TemporaryFolder()
        let tiny = WebFixture.packageRoot + "/Tests/SkillPlanCLITests/Fixtures/tiny"
        try FileManager.default.copyItem(atPath: tiny + "/tiny.yaml", toPath: models.file("tiny.yaml"))
        try FileManager.default.copyItem(atPath: tiny + "/data", toPath: models.file("data"))
        for file in ["tiny.yaml", "data/schools.csv", "data", ""] {
            try FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSinceNow: -10)], ofItemAtPath: models.file(file))
        }
        let fixture = try WebFixture(models: models.path)
        let root = models.path
        let token = Self.tokens[0]
        let capacity = "name=\"schools.s.capacity\" value=\""
        try await fixture.application.test(.router) { client in
            let list = try await Self.get(client, "/en/", token: token)
            #expect(list.contains("Tiny test scenario"))
            #expect(try await Self.get(client, "/en/", token: token) == list)
            let levers = try await Self.get(client, "/en/scenarios/tiny", token: token)
            #expect(levers.contains(capacity + "100\""))
            #expect(try await Self.get(client, "/en/scenarios/tiny", token: token) == levers)

            // The scenario file edited in place, same size: the list and its page at once.
            try Self.edit(root + "/tiny.yaml", "Tiny test scenario", "Tiny TEST scenario", age: 5)
            #expect(try await Self.get(client, "/en/", token: token).contains("Tiny TEST scenario"))
            #expect(try await Self.get(client, "/en/scenarios/tiny", token: token).contains("Tiny TEST scenario"))

            // Edited again, read, and once more in the same tick of the clock (time and
            // size as they were): the list still shows the last title.
            let yaml = root + "/tiny.yaml"
            try Self.edit(yaml, "Tiny TEST scenario", "Tiny tEST scenario", age: nil)
            #expect(try await Self.get(client, "/en/", token: token).contains("Tiny tEST scenario"))
            var yamlInfo = stat()
            #expect(stat(yaml, &yamlInfo) == 0)
            try Self.edit(yaml, "Tiny tEST scenario", "Tiny teST scenario", age: nil)
            var yamlTimes = [yamlInfo.st_atim, yamlInfo.st_mtim]
            #expect(utimensat(AT_FDCWD, yaml, &yamlTimes, 0) == 0)
            #expect(try await Self.get(client, "/en/", token: token).contains("Tiny teST scenario"))

            // A data file edited in place (its folder unchanged), same size: its page at once.
            try Self.edit(root + "/data/schools.csv", ",100,0,0,", ",120,0,0,", age: 5)
            #expect(try await Self.get(client, "/en/scenarios/tiny", token: token).contains(capacity + "120\""))
            // Again within the same second (the file's time may not move): still at once.
            try Self.edit(root + "/data/schools.csv", ",120,0,0,", ",130,0,0,", age: nil)
            #expect(try await Self.get(client, "/en/scenarios/tiny", token: token).contains(capacity + "130\""))
            try Self.edit(root + "/data/schools.csv", ",130,0,0,", ",140,0,0,", age: nil)
            #expect(try await Self.get(client, "/en/scenarios/tiny", token: token).contains(capacity + "140\""))

            // A second write in the same tick of the clock (time and size as they were):
            // still seen.
            let schools = root + "/data/schools.csv"
            var info = stat()
            #expect(stat(schools, &info) == 0)
            try Self.edit(schools, ",140,0,0,", ",160,0,0,", age: nil)
            var times = [info.st_atim, info.st_mtim]
            #expect(utimensat(AT_FDCWD, schools, &times, 0) == 0)
            #expect(try await Self.get(client, "/en/scenarios/tiny", token: token).contains(capacity + "160\""))

            // Broken by hand: its page gives the problem; the list then marks it.
            try Self.edit(root + "/data/schools.csv", ",160,0,0,", ",-5,0,0,", age: 5)
            try await client.execute(
                uri: "/en/scenarios/tiny", method: .get, headers: [.cookie: "skillplan_csrf=\(token)"]
            ) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("schools.csv:2"))
            }
            #expect(
                try await Self.get(client, "/en/", token: token).contains(
                    "(the scenario has problems: open it to see them)"))
            // Mended: shown again.
            try Self.edit(root + "/data/schools.csv", ",-5,0,0,", ",150,0,0,", age: 5)
            #expect(try await Self.get(client, "/en/scenarios/tiny", token: token).contains(capacity + "150\""))
            #expect(try await Self.get(client, "/en/", token: token).contains("Tiny teST scenario"))
        }
        withExtendedLifetime(models) {}
    }
}
