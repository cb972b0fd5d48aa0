import Foundation
import SkillPlan
import TestSupport
import Testing

/// Solving a sweep: each point equals a single solve of the same scenario, in grid order
/// whatever the threads; invalid points and unknown ids are reported.
@Suite("Sweep runs")
struct SweepRunnerTests {
    static let size = SyntheticScenarioSize(
        schools: 2, programmesPerSchool: 3, levels: 2, years: 3, groupsPerSchool: 2, seed: 21)

    /// The generated scenario, written to a folder.
    static func written() throws -> (Scenario, String, TemporaryFolder) {
        let scenario = ScenarioGenerator(size: size).scenario()
        let folder = try TemporaryFolder()
        return (scenario, try ScenarioWriter.write(scenario, to: folder.path), folder)
    }

    static func options() -> PlanningOptions {
        var options = PlanningOptions(timeLimit: 30, mipGap: 0.001)
        options.race = false
        return options
    }

    @Test("Each point equals a single solve at the same values, in grid order")
    func equalsSingleSolves() throws {
        let (scenario, path, folder) = try Self.written()
        let value = try #require(scenario.targets.first { $0.id == "province-annual-training" }?.value)
        let grid = try SweepGrid(axes: [
            SweepAxis.parse("teacher_groups.*.max_hire=0...2:2"),
            SweepAxis.parse("targets.province-annual-training.value=\(Int(value))...\(Int(value) + 400):400"),
        ])
        // Four points in progress on two cores, taking turns.
        let result = try SweepRunner(scenarioPath: path, grid: grid, options: Self.options(), jobs: 2, inProgress: 4)
            .run()
        #expect(result.points.count == 4)
        #expect(result.targets == scenario.targets.map(\.id))
        for (n, point) in result.points.enumerated() {
            #expect(point.values == grid.point(n))
            var variant = scenario
            for g in variant.groups.indices { variant.groups[g].maxHire = point.values[0] }
            for t in variant.targets.indices where variant.targets[t].id == "province-annual-training" {
                variant.targets[t].value = point.values[1]
            }
            let single = try Planner.solve(variant, inputHash: "single", options: Self.options())
            #expect(point.status == single.plan.solver.status)
            #expect(point.cost == single.plan.costs.total)
            #expect(point.objective == single.plan.costs.objective)
            for id in result.targets {
                let shortfall = single.plan.targets.filter { $0.target == id }.reduce(0) { $0 + $1.shortfall }
                #expect(point.shortfalls[id] == shortfall, "\(id) at point \(n)")
            }
        }
        let oneThread = try SweepRunner(scenarioPath: path, grid: grid, options: Self.options(), jobs: 1).run()
        #expect(oneThread.points == result.points)
        let onePerCore = try SweepRunner(
            scenarioPath: path, grid: grid, options: Self.options(), jobs: 2, inProgress: 2
        ).run()
        #expect(onePerCore.points == result.points)
        _ = folder
    }

    @Test("Four points in progress per core by default, up to every point; one at a time on one core")
    func pointsInProgress() {
        #expect(SweepRunner.defaultInProgress(points: 8, jobs: 2) == 8)
        #expect(SweepRunner.defaultInProgress(points: 40, jobs: 2) == 8)
        #expect(SweepRunner.defaultInProgress(points: 3, jobs: 2) == 3)
        #expect(SweepRunner.defaultInProgress(points: 8, jobs: 1) == 1)
    }

    @Test("A value the data's rules refuse makes that point invalid, not the sweep")
    func invalidPoint() throws {
        let (_, path, folder) = try Self.written()
        let grid = try SweepGrid(axes: [SweepAxis.parse("teacher_groups.*.rotation_max_share=0...1:1")])
        let result = try SweepRunner(scenarioPath: path, grid: grid, options: Self.options(), jobs: 2).run()
        #expect(result.points.map(\.status).first == "invalid")
        #expect(result.points[0].note.contains("rotation_max_share is 0"))
        // In a Chinese run the point reads 取值无效 and its note is the validator's Chinese.
        let note = result.points[0].note(in: .zh)
        #expect(note.hasPrefix("rotation_max_share：为 0，须大于 0 且不超过 1"))
        #expect(!note.contains("must"))
        let row = result.rows(in: .zh)[0]
        #expect(row[1] == "取值无效")
        #expect(row.last == note)
        #expect(result.rows(in: .en)[0].last == result.points[0].note)
        #expect(result.points[1].status != "invalid")
        _ = folder
    }

    @Test("An id the scenario does not have is refused before solving")
    func unknownID() throws {
        let (scenario, path, folder) = try Self.written()
        let grid = try SweepGrid(axes: [SweepAxis.parse("teacher_groups.nobody.max_hire=0...1")])
        #expect(
            throws: SweepError(
                "--vary teacher_groups.nobody.max_hire: \"nobody\" is not an id in teacher_groups.csv of scenario \(scenario.name); use an id from teacher_groups.csv, or * for every row"
            )
        ) {
            try SweepRunner(scenarioPath: path, grid: grid, options: Self.options()).run()
        }
        _ = folder
    }

    @Test("The CSV starts with a byte-order mark and has one row per point; the Markdown a table")
    func tables() throws {
        let (_, path, folder) = try Self.written()
        let grid = try SweepGrid(axes: [SweepAxis.parse("schools.*.max_expand=0...10:10")])
        let result = try SweepRunner(scenarioPath: path, grid: grid, options: Self.options(), jobs: 2).run()
        let csv = result.csv()
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: csv.dropFirst(3), as: UTF8.self)
        let lines = text.split(separator: "\r\n")
        #expect(lines.count == 3)
        #expect(
            lines[0].hasPrefix(
                "schools.*.max_expand,status,cost,objective,shortfall gap,cost gap,serve-demand shortfall,"))
        #expect(lines[1].hasPrefix("0,"))
        #expect(lines[2].hasPrefix("10,"))
        let markdown = result.markdown()
        #expect(markdown.contains("| schools.*.max_expand | status | cost | objective | shortfall gap | cost gap |"))
        #expect(markdown.split(separator: "\n").filter { $0.hasPrefix("|") }.count == 4)
        _ = folder
    }
}
