import Foundation
import TestSupport
import Testing

/// `skillplan evaluate` and `skillplan check` run as a planner runs them, on the tiny
/// fixture (100 applicants in classes of 40 at 1,000 a class, 50 short-course places at 10).
@Suite("skillplan evaluate and check")
struct EvaluateCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures/tiny")
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    var scenario: String { Self.fixtures.appendingPathComponent("tiny.yaml").path }

    /// A fresh folder with the tiny plan solved into `plan.json` and exported as CSV into `csv/`.
    func solvedAndExported(language: String = "zh") throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("evaluate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let plan = folder.appendingPathComponent("plan.json").path
        #expect(try CommandRunner().run(["solve", scenario, "-o", plan]).exitCode == 0)
        #expect(
            try CommandRunner().run([
                "export", plan, "--format", "csv", "--lang", language, "-o", folder.appendingPathComponent("csv").path,
            ]).exitCode == 0)
        return folder
    }

    func edit(_ file: URL, _ old: String, _ new: String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(old))
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    @Test(
        "The exported CSV evaluates to the solved plan's cost and targets, Chinese and English headers",
        arguments: ["zh", "en"])
    func roundTrip(language: String) throws {
        let folder = try solvedAndExported(language: language)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("evaluated.json").path
        let result = try CommandRunner().run([
            "evaluate", scenario, "--decisions", folder.appendingPathComponent("csv").path, "-o", out,
        ])
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(result.standardError == "")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.contains("Evaluated, not optimised: none: all 6 decisions given"))
        #expect(lines.contains("Cost: 3,500 yuan (hiring 0, seats 0, classes 3,000, training 500)"))
        #expect(lines.contains("Targets: 2 of 2 met"))
        #expect(lines.contains("Plan written to \(out)"))
        let json = try String(contentsOfFile: out, encoding: .utf8)
        #expect(json.contains("\"status\" : \"evaluated\""))
    }

    @Test("One more class: the cost rises by exactly one class (1,000), and the plan is written")
    func oneMoreClass() throws {
        let folder = try solvedAndExported()
        defer { try? FileManager.default.removeItem(at: folder) }
        try edit(folder.appendingPathComponent("csv/curriculum-plan.csv"), "中级工,100,100,0,3,", "中级工,100,100,0,4,")
        let result = try CommandRunner().run([
            "evaluate", scenario, "--decisions", folder.appendingPathComponent("csv").path,
            "-o", folder.appendingPathComponent("more.json").path,
        ])
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("Cost: 4,500 yuan (hiring 0, seats 0, classes 4,000, training 500)"))
    }

    @Test("A broken hard constraint is reported with its amount, never repaired: exit 2, the plan written as given")
    func broken() throws {
        let folder = try solvedAndExported()
        defer { try? FileManager.default.removeItem(at: folder) }
        // 2 classes of 40 cannot hold 100 students.
        try edit(folder.appendingPathComponent("csv/curriculum-plan.csv"), "中级工,100,100,0,3,", "中级工,100,100,0,2,")
        let out = folder.appendingPathComponent("broken.json").path
        let result = try CommandRunner().run([
            "evaluate", scenario, "--decisions", folder.appendingPathComponent("csv").path, "-o", out,
        ])
        #expect(result.exitCode == 2)
        #expect(
            result.standardOutput.contains("  class-size [p, basic, 2021]: intake 100 > 2 classes × 40 seats, by 20"))
        #expect(
            result.standardOutput.contains(
                "The plan breaks 1 hard constraint(s) or decision limit(s); nothing was repaired."))
        let json = try String(contentsOfFile: out, encoding: .utf8)
        #expect(json.contains("\"classes\" : 2"))
    }

    @Test(
        "Bad cells: empty, negative, not a number, an unknown programme; each named as file:line: column, exit 3, nothing written, in English and in Chinese",
        arguments: ["en", "zh"])
    func badCells(language: String) throws {
        let (folder, csv) = try badCellsFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("bad.json").path
        let result = try CommandRunner().run(
            ["evaluate", scenario, "--decisions", csv.path, "-o", out], environment: ["SKILLPLAN_LANG": language])
        #expect(result.exitCode == 3)
        #expect(result.standardOutput == "")
        let file = csv.path
        let expected =
            language == "zh"
            ? [
                "错误：\(file)/curriculum-plan.csv:2: 招生：为空 — 修改：填写一年级招生人数：不小于 0 的整数（没有则填 0），不带单位",
                "错误：\(file)/curriculum-plan.csv:2: 新开班级：-3 是负数 — 修改：填写一年级新开班级数：不小于 0 的整数（没有则填 0），不带单位",
                "错误：\(file)/curriculum-plan.csv:3: 专业：“制鞋”不是情景 tiny 中学校 s 的专业 — 修改：填写导出时的专业名称或其代码：p",
                "错误：\(file)/teacher-plan.csv:2: 新聘：“两”不是数字 — 修改：填写新聘教师数：不小于 0 的整数（没有则填 0），不带单位",
            ]
            : [
                "error: \(file)/curriculum-plan.csv:2: 招生: empty — fix: write the first-year students admitted, a whole number ≥ 0 (0 for none), without units",
                "error: \(file)/curriculum-plan.csv:2: 新开班级: -3 is negative — fix: write the first-year classes opened, a whole number ≥ 0 (0 for none), without units",
                "error: \(file)/curriculum-plan.csv:3: 专业: \"制鞋\" is not a programme of school s in scenario tiny — fix: use a programme as exported or its id: p",
                "error: \(file)/teacher-plan.csv:2: 新聘: \"两\" is not a number — fix: write the teachers hired, a whole number ≥ 0 (0 for none), without units",
            ]
        #expect(result.standardError.split(separator: "\n").map(String.init) == expected)
        #expect(!FileManager.default.fileExists(atPath: out))
        // --lang says the same as SKILLPLAN_LANG.
        let option = try CommandRunner().run([
            "evaluate", scenario, "--decisions", csv.path, "-o", out, "--lang", language,
        ])
        #expect(option.standardError == result.standardError)
    }

    /// The solved tiny plan exported in Chinese, with four bad cells: an empty intake, -3
    /// classes, the unknown programme 制鞋 and a hire of 两.
    func badCellsFolder() throws -> (folder: URL, csv: URL) {
        let folder = try solvedAndExported()
        let csv = folder.appendingPathComponent("csv")
        try edit(
            csv.appendingPathComponent("curriculum-plan.csv"), "测试学校,2021,制鞋成型,中级工,100,100,0,3,",
            "测试学校,2021,制鞋成型,中级工,100,,0,-3,")
        try edit(csv.appendingPathComponent("curriculum-plan.csv"), "测试学校,2021,制鞋成型,短期培训", "测试学校,2021,制鞋,短期培训")
        try edit(csv.appendingPathComponent("teacher-plan.csv"), "2021,10,0,0,10,", "2021,10,0,两,10,")
        return (folder, csv)
    }

    @Test("A zh run reports a broken constraint and a decision not given in Chinese")
    func brokenInChinese() throws {
        let folder = try solvedAndExported()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("csv")
        try edit(csv.appendingPathComponent("curriculum-plan.csv"), "中级工,100,100,0,3,", "中级工,100,100,0,2,")
        let out = folder.appendingPathComponent("broken.json").path
        let result = try CommandRunner().run([
            "evaluate", scenario, "--decisions", csv.path, "-o", out, "--lang", "zh",
        ])
        #expect(result.exitCode == 2)
        #expect(result.standardOutput.contains("  班额 [p, basic, 2021]：招生 100 人 > 2 个班 × 每班 40 人，超出 20\n"))
        #expect(result.standardOutput.contains("方案违反 1 项硬约束或决策限制；未作任何修补。"))
        #expect(result.standardOutput.contains("已评估，未优化：全部 6 项决策均已给出，未做搜索\n"))
        #expect(!result.standardOutput.contains("class-size"))

        try FileManager.default.removeItem(at: csv.appendingPathComponent("seats.csv"))
        let refused = try CommandRunner().run([
            "evaluate", scenario, "--decisions", csv.path, "-o", out, "--lang", "zh",
        ])
        #expect(refused.exitCode == 3)
        #expect(
            refused.standardError
                == "错误：decisions: 情景 tiny 有 1 项决策未给出：新增学位 s, 2021 — 修改：给出全部决策（用 `skillplan export PLAN --format csv` 导出一个已求解的方案再修改），或加 --optimise-rest 优化未给出的决策\n"
        )
    }

    @Test("A decision not given is named; --optimise-rest solves for it")
    func missing() throws {
        let folder = try solvedAndExported(language: "en")
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("csv")
        try FileManager.default.removeItem(at: csv.appendingPathComponent("seats.csv"))
        let out = folder.appendingPathComponent("partial.json").path
        let refused = try CommandRunner().run(["evaluate", scenario, "--decisions", csv.path, "-o", out])
        #expect(refused.exitCode == 3)
        #expect(
            refused.standardError
                == "error: decisions: 1 decision(s) of scenario tiny not given: seats added s, 2021 — fix: give every decision (export a solved plan with `skillplan export PLAN --format csv` and edit it), or add --optimise-rest to optimise those not given\n"
        )
        #expect(!FileManager.default.fileExists(atPath: out))
        let rest = try CommandRunner().run([
            "evaluate", scenario, "--decisions", csv.path, "--optimise-rest", "-o", out,
        ])
        #expect(rest.exitCode == 0, "\(rest.standardError)")
        #expect(rest.standardOutput.contains("Cost: 3,500 yuan"))
        #expect(
            rest.standardOutput.contains("Phase 2, cost (yuan): 3,500, bound 3,500, gap 0.00% (asked 0.00%); optimal"))
    }

    @Test("check: a sound plan exits 0; tampered plans exit 5 and name each violation")
    func check() throws {
        let folder = try solvedAndExported()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.json")
        let sound = try CommandRunner().run(["check", plan.path, "--scenario", scenario])
        #expect(sound.exitCode == 0, "\(sound.standardError)")
        #expect(sound.standardOutput.contains("Verdict: the plan holds"))
        let original = try String(contentsOf: plan, encoding: .utf8)
        let tampered: [(String, String, String)] = [
            // Seats exceeded: 101 students in 100 seats (the intake edited).
            ("\"intake\" : 100", "\"intake\" : 101", "seats [s, 2021]: 101 students > 100 seats, by 1"),
            // A rotation count changed: 9 of 10 teachers.
            (
                "\"onRotation\" : 10", "\"onRotation\" : 9",
                "rotation-coverage [g]: 9 rotations in 2021–2021 < 10 teachers to rotate, by 1"
            ),
            // A reported total edited.
            (
                "\"total\" : 3500", "\"total\" : 3400",
                "reported [costs]: total cost reported 3,400, but the decisions give 3,500"
            ),
        ]
        for (old, new, named) in tampered {
            #expect(original.contains(old), "\(old)")
            let file = folder.appendingPathComponent("tampered.json")
            try original.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
            let result = try CommandRunner().run(["check", file.path, "--scenario", scenario])
            #expect(result.exitCode == 5)
            #expect(result.standardOutput.contains("Verdict: the plan does not hold"))
            #expect(result.standardOutput.contains("  " + named), "\(result.standardOutput)")
        }
        // In Chinese: the verdict and each violation.
        let file = folder.appendingPathComponent("tampered.json")
        try original.replacingOccurrences(of: "\"intake\" : 100", with: "\"intake\" : 101").write(
            to: file, atomically: true, encoding: .utf8)
        let zh = try CommandRunner().run(["check", file.path, "--scenario", scenario, "--lang", "zh"])
        #expect(zh.exitCode == 5)
        #expect(zh.standardOutput.contains("结论：方案不成立："))
        #expect(zh.standardOutput.contains("\n  学位 [s, 2021]：在校生 101 人 > 学位 100 个，超出 1\n"), "\(zh.standardOutput)")
        #expect(zh.standardOutput.contains("\n  报告数值 [s, 2021]：在校生报告为 100，但按决策计算为 101\n"))
    }

    @Test("check needs the plan's own inputs: another scenario's is refused with the fix")
    func otherInputs() throws {
        let folder = try solvedAndExported()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.json").path
        let result = try CommandRunner().run([
            "check", plan, "--scenario", Self.fixtures.appendingPathComponent("short.yaml").path,
        ])
        #expect(result.exitCode == 3)
        #expect(result.standardError.contains("the plan was made from other inputs than"))
        #expect(result.standardError.contains("— fix: give the scenario files it was solved from with --scenario"))
    }

    @Test("check on a saved version uses its own saved files")
    func version() throws {
        let folder = try solvedAndExported()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("plans.sqlite").path
        #expect(
            try CommandRunner().run([
                "solve", scenario, "-o", folder.appendingPathComponent("p.json").path, "--save", "--label", "base",
                "--store", store,
            ]).exitCode == 0)
        let result = try CommandRunner().run(["check", "base", "--store", store])
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("Plan: version v1 (base), scenario tiny"))
    }

    @Test("check on every bundled scenario's plan: exit 0")
    func bundled() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let models = Self.repository.appendingPathComponent("Models")
        let files = try FileManager.default.contentsOfDirectory(atPath: models.path).filter { $0.hasSuffix(".yaml") }
            .sorted()
        #expect(files.count == 8)
        for file in files {
            let plan = folder.appendingPathComponent(file + ".json").path
            // A loose gap keeps the test short; the check is the same on any plan.
            let solved = try CommandRunner().run([
                "solve", models.appendingPathComponent(file).path, "--mip-gap", "0.05", "-o", plan,
            ])
            #expect(solved.exitCode == 0, "\(file): \(solved.standardError)")
            let checked = try CommandRunner().run(["check", plan])
            #expect(checked.exitCode == 0, "\(file): \(checked.standardOutput) \(checked.standardError)")
            #expect(checked.standardOutput.contains("Verdict: the plan holds"))
        }
    }
}
