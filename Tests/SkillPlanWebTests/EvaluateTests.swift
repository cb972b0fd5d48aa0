import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SkillPlan
import SkillPlanWeb
import Testing

/// The Evaluate page (`skillplan evaluate` in the browser), "Solve a variant like this"
/// (`--like`) and the many-plan lineup of the comparison page.
@Suite struct EvaluateTests {
    static let boundary = "evalb0undary"
    static let headers: HTTPFields = [
        .contentType: "multipart/form-data; boundary=\(boundary)", .cookie: "skillplan_csrf=\(WebFixture.csrf)",
    ]

    /// A multipart body with fields and any number of files (all named `file`).
    static func upload(
        _ files: [(name: String, data: Data)], scenario: String = "xingning-2025", optimiseRest: Bool = false
    ) -> ByteBuffer {
        var data = Data()
        var fields = [("scenario", scenario), ("_csrf", WebFixture.csrf)]
        if optimiseRest { fields.append(("optimise_rest", "on")) }
        for (name, value) in fields {
            data += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        for file in files {
            data += Data(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                    .utf8)
            data += file.data + Data("\r\n".utf8)
        }
        data += Data("--\(boundary)--\r\n".utf8)
        return ByteBuffer(bytes: data)
    }

    /// The baseline solved through the queue: its job's number, its result and the CSV
    /// zip its plan page downloads in a language.
    static func solvedBaseline(_ fixture: WebFixture, client: some TestClientProtocol, language: String)
        async throws -> (id: Int, solved: PlanningResult, zip: Data)
    {
        let id = try await fixture.solve("xingning-2025", client: client)
        guard case .plan(let solved, _, _) = try #require(fixture.workbench.queue.job(id)).status.outcome else {
            throw WebFixtureError.noJob("r\(id) has no plan")
        }
        let zip = try await client.execute(uri: "/\(language)/plans/r\(id)/download/csv", method: .get) {
            Data(buffer: $0.body)
        }
        return (id, solved, zip)
    }

    /// The problems an Evaluate page lists.
    static func problems(_ body: String) -> [String] {
        body.components(separatedBy: "<li><code>").dropFirst().map { String($0.prefix { $0 != "<" }) }.map(
            Self.unescape)
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test func theEvaluatePageInBothLanguagesAndEveryRefusedUpload() async throws {
        let fixture = try WebFixture()
        try await fixture.application.test(.router) { client in
            for (language, heading) in [("zh", "评估自己的方案"), ("en", "Evaluate your own plan")] {
                try await client.execute(uri: "/\(language)/evaluate", method: .get) { response in
                    #expect(response.status == .ok)
                    let body = String(buffer: response.body)
                    #expect(body.contains("<h1>\(heading)</h1>"))
                    #expect(
                        body.contains(
                            "<form method=\"post\" action=\"/\(language)/evaluate\" enctype=\"multipart/form-data\">"))
                    #expect(body.contains("<input type=\"file\" name=\"file\" multiple accept=\".zip,.csv,.json\">"))
                    #expect(body.contains("name=\"optimise_rest\""))
                    #expect(body.contains("href=\"/\(language)/evaluate\" aria-current=\"page\""))
                }
            }
            let deflated = try #require(
                Data(
                    base64Encoded:
                        "UEsDBBQAAAAIAFImhl2DFtyMAwAAAAEAAAAMAAAALi4vc2VhdHMuY3N2qwAAUEsBAhQDFAAAAAgAUiaGXYMW3IwDAAAAAQAAAAwAAAAAAAAAAAAAAIABAAAAAC4uL3NlYXRzLmNzdlBLBQYAAAAAAQABADoAAAAtAAAAAAA="
                ))
            var refused: [(String, [(String, Data)], [String])] = [
                (
                    "en",
                    [],
                    [
                        "file: no file was sent — fix: choose the exported CSV zip, or seats.csv, curriculum-plan.csv and teacher-plan.csv"
                    ]
                ),
                (
                    "en",
                    [("../seats.csv", Data("a".utf8))],
                    [
                        "../seats.csv: the name is refused (it names a folder or a hidden file) — fix: upload the file itself, e.g. seats.csv"
                    ]
                ),
                (
                    "en",
                    [(".htaccess", Data("a".utf8))],
                    [
                        ".htaccess: the name is refused (it names a folder or a hidden file) — fix: upload the file itself, e.g. seats.csv"
                    ]
                ),
                (
                    "en",
                    [("evil.zip", deflated)],
                    [
                        "evil.zip: the entry \"../seats.csv\" names a place outside the archive — fix: zip the exported CSV files themselves"
                    ]
                ),
                (
                    "en",
                    [("plan.zip", Data("School,Year\n".utf8))],
                    [
                        "plan.zip: not a ZIP archive — fix: upload the zip the plan page downloads, or the CSV files themselves"
                    ]
                ),
                (
                    "en",
                    [("my plan.csv", Data("a".utf8))],
                    [
                        "my plan.csv: is none of seats.csv, curriculum-plan.csv, teacher-plan.csv — fix: keep the names the export gave the files (or upload the zip)"
                    ]
                ),
                (
                    "en",
                    [("plan.xlsx", Data("a".utf8))],
                    [
                        "plan.xlsx: is not a CSV file, a zip of them or a plan file (.json) — fix: in Excel or WPS save the sheet as CSV UTF-8, keeping its name"
                    ]
                ),
                // A seats file alone: the library's message naming what is missing.
                (
                    "en",
                    [("seats.csv", Data("\u{FEFF}学校,年份,新增学位\r\nxn-tech,2021,x\r\n".utf8))],
                    [
                        "seats.csv:2: 新增学位: \"x\" is not a number — fix: write the seats added this year, a whole number ≥ 0 (0 for none), without units"
                    ]
                ),
            ]
            // The Chinese page says the same in Chinese: the workbench's own refusals and
            // the library's.
            refused += [
                (
                    "zh", [],
                    ["file：没有发送任何文件 — 修改：选择导出的 CSV zip，或 seats.csv、curriculum-plan.csv、teacher-plan.csv"]
                ),
                (
                    "zh", [("plan.zip", Data("School,Year\n".utf8))],
                    ["plan.zip：不是 ZIP 压缩包 — 修改：上传方案页下载的 zip，或这几个 CSV 文件本身"]
                ),
                (
                    "zh", [("seats.csv", Data("\u{FEFF}学校,年份,新增学位\r\nxn-tech,2021,x\r\n".utf8))],
                    ["seats.csv:2: 新增学位：“x”不是数字 — 修改：填写当年新增学位数：不小于 0 的整数（没有则填 0），不带单位"]
                ),
            ]
            for (language, files, expected) in refused {
                try await client.execute(
                    uri: "/\(language)/evaluate", method: .post, headers: Self.headers, body: Self.upload(files)
                ) { response in
                    #expect(response.status == .unprocessableContent, "\(files.map(\.0))")
                    #expect(Self.problems(String(buffer: response.body)) == expected)
                }
            }
            // No file escaped the workbench's folder, and none is left in it.
            let evaluations = fixture.folder.file("store/workbench/evaluations")
            #expect(((try? FileManager.default.contentsOfDirectory(atPath: evaluations)) ?? []).isEmpty)
            #expect(!FileManager.default.fileExists(atPath: fixture.folder.file("store/seats.csv")))
            // Over 10 MiB: 413 before anything is read; no CSRF field: 403; no such scenario: 404.
            try await client.execute(
                uri: "/en/evaluate", method: .post, headers: Self.headers,
                body: Self.upload([("seats.csv", Data(repeating: 0x41, count: 10 << 20 + 1))])
            ) { response in
                #expect(response.status == .contentTooLarge)
            }
            try await client.execute(
                uri: "/en/evaluate", method: .post,
                headers: [.contentType: "multipart/form-data; boundary=\(Self.boundary)"],
                body: Self.upload([])
            ) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(
                uri: "/en/evaluate", method: .post, headers: Self.headers, body: Self.upload([], scenario: "../../etc")
            ) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func anExportedZipEvaluatesToItsPlanABrokenLimitShowsItsAmountAndThreeVersionsLineUp() async throws {
        let fixture = try WebFixture()
        try await fixture.application.test(.router) { client in
            let (id, solved, zip) = try await Self.solvedBaseline(fixture, client: client, language: "zh")
            let files = try ZipReader.files(in: zip)
            // The zip as downloaded, unchanged: the solved plan's cost, nothing broken.
            let first = try await client.execute(
                uri: "/zh/evaluate", method: .post, headers: Self.headers, body: Self.upload([("plan-csv.zip", zip)])
            ) { response in
                #expect(response.status == .seeOther)
                return response.headers[.location] ?? ""
            }
            #expect(first == "/zh/evaluate?scenario=xingning-2025&result=r\(id + 1)")
            try await client.execute(uri: first, method: .get) { response in
                let body = String(buffer: response.body)
                #expect(
                    body.contains(
                        "<div class=\"k\">总成本（元）</div><div class=\"v\">\(NumberText.money(solved.plan.costs.total))</div>"
                    ))
                #expect(body.contains("<div class=\"k\">违反的硬约束</div><div class=\"v\">0</div>"))
                #expect(body.contains("此方案不违反任何硬约束。"))
                #expect(body.contains("href=\"/zh/plans/r\(id + 1)\""))
                #expect(body.contains("action=\"/zh/plans/r\(id + 1)/save\""))
            }
            // One intake raised far above its limit, in the three CSV files sent one by one
            // (English page): each broken constraint with its amount, as `evaluate` gives them.
            let curriculum = try #require(files.first { $0.name == "curriculum-plan.csv" })
            var lines = String(decoding: curriculum.data, as: UTF8.self).components(separatedBy: "\r\n")
            var cells = lines[1].components(separatedBy: ",")
            let intake = try #require(Double(cells[5]))
            let classes = try #require(Double(cells[7]))
            cells[5] = "500"
            lines[1] = cells.joined(separator: ",")
            let edited = Data(lines.joined(separator: "\r\n").utf8)
            let sent =
                files.filter { ["seats.csv", "teacher-plan.csv"].contains($0.name) }.map { ($0.name, $0.data) } + [
                    ("curriculum-plan.csv", edited)
                ]
            let second = try await client.execute(
                uri: "/en/evaluate", method: .post, headers: Self.headers, body: Self.upload(sent)
            ) { response in
                #expect(response.status == .seeOther)
                return response.headers[.location] ?? ""
            }
            let loaded = try ScenarioLoader.load(path: WebFixture.packageRoot + "/Models/xingning-2025.yaml")
            let folder = fixture.folder.file("cli")
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for (name, data) in sent { try data.write(to: URL(fileURLWithPath: folder + "/" + name)) }
            let expected = try PlanEvaluation.evaluate(
                loaded, given: try GivenDecisions.read(folder, for: loaded.scenario))
            let broken = PlanEvaluation.brokenConstraints(expected.violations)
            #expect(broken.map(\.check) == ["domain", "class-size"])
            #expect(broken.map(\.amount) == [500 - intake, 500 - classes * 45])
            try await client.execute(uri: second, method: .get) { response in
                let body = String(buffer: response.body)
                #expect(
                    body.contains(
                        "<div class=\"k\">Total cost (yuan)</div><div class=\"v\">\(NumberText.money(expected.plan.costs.total))</div>"
                    ))
                #expect(body.contains("<div class=\"k\">Hard constraints broken</div><div class=\"v\">2</div>"))
                for violation in broken {
                    #expect(
                        body.contains(
                            "<td>\(HTMLText.escape(violation.message))</td><td class=\"num\">\(NumberText.count(violation.amount ?? 0))</td>"
                        ))
                }
            }
            // The Chinese page shows each broken constraint in Chinese, no English detail.
            try await client.execute(uri: second.replacingOccurrences(of: "/en/", with: "/zh/"), method: .get) {
                response in
                let body = String(buffer: response.body)
                #expect(
                    body.contains(
                        "<td>招生 500 人 &gt; \(NumberText.count(classes)) 个班 × 每班 45 人</td><td class=\"num\">\(NumberText.count(500 - classes * 45))</td>"
                    ))
                #expect(
                    body.contains(
                        "<td>招生为 500，超过上限 \(NumberText.count(intake))</td><td class=\"num\">\(NumberText.count(500 - intake))</td>"
                    ))
                #expect(!body.contains("above its limit"))
                // The targets short name their shortfall's unit in Chinese too (人, not applicants).
                #expect(!body.contains(" applicants</td>"))
                #expect(!body.contains("classes ×"))
            }
            // The plan page of the evaluated plan shows the same, and saves as a version.
            let evaluated = id + 2
            try await client.execute(uri: "/en/plans/r\(evaluated)", method: .get) { response in
                let body = String(buffer: response.body)
                #expect(body.contains("<section class=\"evaluation\">"))
                #expect(
                    body.contains("The plan breaks 2 hard constraint(s) or decision limit(s); nothing was repaired."))
            }
            // Three versions: the solved plan, the evaluated copy and the broken one.
            var versions: [String] = []
            for (result, label) in [(id, "solved"), (id + 1, "as-exported"), (evaluated, "intake-500")] {
                let location = try await client.execute(
                    uri: "/en/plans/r\(result)/save", method: .post, headers: WebFixture.formHeaders(),
                    body: WebFixture.formBody([("label", label), ("note", "")])
                ) { $0.headers[.location] ?? "" }
                versions.append(String(location.split(separator: "/").last ?? ""))
            }
            #expect(versions == ["v1", "v2", "v3"])
            for (language, legend) in [("zh", "逐一与 solved 比较"), ("en", "Each against solved")] {
                try await client.execute(uri: "/\(language)/compare?p=v1&p=v2&p=v3", method: .get) { response in
                    #expect(response.status == .ok)
                    let body = String(buffer: response.body)
                    #expect(body.contains("<section id=\"lineup\">"))
                    #expect(body.contains("<h2>\(legend)</h2>"))
                    #expect(body.components(separatedBy: "<details class=\"comparison\">").count == 3)
                    #expect(body.contains("<summary>solved → intake-500</summary>"))
                }
            }
        }
    }

    @Test func aVariantLikeAPlanSaysHowManyDecisionsDiffer() async throws {
        let fixture = try WebFixture()
        try await fixture.application.test(.router) { client in
            let id = try await fixture.solve("xingning-2025", client: client)
            for language in ["zh", "en"] {
                try await client.execute(uri: "/\(language)/scenarios/xingning-2025?like=r\(id)", method: .get) {
                    response in
                    let body = String(buffer: response.body)
                    #expect(body.contains("<input type=\"hidden\" name=\"like\" value=\"r\(id)\">"))
                    #expect(body.contains("<a href=\"/\(language)/plans/r\(id)\">r\(id)</a>"))
                    // The levers form, filled with the scenario's values.
                    #expect(body.contains("name=\"schools.xn-tech.capacity\" value=\""))
                }
            }
            try await client.execute(uri: "/en/scenarios/xingning-2025?like=r999", method: .get) { response in
                #expect(response.status == .notFound)
            }
            // The variant, a new scenario with the same levers, solved like the plan.
            let location = try await client.execute(
                uri: "/en/scenarios/xingning-2025/solve", method: .post, headers: WebFixture.formHeaders(),
                body: WebFixture.formBody([("like", "r\(id)"), ("name", "like-test")])
            ) { response in
                #expect(response.status == .seeOther)
                return response.headers[.location] ?? ""
            }
            let variant = try #require(Int(location.split(separator: "/").last ?? ""))
            let job = try #require(fixture.workbench.queue.job(variant))
            _ = job.wait(timeout: 300)
            guard case .plan(let result, _, _) = job.status.outcome, let like = result.plan.like else {
                Issue.record("no plan solved like r\(id): \(String(describing: job.status.outcome))")
                return
            }
            #expect(like.name == "workbench result r\(id)")
            #expect(like.decisionsCompared > 500)
            for (language, key) in [
                ("zh", "与参照方案 workbench result r\(id) 不同的决策"),
                ("en", "Decisions differing from workbench result r\(id)"),
            ] {
                try await client.execute(uri: "/\(language)/plans/r\(variant)", method: .get) { response in
                    let body = String(buffer: response.body)
                    #expect(
                        body.contains(
                            "<div class=\"k\">\(key)</div><div class=\"v\">\(NumberText.count(Double(like.decisionsDiffering))) / \(NumberText.count(Double(like.decisionsCompared)))</div>"
                        ))
                }
            }
        }
    }

    @Test func optimiseTheRestKeepsTheGivenDecisionsAndChoosesTheOthersInTheQueue() async throws {
        let fixture = try WebFixture()
        try await fixture.application.test(.router) { client in
            let (_, solved, zip) = try await Self.solvedBaseline(fixture, client: client, language: "en")
            let loaded = try ScenarioLoader.load(path: WebFixture.packageRoot + "/Models/xingning-2025.yaml")
            let files = try ZipReader.files(in: zip)
            // Given: the seats, with one school-year's seats added raised by 10 (within its
            // limit), and the curriculum as solved; not given: the teacher plan (hires and
            // teachers on rotation), left to the search.
            let raised = try #require(
                solved.plan.schools.first { row in
                    let school = loaded.scenario.schools.first { $0.id == row.school }
                    return row.seatsAdded + 10 <= (school?.maxExpand ?? 0)
                })
            let seats = try CSVTable(
                parsing: try #require(files.first { $0.name == "seats.csv" }).data, file: "seats.csv")
            let schoolColumn = try #require(seats.header.firstIndex(of: "School"))
            let yearColumn = try #require(seats.header.firstIndex(of: "Year"))
            let addedColumn = try #require(seats.header.firstIndex(of: "Seats added"))
            let entry = try #require(solved.plan.catalog.schools.first { $0.id == raised.school })
            var records = seats.records.map(\.fields)
            let line = try #require(
                records.firstIndex {
                    $0[schoolColumn] == (entry.nameEn.isEmpty ? entry.id : entry.nameEn)
                        && $0[yearColumn] == String(raised.year)
                })
            #expect(Double(records[line][addedColumn]) == raised.seatsAdded)
            records[line][addedColumn] = String(Int(raised.seatsAdded) + 10)
            let edited = ([seats.header] + records).map(CSVWriter.line).joined()
            let curriculum = try #require(files.first { $0.name == "curriculum-plan.csv" })
            let sent: [(name: String, data: Data)] = [
                ("seats.csv", Data(edited.utf8)), (curriculum.name, curriculum.data),
            ]
            // The same files read by the library, as `skillplan evaluate --optimise-rest` reads them.
            let folder = fixture.folder.file("given")
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for (name, data) in sent { try data.write(to: URL(fileURLWithPath: folder + "/" + name)) }
            let given = try GivenDecisions.read(folder, for: loaded.scenario)
            // Hires and rotation of every group, and the qualifications of those that plan them.
            let qualifying = loaded.scenario.groups.filter(\.plansQualification).count
            #expect(
                given.missing.count == (2 * loaded.scenario.groups.count + qualifying) * loaded.scenario.years.count)
            // Without "optimise the rest": refused, naming the decisions not given.
            try await client.execute(
                uri: "/en/evaluate", method: .post, headers: Self.headers, body: Self.upload(sent)
            ) { response in
                #expect(response.status == .unprocessableContent)
                let problems = Self.problems(String(buffer: response.body))
                #expect(problems.count == 1)
                #expect(
                    problems.first?.hasPrefix(
                        "decisions: \(given.missing.count) decision(s) of scenario xingning-2025 not given: \(given.missing[0]);"
                    ) == true, "\(problems)")
            }
            // With it: a solve in the queue, followed on its page, ending at the plan.
            let location = try await client.execute(
                uri: "/en/evaluate", method: .post, headers: Self.headers,
                body: Self.upload(sent, optimiseRest: true)
            ) { response in
                #expect(response.status == .seeOther)
                return response.headers[.location] ?? ""
            }
            let jobID = try #require(Int(location.split(separator: "/").last ?? ""))
            #expect(location == "/en/jobs/\(jobID)")
            let job = try #require(fixture.workbench.queue.job(jobID))
            _ = job.wait(timeout: 300)
            guard case .plan(let result, _, nil) = job.status.outcome else {
                Issue.record("no plan: \(String(describing: job.status.outcome))")
                return
            }
            let plan = result.plan
            // The given decisions as given (the raised seats too), the rest chosen, and sound.
            #expect(plan.solver.status == PlanEvaluation.status)
            #expect(
                plan.solver.searchRule.hasPrefix(
                    "\(given.count) decisions given, \(given.missing.count) optimised; "))
            #expect(result.violations.isEmpty, "\(result.violations)")
            var expectedSeats = solved.plan.schools.map(\.seatsAdded)
            let raisedIndex = try #require(
                solved.plan.schools.firstIndex { $0.school == raised.school && $0.year == raised.year })
            expectedSeats[raisedIndex] += 10
            #expect(plan.schools.map(\.seatsAdded) == expectedSeats)
            #expect(plan.programmeLevels.map(\.intake) == solved.plan.programmeLevels.map(\.intake))
            #expect(plan.programmeLevels.map(\.classes) == solved.plan.programmeLevels.map(\.classes))
            // The plan the library chooses for the same files: the workbench adds nothing.
            var options = PlanningOptions()
            options.race = false
            let direct = try PlanEvaluation.evaluate(loaded, given: given, optimiseRest: true, options: options)
            #expect(plan.groups.map(\.hires) == direct.plan.groups.map(\.hires))
            #expect(plan.costs.total == direct.plan.costs.total)
            // Between two bounds: no plan of the scenario costs less than the solved one
            // (within its gap), and the solved teacher plan beside the given decisions is one
            // the search could have kept (its cost, evaluated, within the gap asked for).
            let teachers = try #require(files.first { $0.name == "teacher-plan.csv" })
            try teachers.data.write(to: URL(fileURLWithPath: folder + "/teacher-plan.csv"))
            let kept = try PlanEvaluation.evaluate(loaded, given: try GivenDecisions.read(folder, for: loaded.scenario))
            #expect(kept.violations.isEmpty, "\(kept.violations)")
            #expect(kept.plan.targetsShort == solved.plan.targetsShort)
            #expect(plan.targetsShort == solved.plan.targetsShort)
            #expect(kept.plan.costs.total > solved.plan.costs.total)
            #expect(plan.costs.total >= solved.plan.costs.total * (1 - (solved.plan.solver.gap ?? 0)) - 1)
            #expect(plan.costs.total <= kept.plan.costs.total / (1 - plan.solver.requestedGap) + 1)
            // Its page: an evaluation with its cost and nothing broken.
            try await client.execute(uri: "/en/plans/r\(jobID)", method: .get) { response in
                #expect(response.status == .ok)
                let body = String(buffer: response.body)
                #expect(
                    body.contains(
                        "<div class=\"k\">Total cost (yuan)</div><div class=\"v\">\(NumberText.money(plan.costs.total))</div>"
                    ))
                #expect(body.contains("<section class=\"evaluation\">"))
                #expect(body.contains("<div class=\"k\">Hard constraints broken</div><div class=\"v\">0</div>"))
                #expect(body.contains("action=\"/en/plans/r\(jobID)/save\""))
            }
        }
    }
}
