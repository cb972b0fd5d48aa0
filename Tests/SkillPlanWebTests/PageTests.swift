import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SkillPlan
import SkillPlanWeb
import Testing

/// Every page answers in Chinese and in English, with the switch to the other.
@Suite struct PageTests {
    @Test(arguments: ["/", "/scenarios/xingning-2025", "/history", "/data", "/data?scenario=hiring-freeze"])
    func everyPageInBothLanguages(path: String) async throws {
        let fixture = try WebFixture()
        try await fixture.application.test(.router) { client in
            for (language, other, heading) in [("zh", "en", "lang=\"zh-CN\""), ("en", "zh", "lang=\"en\"")] {
                try await client.execute(uri: "/\(language)\(path)", method: .get) { response in
                    #expect(response.status == .ok)
                    let body = String(buffer: response.body)
                    #expect(body.contains("<html \(heading)>"))
                    #expect(
                        body.contains(
                            "class=\"lang\" href=\"/\(other)\(path.replacingOccurrences(of: "&", with: "&amp;"))\""))
                    #expect(body.contains("href=\"/static/workbench.css\""))
                    #expect(
                        !body.contains("http://") && !body.contains("https://"),
                        "no script, font or style from the network")
                    #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true)
                }
            }
        }
    }

    @Test func scenariosPageNamesTheBundledScenariosInEachLanguage() async throws {
        let fixture = try WebFixture()
        try await fixture.application.test(.router) { client in
            try await client.execute(uri: "/zh/", method: .get) { response in
                let body = String(buffer: response.body)
                #expect(body.contains("兴宁市“广东技工”工程 2021–2025 基准方案"))
                #expect(body.contains("调整并求解"))
            }
            try await client.execute(uri: "/en/", method: .get) { response in
                let body = String(buffer: response.body)
                #expect(body.contains("Xingning &quot;Guangdong Technician&quot; plan 2021–2025, baseline"))
                #expect(body.contains("Xingning 2021–2025, hiring freeze"))
                #expect(!body.contains("调整并求解"))
            }
        }
    }

    @Test func rootSendsTheBrowserToItsLanguage() async throws {
        let fixture = try WebFixture()
        try await fixture.application.test(.router) { client in
            try await client.execute(uri: "/", method: .get, headers: [.acceptLanguage: "en-GB,en;q=0.9"]) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/en/")
            }
            try await client.execute(uri: "/", method: .get, headers: [.acceptLanguage: "zh-CN,zh;q=0.9"]) { response in
                #expect(response.headers[.location] == "/zh/")
            }
        }
    }

    @Test func leversFormShowsTheScenariosValues() async throws {
        let fixture = try WebFixture()
        try await fixture.application.test(.router) { client in
            try await client.execute(uri: "/en/scenarios/hiring-freeze", method: .get) { response in
                let body = String(buffer: response.body)
                // The override max_hire 0 of every group, and the schools' capacities from Data/schools.csv.
                #expect(body.contains("name=\"teacher_groups.xt-mech.max_hire\" value=\"0\""))
                #expect(body.contains("name=\"schools.xn-tech.capacity\" value=\"4500\""))
                #expect(body.contains("name=\"solver.mip_gap\" value=\"0.005\""))
                #expect(body.contains("name=\"_csrf\""))
            }
        }
    }

    @Test func unknownPagesAndPlansAreNotFoundWithoutPathsOrTraces() async throws {
        let fixture = try WebFixture()
        try await fixture.application.test(.router) { client in
            for uri in ["/en/plans/r999", "/en/plans/v7", "/en/plans/x", "/zh/scenarios/nope", "/en/jobs/12"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound, "\(uri)")
                    let body = String(buffer: response.body)
                    #expect(!body.contains(fixture.folder.path), "\(uri) shows the data folder's absolute path")
                    #expect(!body.contains("/tmp/"), "\(uri)")
                    #expect(!body.contains("Fatal") && !body.contains(".swift:"), "\(uri)")
                }
            }
        }
    }
}
