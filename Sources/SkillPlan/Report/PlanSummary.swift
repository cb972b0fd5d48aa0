import Foundation

/// The short summary `skillplan solve` prints: the solve, each target met or short (by
/// how much), the costs, and seats and teachers by year.
public enum PlanSummary {
    /// The summary as lines of text, names in the given language.
    public static func text(of plan: Plan, language: Language = .en, violations: [PlanViolation] = []) -> String {
        var lines: [String] = []
        let title = language == .zh ? plan.titleZh : plan.titleEn
        lines.append(title.isEmpty ? plan.scenario : "\(plan.scenario) — \(title)")
        let solver = plan.solver
        var status = solver.status + (solver.stopReason.map { " (\($0))" } ?? "")
        if solver.phases == nil, let gap = solver.gap { status += ", gap \(percent(gap)) (asked \(percent(solver.requestedGap)))" }
        if solver.status == PlanEvaluation.status && solver.rows == 0 {
            lines.append("Evaluated, not optimised: \(solver.searchRule)")
        } else {
            lines.append("Solved: \(status) in \(seconds(plan.run.solveSeconds)); model \(solver.rows) rows, \(solver.columns) columns (\(solver.integerColumns) integer), \(solver.nonzeros) non-zeros")
        }
        for (n, phase) in (solver.phases ?? []).enumerated() {
            lines.append("  " + phaseLine(phase, seconds: plan.run.phaseSeconds?[safe: n]))
        }
        if let like = plan.like { lines.append(likeLine(like)) }
        let c = plan.costs
        lines.append("Cost: \(money(c.total)) yuan (hiring \(money(c.hiring)), seats \(money(c.expansion)), classes \(money(c.classes)), training \(money(c.training)))")

        let ids = plan.targetIDs
        let short = Set(plan.targetsShort)
        lines.append("Targets: \(ids.count - short.count) of \(ids.count) met")
        for id in ids {
            let rows = plan.targets.filter { $0.target == id }
            let name = plan.catalog.name(of: id, in: language)
            if !short.contains(id) {
                lines.append("  met    \(id)  \(name)")
                continue
            }
            lines.append("  SHORT  \(id)  \(name)")
            if rows.first?.kind == .serveDemand {
                let turnedAway = rows.reduce(0) { $0 + $1.shortfall }
                let places = rows.filter { !$0.met }.count
                lines.append("         \(whole(turnedAway)) applicants turned away in \(places) programme-level-years (see the plan's programmeLevels)")
                continue
            }
            for row in rows where !row.met {
                let when = row.year.map { "\($0): " } ?? ""
                let (achieved, required) = amounts(row.achieved, of: row.required, row.unit)
                lines.append("         \(when)\(achieved) of \(required); short \(whole(row.shortfall)) \(row.shortfallUnit)")
            }
        }

        lines.append("Seats and teachers by year:")
        let header = ["year", "seats", "students", "intake", "turned away", "training", "teachers", "hires", "on rotation"]
        var table: [[String]] = [header]
        for y in plan.years {
            let schools = plan.schools.filter { $0.year == y }
            let levels = plan.programmeLevels.filter { $0.year == y }
            let groups = plan.groups.filter { $0.year == y }
            table.append([
                String(y),
                whole(schools.reduce(0) { $0 + $1.capacity }),
                whole(schools.reduce(0) { $0 + $1.enrolment }),
                whole(levels.reduce(0) { $0 + $1.intake }),
                whole(levels.reduce(0) { $0 + $1.turnedAway }),
                whole(plan.training.filter { $0.year == y }.reduce(0) { $0 + $1.places }),
                whole(groups.reduce(0) { $0 + $1.headcount }),
                whole(groups.reduce(0) { $0 + $1.hires }),
                whole(groups.reduce(0) { $0 + $1.onRotation }),
            ])
        }
        lines.append(contentsOf: aligned(table).map { "  " + $0 })
        if violations.isEmpty {
            lines.append("Checker: the plan passes every hard constraint and target check")
        } else {
            lines.append("Checker: \(violations.count) violation(s):")
            lines.append(contentsOf: violations.map { "  \($0)" })
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One phase of the solve: its value, bound and gap, how it ended and its time.
    static func phaseLine(_ phase: SolverPhase, seconds: Double?) -> String {
        let what: String
        switch phase.phase {
        case .shortfall: what = "Phase 1, shortfall (weighted):"
        case .cost: what = "Phase 2, cost (yuan):"
        case .distance: what = "Phase 3, distance to the reference:"
        case .weighted: what = "Weighted objective:"
        }
        guard phase.status != "not run" else {
            return "\(what) not run (\(phase.stopReason ?? "stopped"))"
        }
        var line = "\(what) \(phase.value.map(money) ?? "none")"
        var proof: [String] = []
        if let bound = phase.bound { proof.append("bound \(money(bound))") }
        if let gap = phase.gap { proof.append("gap \(percent(gap)) (asked \(percent(phase.requestedGap)))") }
        if !proof.isEmpty { line += ", " + proof.joined(separator: ", ") }
        let ending = phase.status + (phase.stopReason.map { " (\($0))" } ?? "")
        return line + "; \(ending)" + (seconds.map { " in \(Self.seconds($0))" } ?? "")
    }

    /// How far a plan solved `--like` a reference is from it.
    static func likeLine(_ like: PlanLikeness) -> String {
        var line = "Like \(like.name): \(NumberText.count(Double(like.decisionsDiffering))) of \(NumberText.count(Double(like.decisionsCompared))) decisions differ (distance \(whole(like.distance)))"
        if like.unmatchedInReference > 0 || like.unmatchedHere > 0 {
            line += "; unmatched: \(like.unmatchedInReference) of the reference's decisions (not in this scenario), \(like.unmatchedHere) of this plan's (not in the reference)"
        }
        return line
    }

    /// Columns padded to their widest cell, numbers right-aligned.
    static func aligned(_ rows: [[String]]) -> [String] {
        TextWidth.align(rows, rightAligned: Set(1..<(rows.first?.count ?? 1)))
    }

    /// People, whole, grouped by thousands: the rule of ``NumberText/whole(_:)`` (students
    /// thinned by retention are fractional inside the plan). (``NumberText`` formats
    /// text, never through an integer type, so no value can trap.)
    static func whole(_ value: Double) -> String {
        NumberText.count(value)
    }

    /// Yuan, whole, digits grouped by thousands: `72,378,400`.
    public static func money(_ value: Double) -> String { NumberText.money(value) }

    static func percent(_ value: Double) -> String { String(format: "%.2f%%", value * 100) }

    static func seconds(_ value: Double) -> String { String(format: "%.2f s", value) }

    /// A value in its unit; `extra` more decimals than planners usually need.
    static func amount(_ value: Double, _ unit: String, extra: Int = 0) -> String {
        switch unit {
        case "share": return NumberText.fixed(value * 100, decimals: 2 + extra) + "%"
        case "students-per-teacher": return NumberText.fixed(value, decimals: 1 + extra) + " students per teacher"
        default: return (extra == 0 ? whole(value) : NumberText.grouped(value, decimals: extra)) + " \(unit)"
        }
    }

    /// What a short target reached and what it asks, with as many decimals (up to four
    /// more) as it takes for the two to read differently: a shortfall never shows as
    /// `30.00% of 30.00%`.
    static func amounts(_ achieved: Double, of required: Double, _ unit: String) -> (String, String) {
        var extra = 0
        while extra < 4, amount(achieved, unit, extra: extra) == amount(required, unit, extra: extra) { extra += 1 }
        return (amount(achieved, unit, extra: extra), amount(required, unit, extra: extra))
    }
}

extension Array {
    /// The element at `index`, or `nil` beyond the array.
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
