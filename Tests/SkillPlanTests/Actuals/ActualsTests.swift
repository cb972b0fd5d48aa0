import Foundation
import Testing

@testable import SkillPlan

@Suite("Actual figures fix the years up to actuals_until")
struct ActualsTests {
    /// Two years, 100 applicants a year, whole classes of 40 and no minimum fill; serving
    /// demand is worth more than a class, so without actuals the plan admits all 100.
    static func scenario(figures: [Actual], until: Int = 2021) -> Scenario {
        var scenario = TinyScenario.scenario(
            years: 2, applicants: [TinyScenario.applicants(100), TinyScenario.applicants(100, year: 2022)],
            targets: [TinyScenario.serveDemand(years: [2021, 2022])])
        scenario.actuals = ScenarioActuals(until: until, file: "actuals.csv", figures: figures)
        return scenario
    }

    static let sixty = Actual(year: 2021, school: "s", measure: .intake, value: 60, source: "report: a test", line: 2)

    @Test("A year fixed to its actual intake keeps it; the next year is planned; the checker holds the figure")
    func fixed() throws {
        let scenario = Self.scenario(figures: [Self.sixty])
        #expect(ScenarioValidator.issues(in: scenario).isEmpty)
        let result = try Planner.solve(scenario, inputHash: "test")
        #expect(result.violations.isEmpty)
        let intake = result.plan.programmeLevels.map { [$0.year: $0.intake] }
        #expect(intake == [[2021: 60], [2022: 100]])
        #expect(result.plan.actuals?.years == [2021])
        #expect(result.plan.actuals?.figures == [Self.sixty])

        // Without the figure the same scenario admits all 100 in 2021.
        var free = scenario
        free.actuals = nil
        #expect(try Planner.solve(free, inputHash: "test").plan.programmeLevels.first?.intake == 100)

        // A plan that changes the fixed year is caught.
        var changed = result.plan
        changed.programmeLevels[0].intake = 100
        changed.programmeLevels[0].classes = 3
        let violations = PlanChecker(scenario: scenario).check(changed).filter { $0.check == "actual" }
        #expect(
            violations.map(\.description) == [
                "actual [intake, s, 2021]: the plan has 100, the actual figure (line 2) is 60, by 40"
            ])
    }

    @Test("A measure without a figure stays free and is reported, in the plan, its summary and its exports")
    func missingMeasureStaysFree() throws {
        let scenario = Self.scenario(figures: [Self.sixty])
        let plan = try Planner.solve(scenario, inputHash: "test").plan
        let free = try #require(plan.actuals?.free)
        #expect(free.map(\.measure) == [.enrolment, .training, .teachers, .hires, .rotated])
        #expect(free.allSatisfy { $0.school == "s" && $0.years == [2021] && $0.partlyGiven.isEmpty })
        let summary = PlanSummary.text(of: plan)
        #expect(summary.contains("Actual years: 2021 fixed to 1 figure(s) of actuals.csv; 2022 planned\n"))
        #expect(summary.contains("  actual 2021 s intake 60  (line 2: report: a test)\n"))
        #expect(
            summary.contains(
                "  not given, so planned in those years:\n    s: enrolment 2021; training 2021; teachers 2021; hires 2021; rotated 2021\n"
            ))
        let zh = PlanTables(plan, language: .zh)[.summary].rows.map { $0.values.map(\.humanText) }
        #expect(zh.contains(["按实际数固定的年份", "2021（actuals.csv）"]))
        #expect(zh.contains(["实际数", "2021 s 招生: 60（report: a test）"]))
        #expect(zh.contains(["未给出实际数（按规划）", "s：在校生 2021；培训人次 2021；教师数 2021；新聘 2021；轮训 2021"]))
        let json = String(decoding: try PlanFile.encode(plan), as: UTF8.self)
        #expect(json.contains("\"until\" : 2021"))
        #expect(try PlanFile.decode(PlanFile.encode(plan)) == plan)
    }

    @Test("A figure for part of a school leaves the school's measure partly given")
    func partlyGiven() throws {
        let programme = Actual(
            year: 2021, school: "s", programme: "p", level: "basic", measure: .enrolment, value: 60,
            source: "report: a test", line: 3)
        let plan = try Planner.solve(Self.scenario(figures: [Self.sixty, programme]), inputHash: "test").plan
        #expect(
            plan.actuals?.freeLines(.en).first
                == "s: enrolment 2021 (partly given in 2021); training 2021; teachers 2021; hires 2021; rotated 2021")
    }

    @Test("Bad rows of an actuals file: each with its line, field and fix")
    func badRows() throws {
        let csv = """
            year,school,programme,level,group,measure,value,source
            2021,s,,,,intake,12.5,report: x
            2021,t,,,,intake,10,report: x
            2021,s,p,,g,intake,10,report: x
            2021,s,,,,students,10,report: x
            2021,s,,,,intake,10,assumption: a guess
            2021,s,,,,intake,10,report: x
            2021,s,,,,intake,11,report: y
            2021,s,p,high,,intake,10,report: x
            """
        let (figures, issues) = ActualsTable.parse(
            Data(csv.utf8), file: "actuals.csv", scenario: TinyScenario.scenario())
        #expect(figures.count == 1)
        ChineseWording.expectChinese(issues, ids: ChineseWording.ids(of: TinyScenario.scenario()))
        #expect(
            issues[2].description(in: .zh)
                == "actuals.csv:4: group：给了统计项 intake，但该项统计的是学生或培训学员 — 修改：group 留空，填写专业（全校则都不填）")
        #expect(
            issues.map(\.description) == [
                "actuals.csv:2: value: is 12.5, not a whole number — fix: give whole people or person-times, as published",
                "actuals.csv:3: school: is \"t\", not a school of scenario tiny — fix: use one of: s",
                "actuals.csv:4: group: is given for measure intake, which counts students or trainees — fix: leave group empty and give the programme (or none for the whole school)",
                "actuals.csv:5: measure: is \"students\", not a measure — fix: use one of: intake, enrolment, training, teachers, hires, rotated",
                "actuals.csv:6: source: is \"assumption: a guess\": an actual is a published figure, not an assumption — fix: cite the report it comes from, or leave the row out (the measure then stays free and is planned)",
                "actuals.csv:8: measure: repeats line 7: s intake 2021 is given twice — fix: keep one row per figure (delete this one or the other)",
                "actuals.csv:9: level: is \"high\", not a level p enrols at — fix: use one of its levels: basic",
            ])
    }

    @Test("A figure that contradicts the data's limits is an issue at its line, not an infeasible model")
    func contradictions() throws {
        var scenario = Self.scenario(figures: [
            Actual(year: 2021, school: "s", measure: .intake, value: 150, source: "report: x", line: 2),
            Actual(year: 2021, school: "s", measure: .hires, value: 3, source: "report: x", line: 3),
            Actual(year: 2021, school: "s", measure: .teachers, value: 8, source: "report: x", line: 4),
        ])
        scenario.programmes[0].minFill = 0.5
        ChineseWording.expectChinese(
            ScenarioValidator.issues(in: scenario), ids: ChineseWording.ids(of: scenario))
        #expect(
            ScenarioValidator.issues(in: scenario).map { $0.description(in: .zh) }[1]
                == "actuals.csv:3: value：s 2021年的 hires 3 多于 max_hire 允许的每年新聘 0 人 — 修改：把 teacher_groups.csv 中的 max_hire 提高到实际新聘人数，或更正该数字"
        )
        #expect(
            ScenarioValidator.issues(in: scenario).map(\.description) == [
                "actuals.csv:2: value: intake 150 of s in 2021 is more than its 100 applicants in applicants.csv — fix: raise the applicants of 2021 in applicants.csv to at least the intake (the actual is what happened), or correct the figure",
                "actuals.csv:3: value: hires 3 of s in 2021 is more than the 0 hires a year max_hire allows — fix: raise max_hire in teacher_groups.csv to what was hired, or correct the figure",
                "actuals.csv:4: value: teachers 8 of s in 2021 is fewer than the 10 the data keep by then (headcount in 2020 less teacher_leavers.csv's leavers): the model knows no other departures — fix: add the departures to teacher_leavers.csv, or correct the figure",
            ])
        let fill = Self.scenario(figures: [
            Actual(year: 2021, school: "s", measure: .intake, value: 10, source: "report: x", line: 2)
        ])
        var half = fill
        half.programmes[0].minFill = 0.5
        #expect(
            ScenarioValidator.issues(in: half).map(\.description) == [
                "actuals.csv:2: value: intake 10 of s in 2021 cannot fill whole classes: p's classes take 40 students and must be filled to 50% (20 in 1 class(es)) — fix: lower min_fill of p in programmes.csv if the school ran a smaller class, or correct the figure"
            ])
    }

    @Test("Read from files: actuals_until, the data folder's actuals.csv, and an issue naming the file and line")
    func fromFiles() throws {
        let folder = try ScenarioTestFolder()
        defer { folder.remove() }
        try folder.write(
            "Models/case.yaml",
            "name: case\ndata: ../Data\nbase_year: 2020\nyears: 2021-2025\nactuals_until: 2023\ntables:\n  applicants: ../Data/replan-2024/applicants.csv\n"
        )
        let loaded = try ScenarioLoader.load(path: "Models/case.yaml", currentDirectory: folder.root.path)
        #expect(loaded.scenario.actuals?.until == 2023)
        #expect(loaded.scenario.actuals?.file == "../Data/actuals.csv")
        #expect(loaded.scenario.actuals?.figures.map(\.label) == ["xn-tech enrolment 2023", "xn-tech training 2023"])
        #expect(loaded.inputFiles.map(\.path).contains("../Data/actuals.csv"))

        try folder.write(
            "Data/actuals.csv", try folder.read("Data/actuals.csv") + "2022,xn-tech,,,,enrolment,6000,report: a test\n")
        #expect(
            try folder.loadIssues() == [
                "Data/actuals.csv:7: value: enrolment 6,000 of xn-tech in 2022 is more than the 5,100 seats xn-tech can have by then (capacity 4,500 and 300 added a year) (Data/schools.csv:2) — fix: correct capacity or max_expand of xn-tech in schools.csv (the school had those students), or the figure"
            ])

        try folder.write(
            "Models/late.yaml", "name: late\ndata: ../Data\nbase_year: 2020\nyears: 2021-2025\nactuals_until: 2027\n")
        do {
            _ = try ScenarioLoader.load(path: "Models/late.yaml", currentDirectory: folder.root.path)
            Issue.record("actuals_until 2027 loaded")
        } catch let error as ScenarioError {
            #expect(
                error.issues.map(\.description) == [
                    "Models/late.yaml:5: actuals_until: is 2027, outside the planning years 2021–2025 — fix: give a planning year from 2021 to 2025: the last year the actual figures fix"
                ])
        }
    }

    @Test("The bundled actuals contradict the baseline's applicants: the 2023 students are more than they allow")
    func bundledActualsAgainstBaselineApplicants() throws {
        let folder = try ScenarioTestFolder()
        defer { folder.remove() }
        try folder.write(
            "Models/case.yaml", "name: case\ndata: ../Data\nbase_year: 2020\nyears: 2021-2025\nactuals_until: 2023\n")
        do {
            _ = try ScenarioLoader.load(path: "Models/case.yaml", currentDirectory: folder.root.path)
            Issue.record("the baseline's applicants allowed 4,435 students in 2023")
        } catch let error as ScenarioError {
            #expect(
                error.issues.map(\.description) == [
                    "Data/actuals.csv:5: value: enrolment 4,435 of xn-tech in 2023 is more than the 4,289 students the data allow by then: every applicant of applicants.csv admitted from 2021, the students of 2020 in initial_students.csv kept at levels.csv's retention — fix: raise the applicants of 2021–2023 in applicants.csv (the actual shows they were more), or the 2020 students, or correct the figure"
                ])
        }
    }
}
