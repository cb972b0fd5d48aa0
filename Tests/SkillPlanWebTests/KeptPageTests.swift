import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SkillPlan
import SkillPlanWeb
import Testing

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
            #expect(!scenarios.contains("class=\"load\""))
            let blocker = try #require(
                fixture.workbench.queue.submit(
                    SolveRequest(
                        scenarioPath: WebFixture.packageRoot + "/Models/xingning-2025.yaml",
                        displayFolder: WebFixture.packageRoot)))
            let busy = try await Self.get(client, "/en/", token: Self.tokens[0])
            #expect(busy.contains("class=\"load\""))
            #expect(busy.contains("<a href=\"/en/jobs/\(blocker.id)\">\(blocker.id)</a>"))
            blocker.stop(by: .planner)
            #expect(blocker.wait(timeout: 300))
        }
    }
}
