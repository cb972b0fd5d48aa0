import SkillPlan
import Testing

@Suite("Coverage of the planning years by the year-by-year data")
struct CoverageTests {
    @Test(
        "A programme level without applicants in a year others have them, outside training missing a year, leavers ending early: warnings"
    )
    func warnings() throws {
        let training = Target(
            id: "training", kind: .annualTraining, years: [2021, 2022, 2023], value: 10, weight: 1,
            externalTraining: [2021: 5, 2022: 5])
        let scenario = TinyScenario.scenario(
            years: 3, programmes: [TinyScenario.programme(), TinyScenario.programme(id: "q")],
            applicants: [
                TinyScenario.applicants(10), TinyScenario.applicants(10, year: 2022),
                TinyScenario.applicants(10, year: 2023),
                TinyScenario.applicants(5, programme: "q"),
            ],
            targets: [training], leavers: [Leavers(group: "g", year: 2021, count: 1, source: "assumption")])
        #expect(ScenarioValidator.issues(in: scenario).isEmpty)
        #expect(
            ScenarioCoverage.warnings(in: scenario) == [
                "applicants.csv: q basic has no applicants row in 2022–2023 (it has in 2021): intake there has no demand bound and serve-demand asks nothing",
                "target_external.csv: training gives no outside training in 2023 (it does in 2021–2022): counted as 0",
                "teacher_leavers.csv: no teacher leaves in 2022–2023 (the rows end in 2021): counted as 0",
            ])
    }

    @Test("Planning years with no applicants at all come first: the plan admits nobody in them")
    func noApplicantsAtAll() throws {
        let scenario = TinyScenario.scenario(
            years: 5, applicants: [TinyScenario.applicants(10), TinyScenario.applicants(10, year: 2022)])
        #expect(
            ScenarioCoverage.warnings(in: scenario) == [
                "applicants.csv: no programme has applicants in 2023–2025 (the rows give 2021–2022): the plan admits nobody in those years; give a projection of them (marked as an assumption), or end years: in 2022"
            ])
    }

    @Test("The plan keeps the warnings, in English and Chinese, and shows them in its summary and exports")
    func keptInThePlan() throws {
        let scenario = TinyScenario.scenario(
            years: 2, applicants: [TinyScenario.applicants(10)], targets: [TinyScenario.serveDemand()])
        let plan = try Planner.solve(scenario, inputHash: "test").plan
        #expect(
            plan.warnings == [
                CoverageWarning(
                    table: "applicants.csv",
                    en:
                        "no programme has applicants in 2022 (the rows give 2021): the plan admits nobody in those years; give a projection of them (marked as an assumption), or end years: in 2021",
                    zh: "2022 年没有任何专业的报名数（数据只有 2021 年）：方案在这些年不招生；请补上报名预测（标为假设），或把 years: 截止到 2021 年")
            ])
        #expect(
            PlanSummary.text(of: plan).contains(
                "\nWarning: applicants.csv: no programme has applicants in 2022 (the rows give 2021)"))
        let zh = PlanTables(plan, language: .zh)[.summary].rows.map { $0.values.map(\.humanText) }
        #expect(
            zh.contains([
                "数据覆盖警告", "applicants.csv：2022 年没有任何专业的报名数（数据只有 2021 年）：方案在这些年不招生；请补上报名预测（标为假设），或把 years: 截止到 2021 年",
            ]))
        let read = try PlanFile.decode(PlanFile.encode(plan))
        #expect(read.warnings == plan.warnings)
        // A plan without warnings writes no `warnings` field (plans read and write as before).
        let quiet = try Planner.solve(
            TinyScenario.scenario(applicants: [TinyScenario.applicants(10)]), inputHash: "test"
        ).plan
        #expect(quiet.warnings == nil)
        #expect(!String(decoding: try PlanFile.encode(quiet), as: UTF8.self).contains("\"warnings\""))
    }

    @Test("The bundled scenarios have no coverage warning")
    func bundled() throws {
        #expect(ScenarioCoverage.warnings(in: try Baseline.loaded.get().scenario) == [])
    }
}
