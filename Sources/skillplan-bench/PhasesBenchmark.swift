import Foundation
import SkillPlan

/// Measures issue 12's goals: on every bundled scenario the two phases within their gaps
/// and their total time against the one weighted search's, in the same run; on
/// `training-20000` the cost gap of phase 2 (of the cost, not the penalty); and the
/// decisions that change when xn-tech's capacity rises by 200 seats (the 3,300 →
/// 3,500; 4,500 → 4,700 on the calibrated data), solved from scratch and `--like` the baseline.
struct PhasesBenchmark {
    var timeLimit: Double

    struct Row {
        var scenario: String
        var weighted: Plan
        var phased: Plan
    }

    struct Stability {
        var baseline: Plan
        var fresh: Plan
        var like: Plan
    }

    func run() throws -> [Row] {
        try BundledScenarios.list().map { bundled in
            let loaded = try ScenarioLoader.load(path: bundled.file)
            let name = ((bundled.file as NSString).lastPathComponent as NSString).deletingPathExtension
            var weighted = PlanningOptions(timeLimit: timeLimit)
            weighted.order = .weightedSum
            let one = try Planner.solve(loaded.scenario, inputHash: loaded.inputHash, options: weighted).plan
            let two = try Planner.solve(
                loaded.scenario, inputHash: loaded.inputHash, options: PlanningOptions(timeLimit: timeLimit)
            ).plan
            return Row(scenario: name, weighted: one, phased: two)
        }
    }

    /// The baseline, and its xn-tech capacity 3,500 variant solved from scratch and `--like` it.
    func stability() throws -> Stability {
        let baselinePath = try BundledScenarios.defaultScenarioPath()
        let base = try ScenarioLoader.load(path: baselinePath)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("phases-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let variantPath = folder + "/xn-tech-3500.yaml"
        let capacity = (base.scenario.schools.first { $0.id == "xn-tech" }?.capacity ?? 0) + 200
        try Self.variant(of: baselinePath, capacity: capacity).write(
            toFile: variantPath, atomically: true, encoding: .utf8)
        let variant = try ScenarioLoader.load(path: variantPath)
        let options = PlanningOptions(timeLimit: timeLimit)
        let baseline = try Planner.solve(base.scenario, inputHash: base.inputHash, options: options).plan
        let fresh = try Planner.solve(variant.scenario, inputHash: variant.inputHash, options: options).plan
        var like = options
        like.like = PlanReference(plan: baseline, file: "baseline")
        let near = try Planner.solve(variant.scenario, inputHash: variant.inputHash, options: like).plan
        return Stability(baseline: baseline, fresh: fresh, like: near)
    }

    /// The baseline's YAML with its data folder made absolute and xn-tech's capacity
    /// raised by 200 (the 3,300 → 3,500; the calibrated data have 4,500, so 4,700).
    static func variant(of baselinePath: String, capacity: Double) throws -> String {
        let text = try String(contentsOfFile: baselinePath, encoding: .utf8)
        let folder = URL(fileURLWithPath: baselinePath).deletingLastPathComponent()
        let data = folder.appendingPathComponent("../Data").standardizedFileURL.path
        return text.replacingOccurrences(of: "name: xingning-2025", with: "name: xingning-2025-xn-tech-3500")
            .replacingOccurrences(of: "data: ../Data", with: "data: \(data)")
            + "overrides:\n  schools:\n    xn-tech: {capacity: \(Int(capacity))}\n"
    }

    static func report(_ rows: [Row]) -> String {
        let header = [
            "scenario", "one search: time", "gap", "phase 1 shortfall", "gap", "time", "phase 2 cost", "bound", "gap",
            "time",
            "two phases: time", "ratio", "within gaps",
        ]
        let table = rows.map { row -> [String] in
            let s = row.phased.solver.phase(.shortfall), c = row.phased.solver.phase(.cost)
            let times = row.phased.run.phaseSeconds ?? []
            let total = row.phased.run.solveSeconds, one = row.weighted.run.solveSeconds
            let within = [s, c].allSatisfy { $0?.withinGap == true } ? "yes" : "NO"
            return [
                row.scenario, ScaleReport.seconds(one), ScaleReport.percent(row.weighted.solver.gap),
                ScaleReport.number(s?.value), ScaleReport.percent(s?.gap), ScaleReport.seconds(times.first),
                ScaleReport.number(c?.value), ScaleReport.number(c?.bound), ScaleReport.percent(c?.gap),
                ScaleReport.seconds(times.count > 1 ? times[1] : nil),
                ScaleReport.seconds(total), ScaleReport.ratio(one > 0 ? total / one : nil), within,
            ]
        }
        var text = "Solve order: one weighted search against shortfall then cost (each limit covers the whole solve)\n"
        text += ScaleReport.table(header, table)
        for row in rows {
            let cost = row.weighted.costs.total
            // The slack a gap allows the one weighted search, in yuan: its gap times its objective.
            let slack = (row.weighted.solver.gap ?? 0) * row.weighted.costs.objective
            text +=
                "\(row.scenario): one search cost \(ScaleReport.number(cost)), shortfall penalty \(ScaleReport.number(row.weighted.costs.shortfallPenalty)), "
                + "its gap allows \(ScaleReport.number(slack)) yuan (\(ScaleReport.percent(cost > 0 ? slack / cost : nil)) of the cost); "
                + "two phases: cost \(ScaleReport.number(row.phased.costs.total)), cost gap \(ScaleReport.percent(row.phased.solver.phase(.cost)?.gap)) of the cost, "
                + "penalty \(ScaleReport.number(row.phased.costs.shortfallPenalty))\n"
        }
        return text
    }

    static func report(_ s: Stability) -> String {
        func count(_ differences: [DecisionDifference]) -> String {
            let health = differences.filter { $0.school == "mz-health" }.count
            let kinds = Dictionary(grouping: differences, by: \.kind).map { "\($0.key) \($0.value.count)" }.sorted()
                .joined(separator: ", ")
            return "\(differences.count) decision rows differ (\(health) at mz-health): \(kinds)"
        }
        var text = "Stability: xingning-2025 against xn-tech capacity +200 seats\n"
        text +=
            "  from scratch: \(count(DecisionDifference.between(s.baseline, s.fresh))); cost \(ScaleReport.number(s.fresh.costs.total)), solve \(ScaleReport.seconds(s.fresh.run.solveSeconds))\n"
        text +=
            "  --like the baseline: \(count(DecisionDifference.between(s.baseline, s.like))); cost \(ScaleReport.number(s.like.costs.total)), solve \(ScaleReport.seconds(s.like.run.solveSeconds))"
        if let like = s.like.like, let phase = s.like.solver.phase(.distance) {
            text +=
                "; distance \(ScaleReport.number(like.distance)) (phase 3 \(phase.status), gap \(ScaleReport.percent(phase.gap)), \(ScaleReport.seconds(s.like.run.phaseSeconds?.last)))"
        }
        text += "\n  baseline cost \(ScaleReport.number(s.baseline.costs.total))\n"
        for d in DecisionDifference.between(s.baseline, s.like) {
            text += "    \(d.kind) \(d.element): \(ScaleReport.number(d.from)) → \(ScaleReport.number(d.to))\n"
        }
        return text
    }
}
