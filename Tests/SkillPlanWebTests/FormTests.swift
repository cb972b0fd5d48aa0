import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SkillPlan
import SkillPlanWeb
import TestSupport
import Testing

/// The levers form and the CSV upload: problems next to their fields, in the words of
/// `skillplan validate`.
@Suite struct FormTests {
    /// What `skillplan validate` says of a scenario with one override.
    static func validateMessage(override: String) throws -> ScenarioIssue {
        let folder = try TemporaryFolder()
        let yaml = """
            # test
            name: probe
            data: \(WebFixture.packageRoot)/Data
            base_year: 2020
            years: 2021-2025
            targets: all
            overrides:
            \(override)
            """
        let path = try folder.write(yaml, to: "probe.yaml")
        do {
            _ = try ScenarioLoader.load(path: path)
        } catch let error as ScenarioError {
            return try #require(error.issues.first)
        }
        Issue.record("the override was accepted")
        throw WebFixtureError.noJob("")
    }

    @Test func theChineseFormShowsLeverProblemsInChinese() async throws {
        let fixture = try WebFixture()
        try await fixture.application.test(.router) { client in
            try await client.execute(
                uri: "/zh/scenarios/xingning-2025/solve", method: .post, headers: WebFixture.formHeaders(),
                body: WebFixture.formBody([("schools.xn-tech.capacity", "-5"), ("name", "Bad Name!")])
            ) { response in
                #expect(response.status == .unprocessableContent)
                let body = String(buffer: response.body)
                #expect(body.contains("有 1 处问题，未开始求解。"))
                #expect(
                    body.contains(
                        "id=\"name-error\">"
                            + HTMLText.escape(
                                "为“Bad Name!”：名称须为 1 到 64 个小写字母、数字、- 和 _，以字母或数字开头 — 修改：使用 xingning-more-seats 这样的名称")))
            }
            try await client.execute(
                uri: "/zh/scenarios/xingning-2025/solve", method: .post, headers: WebFixture.formHeaders(),
                body: WebFixture.formBody([
                    ("schools.xn-tech.capacity", "-5"), ("teacher_groups.xt-mech.max_hire", "lots"),
                ])
            ) { response in
                #expect(response.status == .unprocessableContent)
                let body = String(buffer: response.body)
                // The reader refuses the text first; the range is checked once every value reads.
                #expect(
                    body.contains(
                        "id=\"teacher_groups.xt-mech.max_hire-error\">"
                            + HTMLText.escape(
                                "为“lots”，不是数字 — 修改：把每年可招聘的教师数写成普通数字，如 1200 或 0.5（不加千位分隔符或单位）")))
                #expect(!body.contains("— fix:"))
            }
            try await client.execute(
                uri: "/zh/scenarios/xingning-2025/solve", method: .post, headers: WebFixture.formHeaders(),
                body: WebFixture.formBody([("schools.xn-tech.capacity", "-5")])
            ) { response in
                let body = String(buffer: response.body)
                #expect(
                    body.contains(
                        "id=\"schools.xn-tech.capacity-error\">"
                            + HTMLText.escape("为 -5，须 ≥ 0 — 修改：填写基准年的全日制学位数（0 或以上）")))
            }
        }
        #expect(fixture.workbench.queue.allJobs.isEmpty)
    }

    @Test func leverProblemsAreShownNextToTheirFieldsWithValidatesMessages() async throws {
        let fixture = try WebFixture()
        let capacity = try Self.validateMessage(override: "  schools:\n    xn-tech: {capacity: -5}")
        let maxHire = try Self.validateMessage(override: "  teacher_groups:\n    xt-mech: {max_hire: lots}")
        try await fixture.application.test(.router) { client in
            // A value out of range: the validator's message (values are checked once they all read).
            try await client.execute(
                uri: "/en/scenarios/xingning-2025/solve", method: .post, headers: WebFixture.formHeaders(),
                body: WebFixture.formBody([("schools.xn-tech.capacity", "-5"), ("schools.mz-health.max_expand", "-1")])
            ) { response in
                #expect(response.status == .unprocessableContent)
                let body = String(buffer: response.body)
                #expect(body.contains("2 problem(s): nothing was solved"))
                let capacityError = "<span class=\"error-text\" id=\"schools.xn-tech.capacity-error\">"
                #expect(body.contains(capacityError + HTMLText.escape("\(capacity.message) — fix: \(capacity.fix)")))
                #expect(body.contains("<span class=\"error-text\" id=\"schools.mz-health.max_expand-error\">is -1"))
                // The values sent stay in the form.
                #expect(body.contains("name=\"schools.xn-tech.capacity\" value=\"-5\""))
            }
            // A value that is not a number: the reader's message.
            try await client.execute(
                uri: "/en/scenarios/xingning-2025/solve", method: .post, headers: WebFixture.formHeaders(),
                body: WebFixture.formBody([("teacher_groups.xt-mech.max_hire", "lots")])
            ) { response in
                #expect(response.status == .unprocessableContent)
                let body = String(buffer: response.body)
                #expect(body.contains("1 problem(s): nothing was solved"))
                let hireError = "<span class=\"error-text\" id=\"teacher_groups.xt-mech.max_hire-error\">"
                #expect(body.contains(hireError + HTMLText.escape("\(maxHire.message) — fix: \(maxHire.fix)")))
            }
            try await client.execute(
                uri: "/en/scenarios/xingning-2025/solve", method: .post, headers: WebFixture.formHeaders(),
                body: WebFixture.formBody([("name", "Bad Name!"), ("schools.xn-tech.capacity", "3400")])
            ) { response in
                #expect(response.status == .unprocessableContent)
                #expect(
                    String(buffer: response.body).contains(
                        "id=\"name-error\">is &quot;Bad Name!&quot;: a name is 1 to 64"))
            }
        }
        #expect(fixture.workbench.queue.allJobs.isEmpty)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: fixture.workbench.scenariosFolder).isEmpty,
            "a refused variant is not kept")
    }

    @Test func changedLeversMakeANewScenarioThatIsSolved() async throws {
        let fixture = try WebFixture()
        try await fixture.application.test(.router) { client in
            try await client.execute(
                uri: "/en/scenarios/xingning-2025/solve", method: .post, headers: WebFixture.formHeaders(),
                body: WebFixture.formBody([
                    ("name", "more-seats"), ("schools.xn-tech.capacity", "3500"),
                    ("solver.time_limit", "30"),
                ])
            ) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location]?.hasPrefix("/en/jobs/") == true)
            }
            let job = try #require(fixture.workbench.queue.allJobs.first)
            #expect(job.wait(timeout: 300))
            let loaded = try ScenarioLoader.load(path: job.request.scenarioPath)
            #expect(loaded.scenario.name == "more-seats")
            #expect(loaded.scenario.schools.first { $0.id == "xn-tech" }?.capacity == 3500)
            #expect(loaded.scenario.solver.timeLimit == 30)
            #expect(
                loaded.scenario.titleEn == "Xingning \"Guangdong Technician\" plan 2021–2025, baseline (more-seats)")
            guard case .plan(let result, _, nil) = job.status.outcome else {
                Issue.record("no plan: \(String(describing: job.status.outcome))")
                return
            }
            #expect(result.plan.scenario == "more-seats")
            // The new scenario is listed and has its own levers page.
            try await client.execute(uri: "/en/scenarios/more-seats", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("name=\"schools.xn-tech.capacity\" value=\"3500\""))
            }
        }
    }

    @Test func aTargetTurnedOffIsLeftOutOfTheNewScenarioAndItsPlan() async throws {
        let fixture = try WebFixture()
        let base = try ScenarioLoader.load(path: WebFixture.packageRoot + "/Models/xingning-2025.yaml").scenario
        let all = base.targets.map(\.id)
        #expect(all.contains("workplan-annual-training"))
        let ticked = all.filter { $0 != "workplan-annual-training" }
        try await fixture.application.test(.router) { client in
            // Every target has its box, ticked.
            for language in ["zh", "en"] {
                try await client.execute(uri: "/\(language)/scenarios/xingning-2025", method: .get) { response in
                    let body = String(buffer: response.body)
                    #expect(body.contains("<input type=\"hidden\" name=\"targets_shown\" value=\"1\">"))
                    for id in all {
                        #expect(body.contains("name=\"targets.\(id).on\" value=\"on\" checked"), "\(id)")
                    }
                }
            }
            // A problem elsewhere: the form comes back with the box as sent (not ticked).
            let boxes = [("targets_shown", "1")] + ticked.map { ("targets.\($0).on", "on") }
            try await client.execute(
                uri: "/en/scenarios/xingning-2025/solve", method: .post, headers: WebFixture.formHeaders(),
                body: WebFixture.formBody(boxes + [("schools.xn-tech.capacity", "-5")])
            ) { response in
                #expect(response.status == .unprocessableContent)
                let body = String(buffer: response.body)
                #expect(body.contains("name=\"targets.workplan-annual-training.on\" value=\"on\" aria-label"))
                #expect(body.contains("name=\"targets.serve-demand.on\" value=\"on\" checked"))
            }
            // Only the box changed: a new scenario without the target, solved.
            try await client.execute(
                uri: "/en/scenarios/xingning-2025/solve", method: .post, headers: WebFixture.formHeaders(),
                body: WebFixture.formBody(boxes + [("name", "no-training-target")])
            ) { response in
                #expect(response.status == .seeOther)
            }
            let job = try #require(fixture.workbench.queue.allJobs.first)
            let loaded = try ScenarioLoader.load(path: job.request.scenarioPath)
            #expect(loaded.scenario.name == "no-training-target")
            #expect(loaded.scenario.targets.map(\.id) == ticked)
            #expect(job.wait(timeout: 300))
            guard case .plan(let result, _, nil) = job.status.outcome else {
                Issue.record("no plan: \(String(describing: job.status.outcome))")
                return
            }
            #expect(result.plan.targetIDs.sorted() == ticked.sorted())
            // The new scenario's own levers page lists the targets it has, all ticked.
            try await client.execute(uri: "/en/scenarios/no-training-target", method: .get) { response in
                let body = String(buffer: response.body)
                #expect(!body.contains("targets.workplan-annual-training.on"))
                #expect(body.contains("name=\"targets.serve-demand.on\" value=\"on\" checked"))
            }
        }
    }

    @Test func uploadedCSVWithProblemsListsThemByLine() async throws {
        let fixture = try WebFixture()
        var schools = try String(contentsOfFile: WebFixture.packageRoot + "/Data/schools.csv", encoding: .utf8)
        schools = schools.replacingOccurrences(
            of:
                "xn-tech,兴宁市高级技工学校（2024年报批兴宁技师学院）,Xingning Senior Technical School (reported approved as Xingning Technician College in 2024),4500",
            with:
                "xn-tech,兴宁市高级技工学校（2024年报批兴宁技师学院）,Xingning Senior Technical School (reported approved as Xingning Technician College in 2024),-1"
        )
        let boundary = "b0undary"
        let headers: HTTPFields = [
            .contentType: "multipart/form-data; boundary=\(boundary)", .cookie: "skillplan_csrf=\(WebFixture.csrf)",
        ]
        let upload = Data(schools.utf8)
        try await fixture.application.test(.router) { client in
            try await client.execute(
                uri: "/en/data/upload", method: .post, headers: headers,
                body: WebFixture.multipartBody(
                    boundary: boundary,
                    fields: [("scenario", "xingning-2025"), ("table", "schools.csv"), ("name", "bad-seats")],
                    file: ("schools.csv", upload))
            ) { response in
                #expect(response.status == .unprocessableContent)
                let body = String(buffer: response.body)
                #expect(body.contains("1 problem(s); no scenario was made"))
                #expect(body.contains("<li>Data/schools.csv:2: capacity: is -1, must be ≥ 0 — fix: "))
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.workbench.scenariosFolder).isEmpty)
    }

    @Test func uploadedTableWithABOMMakesANewScenario() async throws {
        let fixture = try WebFixture()
        let schools = try String(contentsOfFile: WebFixture.packageRoot + "/Data/schools.csv", encoding: .utf8)
            .replacingOccurrences(of: ",4500,300,25000,", with: ",3600,300,25000,")
        let boundary = "b0undary"
        let headers: HTTPFields = [
            .contentType: "multipart/form-data; boundary=\(boundary)", .cookie: "skillplan_csrf=\(WebFixture.csrf)",
        ]
        try await fixture.application.test(.router) { client in
            try await client.execute(
                uri: "/zh/data/upload", method: .post, headers: headers,
                body: WebFixture.multipartBody(
                    boundary: boundary,
                    fields: [("scenario", "xingning-2025"), ("table", "schools.csv"), ("name", "bom-seats")],
                    file: ("学校.csv", Data([0xEF, 0xBB, 0xBF]) + Data(schools.utf8)))
            ) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/zh/scenarios/bom-seats")
            }
        }
        let loaded = try ScenarioLoader.load(path: fixture.workbench.scenariosFolder + "/bom-seats/bom-seats.yaml")
        let school = try #require(loaded.scenario.schools.first { $0.id == "xn-tech" })
        #expect(school.capacity == 3600)
        #expect(school.nameZh == "兴宁市高级技工学校（2024年报批兴宁技师学院）")
    }

    @Test func uploadedGBKTableIsRefusedWithTheLineAndTheFix() async throws {
        let fixture = try WebFixture()
        let lines = try String(contentsOfFile: WebFixture.packageRoot + "/Data/schools.csv", encoding: .utf8).split(
            separator: "\n")
        // Line 3 as Excel saves it on a Chinese Windows: GBK (梅州 is C3 B7 D6 DD in GBK).
        var data = Data((lines[0] + "\n" + lines[1] + "\n").utf8)
        data += Data(lines[2].replacingOccurrences(of: "梅州", with: "@@").utf8)
        let at = try #require(data.range(of: Data("@@".utf8)))
        data.replaceSubrange(at, with: [0xC3, 0xB7, 0xD6, 0xDD])
        data += Data("\n".utf8)
        let upload = data
        let boundary = "b0undary"
        let headers: HTTPFields = [
            .contentType: "multipart/form-data; boundary=\(boundary)", .cookie: "skillplan_csrf=\(WebFixture.csrf)",
        ]
        try await fixture.application.test(.router) { client in
            try await client.execute(
                uri: "/en/data/upload", method: .post, headers: headers,
                body: WebFixture.multipartBody(
                    boundary: boundary,
                    fields: [("scenario", "xingning-2025"), ("table", "schools.csv"), ("name", "gbk-seats")],
                    file: ("schools.csv", upload))
            ) { response in
                #expect(response.status == .unprocessableContent)
                #expect(
                    String(buffer: response.body).contains(
                        "Data/schools.csv:3: is not valid UTF-8 text — fix: save the file as UTF-8"))
            }
        }
    }
}
