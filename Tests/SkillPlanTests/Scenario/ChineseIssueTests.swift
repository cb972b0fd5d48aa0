import Foundation
import Testing

@testable import SkillPlan

/// The scenario's validation messages in a Chinese run: the same file, line, field and
/// fix as in English, worded in Chinese (issue 15). One case of each kind: a negative
/// value, a value out of range, too large, an unknown id, a missing field, a wrong type,
/// a duplicate, a cross-reference, a year outside the horizon, the scenario file's own.
@Suite("Bad input in Chinese: every problem, with file, line, field and fix")
struct ChineseIssueTests {
    /// Breaks a fresh copy of the data and returns the issues in Chinese.
    private func issues(extra: String = "", _ breakData: (ScenarioTestFolder) throws -> Void = { _ in }) throws
        -> [String]
    {
        let folder = try ScenarioTestFolder()
        defer { folder.remove() }
        try breakData(folder)
        try folder.write("Models/case.yaml", ScenarioTestFolder.baseline + extra)
        return try folder.loadIssuesZh()
    }

    @Test("a negative value, a value out of range, an unknown id, a share above 1")
    func ranges() throws {
        let found = try issues { folder in
            try folder.replace("Data/schools.csv", ",3300,150,", with: ",-3300,150,")
            try folder.replace("Data/levels.csv", ",3,0.96,true,", with: ",3,1.2,true,")
            try folder.replace("Data/applicants.csv", "cnc-machining,senior,2021", with: "cnc-machinning,senior,2021")
            try folder.replace("Data/targets.csv", ",2025,,0.6,,,", with: ",2025,,1.5,,,")
        }
        #expect(
            found == [
                "Data/schools.csv:3: capacity：为 -3300，须 ≥ 0 — 修改：填写基准年的全日制学位数（0 或以上）",
                "Data/levels.csv:3: retention：为 1.2，须大于 0 且不超过 1 — 修改：填写学生从一学年升入下一学年的保留比例，如 0.96",
                "Data/applicants.csv:37: programme：为“cnc-machinning”，不是专业编号 — 修改：使用 programmes.csv 中的编号，或在该表中添加这个专业",
                "Data/targets.csv:9: share：为 1.5，须在 0 到 1 之间 — 修改：以小数填写比例，如 30% 填 0.3",
            ])
    }

    @Test("a missing field, a wrong type, a column missing from the header, years backwards")
    func reading() throws {
        let found = try issues { folder in
            try folder.replace("Data/schools.csv", "capacity,", with: "capacty,")
            try folder.replace("Data/teacher_groups.csv", ",44,3,", with: ",forty-four,3,")
            try folder.replace("Data/targets.csv", ",2021-2022,900", with: ",2022-2021,900")
            try folder.replace("Data/levels.csv", ",3,0.96,true,", with: ",3,0.96,yes please,")
            try folder.replace("Data/targets.csv", ",xn-tech,,2025,3000,,,,1000000,", with: ",xn-tech,,2025,3000,,,,,")
        }
        #expect(
            found == [
                "Data/schools.csv:1: capacty：不是 schools.csv 的列 — 修改：改名为以下之一：id、name_zh、name_en、capacity、max_expand、expand_cost、source，或删去该列（docs/data-format.md）",
                "Data/schools.csv:1: capacity：表头中缺少该列 — 修改：在 schools.csv 中添加 capacity 列（docs/data-format.md）",
                "Data/levels.csv:3: high_skill：为“yes please”，不是 true 或 false — 修改：填写 true 或 false",
                "Data/teacher_groups.csv:2: headcount：为“forty-four”，不是数字 — 修改：把基准年的教师数写成普通数字，如 1200 或 0.5（不加千位分隔符或单位）",
                "Data/targets.csv:3: years：为“2022-2021”：范围 2022-2021 前后颠倒 — 修改：先写较早的年份，如 2021-2022",
                "Data/targets.csv:7: weight：为空 — 修改：填写每单位缺口的罚分",
            ])
    }

    @Test("a duplicate id, a group of another school, a year outside the horizon")
    func duplicatesAndReferences() throws {
        let duplicate = try issues { folder in
            let text = try folder.read("Data/programmes.csv")
            let nursing = try #require(text.components(separatedBy: "\n").first { $0.hasPrefix("nursing,") })
            try folder.write("Data/programmes.csv", text + nursing + "\n")
        }
        #expect(
            duplicate == [
                "Data/programmes.csv:34: id：“nursing”也是另一个专业的编号（第一次在 Data/programmes.csv:26） — 修改：每个专业用自己的编号，或删去其中一行"
            ])
        let group = try issues { folder in
            for line in 358...360 {
                try folder.replaceLine("Data/curricula.csv", line) {
                    $0.replacingOccurrences(of: ",xt-general,", with: ",mh-general,")
                }
            }
        }
        #expect(
            group == [
                "Data/curricula.csv:358: group：为“mh-general”，是 mz-health 的教研组，但 tourism 属于 xn-tech — 修改：为课程模块 general 指定 xn-tech 的教研组"
            ])
        #expect(
            try issues { try $0.replace("Data/teacher_leavers.csv", "xt-it,2022,", with: "xt-it,2027,") } == [
                "Data/teacher_leavers.csv:12: year：为 2027，不在规划年份 2021–2025 内 — 修改：填写2021年至2025年中的年份，或修改情景文件中的 years:"
            ])
    }

    @Test("the scenario file: an unknown setting, a missing one, base_year against years, an override")
    func scenarioFile() throws {
        #expect(
            try issues(extra: "solvr:\n  mip_gap: 0.01\n") == [
                "Models/case.yaml:7: solvr：不是情景文件的设置项 — 修改：使用以下之一：name、title_zh、title_en、question_zh、data、base_year、years、solver、rotation、targets、extra_targets、overrides、actuals_until、actuals、tables（docs/data-format.md）"
            ])
        #expect(
            try issues(extra: "overrides:\n  schools:\n    xn-tech:\n      max_expand: -5\n") == [
                "Models/case.yaml:10: max_expand：为 -5，须 ≥ 0 — 修改：填写每年可新增的学位数（不新增填 0）"
            ])
        let folder = try ScenarioTestFolder()
        defer { folder.remove() }
        try folder.write("Models/case.yaml", "# Years.\nname: case\nbase_year: 2020\nyears: 2022-2025\n")
        #expect(
            try folder.loadIssuesZh() == [
                "Models/case.yaml: data：缺失 — 修改：添加一行 `data:`（docs/data-format.md）",
                "Models/case.yaml:3: base_year：为 2020，但规划年份（years: 2022-2025）从 2022 年开始；base_year 应是第一个规划年份的前一年，即数据所描述状况的年份 — 修改：设 base_year: 2021，或从 2021 年开始规划（years: 2021-2025）",
            ])
    }

    @Test("a scenario built in code: too large, a level not enrolled, the target's missing field")
    func inCode() {
        var scenario = ScenarioValidatorTests.sound()
        scenario.programmes[0].classCost = 1e20
        scenario.applicants[0].programme = "q"
        scenario.targets[0].value = nil
        #expect(
            ScenarioValidator.issues(in: scenario).map { $0.description(in: .zh) } == [
                "scenario: class_cost：为 1e+20，不得超过 1,000,000,000,000 元 — 修改：核对数字：这么大的值是录入错误，GLPK 的运算无法据此做规划",
                "scenario: level：为“mid”，q 不招收这一层次（其层次：无：只办短期培训） — 修改：在 programmes.csv 中把 mid 加入 q 的 levels，或删去这一行",
                "scenario: value：为空，但 annual-training 类目标需要此值 — 修改：填写要求的培训人次",
            ])
    }

    @Test("the English line of an issue is unchanged, and its place and fix stay in Chinese")
    func bothLanguages() {
        var scenario = ScenarioValidatorTests.sound()
        scenario.schools[0].capacity = -5
        let issue = ScenarioValidator.issues(in: scenario)[0]
        #expect(
            issue.description(in: .en)
                == "scenario: capacity: is -5, must be ≥ 0 — fix: give the full-time places in the base year (0 or more)"
        )
        #expect(
            issue.problem(in: .en) == "is -5, must be ≥ 0 — fix: give the full-time places in the base year (0 or more)"
        )
        #expect(issue.problem(in: .zh) == "为 -5，须 ≥ 0 — 修改：填写基准年的全日制学位数（0 或以上）")
    }

    @Test("the scan finds English left in a Chinese line, and passes ids, fields and quoted values")
    func scan() {
        let english = ScenarioIssue(
            file: "Data/schools.csv", line: 3, field: "capacity", message: "is -5", fix: "give the places",
            zh: ("为 -5", "填写 places of xn-tech"))
        #expect(ChineseWording.englishWords(in: english, ids: ["xn-tech"]) == ["places"])
        let chinese = ScenarioIssue(
            file: "Data/schools.csv", line: 3, field: "capacity", message: "is \"abc def\"", fix: "give it",
            zh: ("为“lots more”，xn-tech 的 capacity 不是数字", "见 docs/data-format.md，写 true 或 false"))
        #expect(ChineseWording.englishWords(in: chinese, ids: []).isEmpty)
        let untranslated = ScenarioIssue(file: "f", message: "is wrong", fix: "mend it")
        #expect(ChineseWording.englishWords(in: untranslated, ids: []) == ["(no Chinese wording)"])
    }
}
