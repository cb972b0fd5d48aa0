import Foundation
import SkillPlan
import Synchronization
import TestSupport
import Testing

/// An interrupted sweep keeps its finished points (written as they finish) and a resumed
/// one solves only the rest, ending with the result of an uninterrupted run; a resume
/// whose grid, limits or inputs changed is refused.
@Suite("Sweep checkpoints and --resume")
struct SweepResumeTests {
    static func options() -> PlanningOptions {
        var options = PlanningOptions(timeLimit: 30, mipGap: 0.001)
        options.race = false
        return options
    }

    static func grid() throws -> SweepGrid {
        try SweepGrid(axes: [
            SweepAxis.parse("teacher_groups.*.max_hire=0...2:2"), SweepAxis.parse("schools.*.max_expand=0...100:50"),
        ])
    }

    /// A sweep of the generated scenario, its folder and its output folder.
    static func sweep(jobs: Int) throws -> (SweepRunner, TemporaryFolder, String) {
        let (_, path, folder) = try SweepRunnerTests.written()
        return (
            SweepRunner(scenarioPath: path, grid: try grid(), options: options(), jobs: jobs), folder,
            folder.path + "/sweep"
        )
    }

    @Test("A resumed sweep solves only the points not finished, and equals an uninterrupted run")
    func resumeEqualsWhole() throws {
        let (runner, folder, out) = try Self.sweep(jobs: 2)
        defer { withExtendedLifetime(folder) {} }

        // The uninterrupted run, every point kept as it finished.
        let whole = try runner.run(checkpoint: SweepCheckpoint(folder: out, definition: try runner.definition()))
        #expect(whole.points.count == 6)
        let all = try SweepCheckpoint(resuming: out, definition: try runner.definition())
        #expect(all.finished.count == 6)
        #expect(all.finished[4] == whole.points[4])

        // An interrupted run: only points 1 and 4 had finished.
        let partial = SweepCheckpoint(folder: out + "-partial", definition: try runner.definition())
        partial.record(whole.points[1], at: 1)
        partial.record(whole.points[4], at: 4)
        var stopped = whole.points[2]
        stopped.status = SweepRunner.interrupted
        partial.record(stopped, at: 2)  // a point the user stopped is not kept
        let resumed = try SweepCheckpoint(resuming: out + "-partial", definition: try runner.definition())
        #expect(resumed.finished.keys.sorted() == [1, 4])
        let seen = Counter()
        let result = try runner.run(checkpoint: resumed, progress: { done, total in seen.add(done, total) })
        #expect(result.points == whole.points)
        #expect(seen.values.map(\.0).min() == 3)  // 2 kept + the first newly solved
        #expect(seen.values.allSatisfy { $0.1 == 6 })
        #expect(
            try SweepCheckpoint(resuming: out + "-partial", definition: try runner.definition()).finished.count == 6)
    }

    @Test("A resume with another grid, other limits or changed inputs is refused, naming what changed")
    func refusals() throws {
        let (runner, folder, out) = try Self.sweep(jobs: 1)
        defer { withExtendedLifetime(folder) {} }
        let path = runner.scenarioPath
        let definition = try runner.definition()
        SweepCheckpoint(folder: out, definition: definition).record(
            SweepPointResult(
                values: [0, 0], status: "optimal", cost: 1, objective: 1, gap: 0, shortfalls: [:], note: ""), at: 0)

        var other = runner
        other.options.timeLimit = 10
        #expect(
            throws: SweepError(
                "--resume: the sweep in \(out) was made from other inputs or settings, so its points cannot be kept: --time-limit is 10, was 30. Run it without --resume to start again, or resume with the earlier settings"
            )
        ) {
            try SweepCheckpoint(resuming: out, definition: try other.definition())
        }
        let wider = SweepRunner(
            scenarioPath: path, grid: try SweepGrid(axes: [SweepAxis.parse("teacher_groups.*.max_hire=0...4:2")]),
            options: Self.options(), jobs: 1)
        #expect(
            throws: SweepError(
                "--resume: the sweep in \(out) was made from other inputs or settings, so its points cannot be kept: the grid is teacher_groups.*.max_hire=0,2,4, was teacher_groups.*.max_hire=0,2 schools.*.max_expand=0,50,100. Run it without --resume to start again, or resume with the earlier settings"
            )
        ) {
            try SweepCheckpoint(resuming: out, definition: try wider.definition())
        }
        // Change one data value: the input hash differs.
        let schools = folder.path + "/data/schools.csv"
        let text = try String(contentsOfFile: schools, encoding: .utf8)
        var lines = text.components(separatedBy: "\r\n")  // the generator writes CRLF
        var fields = lines[1].components(separatedBy: ",")
        fields[3] = String(format: "%.0f", (Double(fields[3]) ?? 0) + 10)
        lines[1] = fields.joined(separator: ",")
        try lines.joined(separator: "\r\n").write(toFile: schools, atomically: true, encoding: .utf8)
        let changed = try runner.definition()
        #expect(changed.inputHash != definition.inputHash)
        #expect(
            changed.differences(from: definition) == [
                "the scenario's inputs (its data files or overrides) changed: input hash \(changed.inputHash.prefix(12))…, was \(definition.inputHash.prefix(12))…"
            ])
        #expect(throws: SweepError.self) { try SweepCheckpoint(resuming: out, definition: changed) }
        #expect(
            throws: SweepError(
                "--resume: \(folder.path)/nowhere/sweep-points.json is missing, so there is no earlier run of this sweep in \(folder.path)/nowhere to resume; run it without --resume (or give its folder with -o)"
            )
        ) {
            try SweepCheckpoint(resuming: folder.path + "/nowhere", definition: definition)
        }
        try Data("{\"format\": 1".utf8).write(to: URL(fileURLWithPath: out + "/" + SweepCheckpoint.fileName))
        #expect(throws: SweepError.self) { try SweepCheckpoint(resuming: out, definition: definition) }
    }
}

/// The progress calls a sweep made.
private final class Counter: Sendable {
    private let seen = Mutex<[(Int, Int)]>([])
    func add(_ done: Int, _ total: Int) { seen.withLock { $0.append((done, total)) } }
    var values: [(Int, Int)] { seen.withLock { $0 } }
}
