import Foundation
import Testing

@testable import SkillPlan

@Suite("Monitoring a plan against actual figures")
struct PlanMonitorTests {
    /// Three years of a one-year course with 50 applicants a year, short courses up to 100
    /// a year; at least 80 trained every year and 60 students in 2023 (out of reach: at
    /// most 50 apply). The plan trains exactly 80 a year and admits the 50.
    static func scenario() -> Scenario {
        TinyScenario.scenario(
            years: 3, programmes: [TinyScenario.programme(trainingCapacity: 100, trainingCost: 10)],
            applicants: [2021, 2022, 2023].map { TinyScenario.applicants(50, year: $0) },
            targets: [
                Target(id: "train", kind: .annualTraining, years: [2021, 2022, 2023], value: 80, weight: 1_000_000),
                Target(id: "students", kind: .minEnrolment, school: "s", years: [2023], value: 60, weight: 1_000_000),
                TinyScenario.serveDemand(years: [2021, 2022, 2023]),
            ])
    }

    static let figures = [
        Actual(year: 2021, school: "s", measure: .training, value: 70, source: "report: a", line: 2),
        Actual(year: 2021, school: "s", measure: .enrolment, value: 45, source: "report: a", line: 3),
        Actual(year: 2022, school: "s", measure: .training, value: 90, source: "report: b", line: 4),
        Actual(year: 2022, school: "s", measure: .enrolment, value: 52, source: "report: b", line: 5),
    ]

    @Test("Planned against actual per target and year, and what the years left must deliver, by hand")
    func byHand() throws {
        let scenario = Self.scenario()
        let plan = try Planner.solve(scenario, inputHash: "test").plan
        #expect(plan.training.map(\.places) == [80, 80, 80])
        #expect(plan.programmeLevels.map(\.intake) == [50, 50, 50])
        let result = PlanMonitor(plan: plan, scenario: scenario, figures: Self.figures).run(actualsFile: "actuals.csv")
        #expect(result.lastActualYear == 2022)
        #expect(result.notMonitored == ["serve"])
        typealias Row = MonitorResult.TargetYear
        #expect(
            result.targets == [
                Row(
                    target: "train", kind: .annualTraining, year: 2021, unit: "person-times", required: 80, planned: 80,
                    actual: 70, actualMet: false, mustDeliver: nil),
                Row(
                    target: "train", kind: .annualTraining, year: 2022, unit: "person-times", required: 80, planned: 80,
                    actual: 90, actualMet: true, mustDeliver: nil),
                Row(
                    target: "train", kind: .annualTraining, year: 2023, unit: "person-times", required: 80, planned: 80,
                    actual: nil, actualMet: nil, mustDeliver: 80),
                // The stock's path runs from the last figure (52 in 2022) to the 60 of 2023.
                Row(
                    target: "students", kind: .minEnrolment, year: 2023, unit: "students", required: 60, planned: 50,
                    actual: nil, actualMet: nil, mustDeliver: 60),
            ])
        typealias Left = MonitorResult.Remaining
        #expect(
            result.remaining == [
                Left(
                    target: "train", kind: .annualTraining, unit: "person-times", lastActualYear: 2022, lastActual: 90,
                    endYear: 2023, required: 80,
                    yearsLeft: 1, toDeliver: 80, perYear: 80, plannedAtEnd: 80),
                Left(
                    target: "students", kind: .minEnrolment, unit: "students", lastActualYear: 2022, lastActual: 52,
                    endYear: 2023, required: 60,
                    yearsLeft: 1, toDeliver: 8, perYear: 8, plannedAtEnd: 50),
            ])
        #expect(result.figures.map(\.planned) == [80, 50, 80, 50])
        #expect(result.figures.map(\.difference) == [-10, -5, 10, 2])
        #expect(result.figures.map(\.differenceShare) == [-0.125, -0.1, 0.125, 0.04])

        let en = MonitorReport(result, language: .en)
        #expect(
            en.targetRows[0] == ["train", "train", "2021", "person-times", "80", "80", "70", "-10", "short by 10", ""])
        #expect(en.targetRows[2] == ["train", "train", "2023", "person-times", "80", "80", "", "", "to come", "80"])
        #expect(en.remainingRows[1] == ["students", "students", "2022", "52", "2023", "60", "1", "+8", "+8", "50"])
        #expect(
            en.figureRows[3] == [
                "2022", "School", "", "", "", "enrolment", "50", "52", "+2", "+4.0%", "5", "report: b",
            ])
        let zh = MonitorReport(result, language: .zh)
        #expect(zh.targetRows[0] == ["train", "train", "2021", "人次", "80", "80", "70", "-10", "差 10", ""])
        #expect(zh.figureRows[0][5] == "培训人次")
        #expect(
            try zh.render(.markdown).hasPrefix(
                "# 规划执行监测：tiny\n\n方案 2021–2023 年，对照 actuals.csv 的 4 个实际数（最后一个实际年份：2022）。\n"))
        let csv = try en.files(.csv)
        #expect(csv.map(\.name) == ["monitor-targets.csv", "monitor-remaining.csv", "monitor-figures.csv"])
        let json = try en.render(.json)
        #expect(json.contains("\"toDeliver\" : 8"))
    }

    @Test("A figure for part of a target's scope is no actual of the target")
    func partialScope() throws {
        var scenario = Self.scenario()
        scenario.programmes.append(TinyScenario.programme(id: "q", trainingCapacity: 100, trainingCost: 10))
        scenario.applicants += [2021, 2022, 2023].map { TinyScenario.applicants(50, programme: "q", year: $0) }
        let plan = try Planner.solve(scenario, inputHash: "test").plan
        let onlyP = [
            Actual(year: 2021, school: "s", programme: "p", measure: .training, value: 70, source: "report: a", line: 2)
        ]
        let result = PlanMonitor(plan: plan, scenario: scenario, figures: onlyP).run(actualsFile: "actuals.csv")
        #expect(result.targets.first?.actual == nil)
        #expect(result.remaining.isEmpty)
        let both =
            onlyP + [
                Actual(
                    year: 2021, school: "s", programme: "q", measure: .training, value: 5, source: "report: a", line: 3)
            ]
        #expect(
            PlanMonitor(plan: plan, scenario: scenario, figures: both).run(actualsFile: "actuals.csv").targets.first?
                .actual == 75)
    }
}
