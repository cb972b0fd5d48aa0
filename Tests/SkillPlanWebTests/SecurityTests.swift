import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SkillPlan
import SkillPlanWeb
import Testing

/// The token, the CSRF token, the body limit and the path tricks.
@Suite struct SecurityTests {
    static let token = "test-token-0123456789"

    @Test func tokenMissingWrongAndRight() async throws {
        let fixture = try WebFixture(token: Self.token)
        try await fixture.application.test(.router) { client in
            // Missing: a page goes to the login page, anything else is 401.
            try await client.execute(uri: "/en/history", method: .get) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location]?.hasPrefix("/login?next=") == true)
            }
            try await client.execute(uri: "/en/plans/r1/download/csv", method: .get) { response in
                #expect(response.status == .unauthorized)
            }
            // Wrong, as a cookie and as a bearer token.
            try await client.execute(
                uri: "/en/history", method: .get, headers: [.cookie: "skillplan_token=wrong-token-000000000"]
            ) { response in
                #expect(response.status == .seeOther)
            }
            try await client.execute(uri: "/en/jobs/1/events", method: .get, headers: [.authorization: "Bearer nope"]) {
                response in
                #expect(response.status == .unauthorized)
            }
            // Right.
            try await client.execute(
                uri: "/en/history", method: .get, headers: [.cookie: "skillplan_token=\(Self.token)"]
            ) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(
                uri: "/en/history", method: .get, headers: [.authorization: "Bearer \(Self.token)"]
            ) { response in
                #expect(response.status == .ok)
            }
            // The login page and the style sheet need no token.
            try await client.execute(uri: "/login", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("type=\"password\" name=\"token\""))
            }
            try await client.execute(uri: "/static/workbench.css", method: .get) { response in
                #expect(response.status == .ok)
            }
            // Logging in: a wrong token stays on the page; the right one sets the cookie.
            try await client.execute(
                uri: "/login", method: .post, headers: WebFixture.formHeaders(),
                body: WebFixture.formBody([("token", "wrong"), ("next", "/en/history")])
            ) { response in
                #expect(response.status == .unauthorized)
                #expect(
                    String(buffer: response.body).contains("That token is not right")
                        || String(buffer: response.body).contains("令牌不对"))
            }
            try await client.execute(
                uri: "/login", method: .post, headers: WebFixture.formHeaders(),
                body: WebFixture.formBody([("token", Self.token), ("next", "/en/history")])
            ) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/en/history")
                let cookie = response.headers[values: .setCookie].first { $0.hasPrefix("skillplan_token=") }
                #expect(cookie?.contains("HttpOnly") == true)
                #expect(cookie?.contains("SameSite=Strict") == true)
            }
            // Login never sends the browser to another site.
            try await client.execute(
                uri: "/login", method: .post, headers: WebFixture.formHeaders(),
                body: WebFixture.formBody([("token", Self.token), ("next", "//evil.example/")])
            ) { response in
                #expect(response.headers[.location] == "/")
            }
        }
    }

    @Test func everyFormPostNeedsTheCSRFToken() async throws {
        let fixture = try WebFixture()
        try await fixture.application.test(.router) { client in
            // No token in the form.
            try await client.execute(
                uri: "/en/scenarios/xingning-2025/solve", method: .post, headers: WebFixture.formHeaders(),
                body: WebFixture.formBody([], csrf: nil)
            ) { response in
                #expect(response.status == .forbidden)
                #expect(String(buffer: response.body).contains("security token is missing or out of date"))
            }
            // A token that is not the cookie's.
            try await client.execute(
                uri: "/en/scenarios/xingning-2025/solve", method: .post, headers: WebFixture.formHeaders(),
                body: WebFixture.formBody([], csrf: "ffffffffffffffffffffffffffffffff")
            ) { response in
                #expect(response.status == .forbidden)
            }
            // No cookie at all (another site's form): refused, and the response sets one.
            try await client.execute(
                uri: "/en/jobs/1/stop", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: WebFixture.formBody([])
            ) { response in
                #expect(response.status == .forbidden)
                #expect(response.headers[values: .setCookie].contains { $0.hasPrefix("skillplan_csrf=") })
            }
            #expect(fixture.workbench.queue.allJobs.isEmpty, "a refused post started nothing")
            // A page sets the cookie its forms repeat.
            try await client.execute(uri: "/en/scenarios/xingning-2025", method: .get) { response in
                let cookie = try #require(
                    response.headers[values: .setCookie].first { $0.hasPrefix("skillplan_csrf=") })
                let value = String(cookie.dropFirst("skillplan_csrf=".count).prefix(32))
                #expect(String(buffer: response.body).contains("name=\"_csrf\" value=\"\(value)\""))
            }
        }
    }

    @Test func bodiesOver10MiBAreRefusedWith413() async throws {
        let fixture = try WebFixture()
        try await fixture.application.test(.router) { client in
            let big = ByteBuffer(repeating: UInt8(ascii: "a"), count: (10 << 20) + 1)
            try await client.execute(
                uri: "/en/data/upload", method: .post,
                headers: [
                    .contentType: "multipart/form-data; boundary=x", .cookie: "skillplan_csrf=\(WebFixture.csrf)",
                ],
                body: big
            ) { response in
                #expect(response.status == .contentTooLarge)
                #expect(String(buffer: response.body).contains("the limit is 10 MiB"))
            }
        }
    }

    @Test func uploadsNeverLeaveTheDataFolder() async throws {
        let fixture = try WebFixture()
        let schools = try Data(contentsOf: URL(fileURLWithPath: WebFixture.packageRoot + "/Data/schools.csv"))
        let boundary = "----skillplan-test"
        let headers: HTTPFields = [
            .contentType: "multipart/form-data; boundary=\(boundary)", .cookie: "skillplan_csrf=\(WebFixture.csrf)",
        ]
        let parent = (fixture.folder.path as NSString).deletingLastPathComponent
        func evil() throws -> [String] {
            let beside = try FileManager.default.contentsOfDirectory(atPath: parent)
            let inside = FileManager.default.subpaths(atPath: fixture.folder.path) ?? []
            return (beside + inside).filter { $0.contains("evil") }
        }
        let before = try evil()
        try await fixture.application.test(.router) { client in
            let tricks: [(fields: [(String, String)], fileName: String, expected: String)] = [
                (
                    [("scenario", "xingning-2025"), ("table", "schools.csv"), ("name", "../../evil")], "schools.csv",
                    "is \"../../evil\": a name is 1 to 64"
                ),
                (
                    [("scenario", "xingning-2025"), ("table", "../schools.csv"), ("name", "evil")], "schools.csv",
                    "is \"../schools.csv\", not a data table"
                ),
                (
                    [("scenario", "xingning-2025"), ("table", "schools.csv"), ("name", "evil")], "../../schools.csv",
                    "the name \"../../schools.csv\" is refused"
                ),
                (
                    [("scenario", "xingning-2025"), ("table", "schools.csv"), ("name", "/tmp/evil")], "schools.csv",
                    "is \"/tmp/evil\": a name is 1 to 64"
                ),
            ]
            for trick in tricks {
                try await client.execute(
                    uri: "/en/data/upload", method: .post, headers: headers,
                    body: WebFixture.multipartBody(
                        boundary: boundary, fields: trick.fields, file: (trick.fileName, schools))
                ) { response in
                    #expect(response.status == .unprocessableContent)
                    #expect(String(buffer: response.body).contains(esc(trick.expected)), "\(trick.expected)")
                }
            }
            // A scenario name that escapes the URL is not a scenario.
            try await client.execute(
                uri: "/en/data/upload", method: .post, headers: headers,
                body: WebFixture.multipartBody(
                    boundary: boundary,
                    fields: [("scenario", "../Models/xingning-2025"), ("table", "schools.csv"), ("name", "ok")],
                    file: ("schools.csv", schools))
            ) { response in
                #expect(response.status == .notFound)
            }
        }
        #expect(try evil() == before, "nothing named evil written beside or inside the test's folder")
        let made = try FileManager.default.contentsOfDirectory(atPath: fixture.workbench.scenariosFolder)
        #expect(made.isEmpty)
    }

    private func esc(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
