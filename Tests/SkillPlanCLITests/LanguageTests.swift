import Foundation
import TestSupport
import Testing

/// One language default for every command (English), `SKILLPLAN_LANG`, and `--lang` on
/// every command that prints words, with nothing mixed: a Chinese run prints Chinese
/// labels and Chinese names.
@Suite("skillplan --lang and SKILLPLAN_LANG")
struct LanguageTests {
    /// The tiny fixture and scratch folders, as the solve tests use them.
    let solve = SolveCommandTests()

    func fixture(_ name: String) -> String { solve.fixture(name) }

    func temporaryFolder() throws -> URL { try solve.temporaryFolder() }

    /// The output's lines without the ones that hold a time.
    func untimed(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            .filter { !$0.contains("用时") && !$0.contains(" in ") }
    }

    @Test("solve --lang zh: Chinese labels and Chinese names, line for line")
    func solveChinese() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.json").path
        let result = try CommandRunner().run(["solve", fixture("tiny.yaml"), "-o", plan, "--lang", "zh"])
        #expect(result.exitCode == 0)
        #expect(result.standardError == "")
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(
            untimed(result.standardOutput) == [
                "tiny — 测试小情景",
                "费用：3,500 元（招聘教师 0，新增学位 0，开设班级 3,000，短期培训 500）",
                "目标：2 项中达成 2 项",
                "  达成  serve  招收全部报名者",
                "  达成  train  每年培训50人次",
                "各年学位与教师：",
                "  年份  学位数  在校生  招生  未录取  培训人次  教师数  新聘  轮训",
                "  2021     100     100   100       0        50      10     0    10",
                "核查：方案满足全部硬约束，目标核查一致",
                "方案已写入 \(plan)",
                "",
            ])
        #expect(lines.contains { $0.hasPrefix("求解：最优，用时 ") && $0.hasSuffix(" 秒；模型 8 行、8 列（其中整数列 6 个）、非零元 16 个") })
        #expect(lines.contains { $0.hasPrefix("  第一阶段，加权缺口：0，下界 0，相对间隙 0.00%（要求 0.00%）；最优，用时 ") })
        #expect(lines.contains { $0.hasPrefix("  第二阶段，成本（元）：3,500，下界 3,500，相对间隙 0.00%（要求 0.00%）；最优，用时 ") })
        // No English word in a Chinese run.
        #expect(
            result.standardOutput.range(
                of: #"\b(Cost|Targets|met|Solved|Phase|Checker|written|seats)\b"#, options: .regularExpression) == nil)
    }

    @Test("SKILLPLAN_LANG=zh is --lang zh; --lang en wins over it; unset, every command speaks English")
    func environment() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.json").path
        let runner = try CommandRunner()
        let flag = try runner.run(["solve", fixture("tiny.yaml"), "-o", plan, "--lang", "zh"])
        let variable = try runner.run(
            ["solve", fixture("tiny.yaml"), "-o", plan], environment: ["SKILLPLAN_LANG": "zh"])
        #expect(variable.exitCode == 0)
        #expect(untimed(variable.standardOutput) == untimed(flag.standardOutput))
        let english = try runner.run(
            ["solve", fixture("tiny.yaml"), "-o", plan, "--lang", "en"], environment: ["SKILLPLAN_LANG": "zh"])
        #expect(english.standardOutput.hasPrefix("tiny — Tiny test scenario\nSolved: optimal in "))
        let standard = try runner.run(["validate", fixture("tiny.yaml")])
        #expect(standard.standardOutput == "ok: tiny (1 school, 1 programme, 2 targets, year 2021)\n")
        let chinese = try runner.run(["validate", fixture("tiny.yaml")], environment: ["SKILLPLAN_LANG": "zh"])
        #expect(chinese.standardOutput == "正常：tiny（1 所学校、1 个专业、2 项目标，2021年）\n")
    }

    @Test("validate --lang zh: a scenario's problems in Chinese, with the file, line, field and fix; English unchanged")
    func validateProblemsChinese() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tiny = URL(fileURLWithPath: fixture("tiny.yaml")).deletingLastPathComponent()
        let scenario = folder.appendingPathComponent("bad.yaml")
        let yaml = try String(contentsOf: tiny.appendingPathComponent("tiny.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "data: data", with: "data: \(tiny.appendingPathComponent("data").path)")
        try (yaml + "overrides:\n  schools:\n    s: {capacity: -5}\n").write(
            to: scenario, atomically: true, encoding: .utf8)
        let runner = try CommandRunner()
        let chinese = try runner.run(["validate", scenario.path, "--lang", "zh"])
        #expect(chinese.exitCode == 3)
        #expect(
            chinese.standardOutput
                == "\(scenario.path):14: capacity：为 -5，须 ≥ 0 — 修改：填写基准年的全日制学位数（0 或以上）\n")
        let english = try runner.run(["validate", scenario.path])
        #expect(english.exitCode == 3)
        #expect(
            english.standardOutput
                == "\(scenario.path):14: capacity: is -5, must be ≥ 0 — fix: give the full-time places in the base year (0 or more)\n"
        )
    }

    @Test("SKILLPLAN_LANG naming no language is a usage error that says what to set")
    func badEnvironment() throws {
        let result = try CommandRunner().run(["validate", fixture("tiny.yaml")], environment: ["SKILLPLAN_LANG": "fr"])
        #expect(result.exitCode == 64)
        #expect(
            result.standardError.hasPrefix(
                "Error: SKILLPLAN_LANG=fr is not a language: set it to zh or en (or unset it for English), or give --lang\n"
            ))
        let overridden = try CommandRunner().run(
            ["validate", fixture("tiny.yaml"), "--lang", "en"], environment: ["SKILLPLAN_LANG": "fr"])
        #expect(overridden.exitCode == 0)
    }

    @Test("sweep --lang zh: the table's header, statuses and closing line in Chinese")
    func sweepChinese() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner().run([
            "sweep", fixture("tiny.yaml"), "--vary", "targets.train.value=0...50:50",
            "--jobs", "1", "-o", folder.path, "--lang", "zh",
        ])
        #expect(result.exitCode == 0)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "# tiny 参数扫描")
        #expect(lines.contains("共 2 个点；缺口为各目标所有行的合计，单位为目标自身的单位（0：已达成）。"))
        #expect(
            lines.contains(
                "| targets.train.value | 状态 | 费用（元） | 目标函数值 | 第一阶段相对间隙 | 第二阶段相对间隙 | serve 缺口 | train 缺口 | 备注 |"))
        #expect(lines.filter { $0.hasPrefix("| 0 | 最优 |") || $0.hasPrefix("| 50 | 最优 |") }.count == 2)
        #expect(lines.last == "已写入 \(folder.path)/sweep.csv 和 \(folder.path)/sweep.md")
    }

    @Test(
        "Every command that prints words takes --lang",
        arguments: [
            "solve", "validate", "export", "diff", "history", "show", "restore", "sweep", "robustness", "check",
            "evaluate", "generate",
        ])
    func everyCommand(command: String) throws {
        let help = try CommandRunner().run([command, "--help"])
        #expect(help.exitCode == 0)
        #expect(help.standardOutput.contains("--lang <zh|en>"), "\(command)")
        #expect(help.standardOutput.contains("Default: $SKILLPLAN_LANG, else en."), "\(command)")
    }
}
