import Foundation
import GLPK
import SkillPlan
import TestSupport
import Testing

/// The bundled Xingning baseline, solved once for the suite.
enum Baseline {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let scenarioPath = root.appendingPathComponent("Models/xingning-2025.yaml").path

    static let loaded = Result { try ScenarioLoader.load(path: scenarioPath) }
    static let solved = Result { try Planner.solve(loaded.get().scenario, inputHash: loaded.get().inputHash) }
    /// The baseline solved with the one weighted objective (shortfall penalty plus cost),
    /// the model `skillplan model` exports: what glpsol solves.
    static let weighted = Result {
        var options = PlanningOptions()
        options.order = .weightedSum
        return try Planner.solve(loaded.get().scenario, inputHash: loaded.get().inputHash, options: options)
    }
    /// The baseline without the technician-college extension's data (high-level places,
    /// qualification and their targets): the model on which GLPK's default rule alone
    /// proves the gap within the node budget. With the extension it does not (it races;
    /// the planner's heuristic start is what makes the extended model fast).
    static let withoutExtension = Result { try loaded.get().scenario.withoutCollegeExtension }
    /// That model solved with the one weighted objective and without the heuristic's
    /// start: GLPK's search from nothing, as glpsol runs it.
    static let weightedSearchOnly = Result {
        var options = PlanningOptions()
        options.order = .weightedSum
        options.roundingStart = false
        return try Planner.solve(withoutExtension.get(), inputHash: loaded.get().inputHash, options: options)
    }

    static func glpsol() -> String? {
        ["/usr/bin/glpsol", "/usr/local/bin/glpsol"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

@Suite("The Xingning baseline")
struct BaselineTests {
    @Test("It solves within its gap and passes the checker")
    func solves() throws {
        let result = try Baseline.solved.get()
        #expect(result.violations.isEmpty, "\(result.violations)")
        #expect(result.plan.solver.status == "optimal" || result.plan.solver.stopReason == "gap limit")
        #expect((result.plan.solver.gap ?? 1) <= 0.005 + 1e-12)
        #expect(result.plan.years == [2021, 2022, 2023, 2024, 2025])
    }

    @Test(
        "Every work-plan target and technician-college criterion is in the plan; all but the health school's norm are met"
    )
    func targets() throws {
        let plan = try Baseline.solved.get().plan
        let expected = [
            "workplan-annual-training", "workplan-rural-craftsman-2022", "workplan-hakka-cuisine-2022",
            "workplan-housekeeping-annual", "workplan-high-skill-share-2025", "college-min-enrolment",
            "college-annual-training", "college-high-skill-share", "college-student-teacher-ratio",
            "health-student-teacher-ratio", "college-training-scale", "college-high-level-training",
            "college-qualified-teacher-share", "serve-demand",
        ]
        #expect(plan.targetIDs == expected)
        // The health school cannot hire its way to 1:20 by 2025 at 7 hires a year
        // (Data/README.md). The city's 30% share, out of reach without the technician-college
        // extension, is met with it: the high-level places of the upgrade courses
        // (mechatronics, CNC, automobile maintenance) raise workers to high skill.
        #expect(Set(plan.targetsShort) == ["health-student-teacher-ratio", "serve-demand"])
    }

    @Test("Every criterion of 第八条 is reported with its amounts, and the qualified share per group and year")
    func collegeCriteria() throws {
        let plan = try Baseline.solved.get().plan
        // 第八条: scale 5,000, 3,000 students, 2,000 training, 60% high-skill students,
        // 1,000 high-level person-times, all on xn-tech in 2025.
        for (id, required) in [
            ("college-training-scale", 5_000.0), ("college-min-enrolment", 3_000), ("college-annual-training", 2_000),
            ("college-high-skill-share", 0.6), ("college-high-level-training", 1_000),
        ] {
            let row = try #require(plan.targets.first { $0.target == id }, "\(id)")
            #expect(row.year == 2025 && row.required == required && row.met && row.shortfall == 0, "\(id)")
            #expect(row.achieved >= required, "\(id)")
        }
        let high = plan.training.filter { $0.year == 2025 && $0.school == "xn-tech" }.reduce(0) {
            $0 + ($1.highPlaces ?? 0)
        }
        let highRow = try #require(plan.targets.first { $0.target == "college-high-level-training" })
        #expect(highRow.achieved == high && high >= 1_000)
        // Six groups plan qualification, each year; their share is Q / N.
        let planned = plan.groups.filter { $0.qualified != nil }
        #expect(Set(planned.map(\.group)) == ["xt-mech", "xt-auto", "xt-it", "xt-cuisine", "xt-care", "xt-training"])
        #expect(planned.count == 6 * 5)
        for row in planned {
            #expect(row.qualifiedShare == (row.qualified ?? 0) / row.headcount)
            #expect((row.newlyQualified ?? 0) <= row.onRotation)
        }
        let share = try #require(plan.targets.first { $0.target == "college-qualified-teacher-share" })
        let last = planned.filter { $0.year == 2025 }
        #expect(
            abs(share.achieved - last.reduce(0) { $0 + ($1.qualified ?? 0) } / last.reduce(0) { $0 + $1.headcount })
                < 1e-9)
        #expect(share.met && share.achieved >= 0.5)
    }

    @Test("Every programme with applicants admits students in every year")
    func admits() throws {
        let plan = try Baseline.solved.get().plan
        let withApplicants = Dictionary(grouping: plan.programmeLevels.filter { ($0.applicants ?? 0) > 0 }) {
            "\($0.programme) \($0.year)"
        }
        #expect(withApplicants.count >= 20 * 5 - 12)
        for (key, rows) in withApplicants {
            #expect(rows.reduce(0) { $0 + $1.intake } > 0, "\(key) admits nobody")
        }
    }

    @Test(
        "The applicants turned away are listed per programme, level and year, and add up to the serve-demand shortfall")
    func turnedAway() throws {
        let plan = try Baseline.solved.get().plan
        let listed = plan.programmeLevels.reduce(0) { $0 + $1.turnedAway }
        let short = plan.targets.filter { $0.target == "serve-demand" }.reduce(0) { $0 + $1.shortfall }
        #expect(abs(listed - short) < 1e-6)
        for row in plan.programmeLevels {
            #expect(row.turnedAway == max(0, (row.applicants ?? row.intake) - row.intake))
        }
    }

    @Test("The exported MPS solved by glpsol gives the same LP relaxation and the same MIP plan's objective")
    func glpsol() throws {
        guard let glpsol = Baseline.glpsol() else {
            print("glpsol comparison skipped: glpsol not found (make test installs glpk-utils)")
            return
        }
        let loaded = try Baseline.loaded.get()
        let model = try ModelBuilder(scenario: loaded.scenario).build().model
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("baseline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let mps = folder.appendingPathComponent("baseline.mps").path
        try model.write(to: mps, format: .freeMPS)

        func run(_ arguments: [String]) throws -> Double? {
            let report = folder.appendingPathComponent("report-\(UUID().uuidString).txt").path
            _ = try CommandRunner(executable: URL(fileURLWithPath: glpsol)).run(
                ["--freemps", mps, "-o", report] + arguments)
            let text = try String(contentsOfFile: report, encoding: .utf8)
            guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Objective:") }),
                let value = line.split(separator: "=").last?.split(separator: "(").first
            else { return nil }
            return Double(value.trimmingCharacters(in: .whitespaces))
        }

        var relaxed = SolverOptions()
        relaxed.relaxIntegrality = true
        let ours = try #require(try model.solve(relaxed).objectiveValue)
        let theirs = try #require(try run(["--nomip"]))
        #expect(abs(ours - theirs) <= 1e-6 * abs(ours))

        let plan = try Baseline.weighted.get().plan
        let objective = try #require(plan.solver.objective)
        #expect(objective >= (plan.solver.bestBound ?? 0) - 1e-6 * objective)
        // The MIP without the extension's data (glpsol's default rule alone does not prove
        // the extended model's gap within 120 s on a loaded machine): the file is exactly
        // the model (full-precision MPS), so without the heuristic's start the planner's
        // search is glpsol's (GLPK's default rule): both walk the same search to the same
        // plan; glpsol's report prints the objective to 10 significant digits, and the city
        // share's shortfall is priced at 150,000 a worker, so it need not be whole.
        let plain = try ModelBuilder(scenario: try Baseline.withoutExtension.get()).build().model
        try plain.write(to: mps, format: .freeMPS)
        let mip = try #require(try run(["--mipgap", "0.005", "--cuts", "--tmlim", "120"]))
        let alone = try Baseline.weightedSearchOnly.get().plan
        #expect(alone.solver.searchRule == "driebeck-tomlin branching, best local bound")
        #expect(abs(mip - (alone.solver.objective ?? 0)) <= 1e-9 * abs(mip))
    }
}
