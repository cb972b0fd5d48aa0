import Foundation
import GLPK

/// The short summary `skillplan solve` prints: the solve, each target met or short (by
/// how much), the costs, and seats and teachers by year.
public enum PlanSummary {
    /// The summary as lines of text, labels and names in the given language.
    public static func text(of plan: Plan, language: Language = .standard, violations: [PlanViolation] = []) -> String {
        let t = Terms(language)
        var lines: [String] = []
        let title = language == .zh ? plan.titleZh : plan.titleEn
        lines.append(title.isEmpty ? plan.scenario : "\(plan.scenario) — \(title)")
        let solver = plan.solver
        var status = statusText(solver.status, solver.stopReason, language)
        if solver.phases == nil, let gap = solver.gap {
            status += language.text(
                zh: "，相对间隙 \(percent(gap))（要求 \(percent(solver.requestedGap))）",
                en: ", gap \(percent(gap)) (asked \(percent(solver.requestedGap)))")
        }
        if solver.status == PlanEvaluation.status && solver.rows == 0 {
            lines.append(
                language.text(zh: "已评估，未优化：", en: "Evaluated, not optimised: ")
                    + PlanEvaluation.searchRuleText(solver.searchRule, language: language))
        } else {
            lines.append(
                language.text(
                    zh:
                        "求解：\(status)，用时 \(seconds(plan.run.solveSeconds, language))；模型 \(solver.rows) 行、\(solver.columns) 列（其中整数列 \(solver.integerColumns) 个）、非零元 \(solver.nonzeros) 个",
                    en:
                        "Solved: \(status) in \(seconds(plan.run.solveSeconds, language)); model \(solver.rows) rows, \(solver.columns) columns (\(solver.integerColumns) integer), \(solver.nonzeros) non-zeros"
                ))
        }
        for (n, phase) in (solver.phases ?? []).enumerated() {
            lines.append("  " + phaseLine(phase, seconds: plan.run.phaseSeconds?[safe: n], language: language))
        }
        if let advice = timeAdvice(plan.solver, language: language) { lines.append(advice) }
        if let like = plan.like { lines.append(likeLine(like, language: language)) }
        if let actuals = plan.actuals { lines += actualLines(actuals, plan: plan, language: language) }
        for warning in plan.warnings ?? [] {
            lines.append(language.text(zh: "警告：", en: "Warning: ") + warning.line(language))
        }
        let c = plan.costs
        lines.append(
            language.text(
                zh:
                    "费用：\(money(c.total)) 元（招聘教师 \(money(c.hiring))，新增学位 \(money(c.expansion))，开设班级 \(money(c.classes))，短期培训 \(money(c.training))）",
                en:
                    "Cost: \(money(c.total)) yuan (hiring \(money(c.hiring)), seats \(money(c.expansion)), classes \(money(c.classes)), training \(money(c.training)))"
            ))

        let ids = plan.targetIDs
        let short = Set(plan.targetsShort)
        lines.append(
            language.text(
                zh: "目标：\(ids.count) 项中达成 \(ids.count - short.count) 项",
                en: "Targets: \(ids.count - short.count) of \(ids.count) met"))
        let metLabel = language.text(zh: "达成  ", en: "met    ")
        let shortLabel = language.text(zh: "未达成", en: "SHORT  ")
        let indent = language.text(zh: "          ", en: "         ")
        for id in ids {
            let rows = plan.targets.filter { $0.target == id }
            let name = plan.catalog.name(of: id, in: language)
            if !short.contains(id) {
                lines.append("  \(metLabel)\(id)  \(name)")
                continue
            }
            lines.append("  \(shortLabel)\(language == .zh ? "  " : "")\(id)  \(name)")
            if rows.first?.kind == .serveDemand {
                let turnedAway = rows.reduce(0) { $0 + $1.shortfall }
                let places = rows.filter { !$0.met }.count
                lines.append(
                    indent
                        + language.text(
                            zh: "\(places) 个专业层次年份共未录取 \(whole(turnedAway)) 名报名者（见方案的 programmeLevels）",
                            en:
                                "\(whole(turnedAway)) applicants turned away in \(places) programme-level-years (see the plan's programmeLevels)"
                        ))
                continue
            }
            for row in rows where !row.met {
                let when = row.year.map { language.text(zh: "\($0)年：", en: "\($0): ") } ?? ""
                let (achieved, required) = amounts(row.achieved, of: row.required, row.unit, language)
                let shortfall =
                    language == .zh
                    ? t.amount(row.shortfall, unit: row.shortfallUnit) : "\(whole(row.shortfall)) \(row.shortfallUnit)"
                lines.append(
                    indent
                        + language.text(
                            zh: "\(when)达成 \(achieved)，要求 \(required)；缺口 \(shortfall)",
                            en: "\(when)\(achieved) of \(required); short \(shortfall)"))
            }
        }
        if let prices = plan.targetPrices { lines += targetPriceLines(prices, run: plan.run, language: language) }

        // The technician-college extension's columns, only for a plan that has it.
        let high = plan.training.contains { $0.highPlaces != nil }
        let qualification = plan.groups.contains { $0.qualified != nil }
        lines.append(
            qualification
                ? language.text(
                    zh: "各年学位与教师（一体化/双师型教师占比：规划一体化的教研组）：",
                    en:
                        "Seats and teachers by year (qualified share: 一体化/双师型 teachers of the groups that plan qualification):"
                )
                : language.text(zh: "各年学位与教师：", en: "Seats and teachers by year:"))
        var header =
            language == .zh
            ? [
                t[.year], t[.seats], t[.enrolment], t[.intake], t[.turnedAway], t[.trainingPlaces], t[.headcount],
                t[.hires], t[.onRotation],
            ]
            : ["year", "seats", "students", "intake", "turned away", "training", "teachers", "hires", "on rotation"]
        if high { header.append(language == .zh ? t[.highPlaces] : "high-level") }
        if qualification {
            header +=
                language == .zh ? [t[.newlyQualified], t[.qualifiedShare]] : ["newly qualified", "qualified share"]
        }
        var table: [[String]] = [header]
        for y in plan.years {
            let schools = plan.schools.filter { $0.year == y }
            let levels = plan.programmeLevels.filter { $0.year == y }
            let groups = plan.groups.filter { $0.year == y }
            var college: [String] = []
            if high {
                college.append(whole(plan.training.filter { $0.year == y }.reduce(0) { $0 + ($1.highPlaces ?? 0) }))
            }
            if qualification {
                let planned = groups.filter { $0.qualified != nil }
                let teachers = planned.reduce(0) { $0 + $1.headcount },
                    qualified = planned.reduce(0) { $0 + ($1.qualified ?? 0) }
                college.append(whole(planned.reduce(0) { $0 + ($1.newlyQualified ?? 0) }))
                college.append(teachers > 0 ? String(format: "%.1f%%", 100 * qualified / teachers) : "–")
            }
            table.append(
                [
                    String(y),
                    whole(schools.reduce(0) { $0 + $1.capacity }),
                    whole(schools.reduce(0) { $0 + $1.enrolment }),
                    whole(levels.reduce(0) { $0 + $1.intake }),
                    whole(levels.reduce(0) { $0 + $1.turnedAway }),
                    whole(plan.training.filter { $0.year == y }.reduce(0) { $0 + $1.places }),
                    whole(groups.reduce(0) { $0 + $1.headcount }),
                    whole(groups.reduce(0) { $0 + $1.hires }),
                    whole(groups.reduce(0) { $0 + $1.onRotation }),
                ] + college)
        }
        lines.append(contentsOf: aligned(table).map { "  " + $0 })
        if violations.isEmpty {
            lines.append(
                language.text(
                    zh: "核查：方案满足全部硬约束，目标核查一致",
                    en: "Checker: the plan passes every hard constraint and target check"))
        } else {
            lines.append(
                language.text(
                    zh: "核查：\(violations.count) 处违反：", en: "Checker: \(violations.count) violation(s):"))
            lines.append(contentsOf: violations.map { "  " + $0.description(in: language) })
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The target prices: how the targets were relaxed, then a row per target with its
    /// value, the relaxed value, the cost saved (and its range within the gaps) and what
    /// changes; people whole, yuan grouped.
    public static func targetPriceLines(_ prices: TargetPrices, run: RunFacts, language: Language = .en) -> [String] {
        let step = prices.relaxation.description
        let how =
            prices.relaxation.step == nil
            ? language.text(zh: "逐个取消目标", en: "each target removed")
            : language.text(zh: "逐个将目标要求降低\(step)", en: "each target's requirement lowered by \(step)")
        var timing = ""
        if let seconds = run.targetPricesSeconds {
            let cores = run.targetPricesJobs.map { language.text(zh: "，\($0)核", en: " on \($0) cores") } ?? ""
            timing = language.text(
                zh: "；求解\(prices.prices.count)次\(cores)，用时 \(Self.seconds(seconds))",
                en: "; \(prices.prices.count) solves\(cores) in \(Self.seconds(seconds))")
        }
        var lines = [
            language.text(
                zh: "目标代价（\(how)，再按本方案求解\(timing)）：",
                en: "Target prices (\(how), the plan solved again like itself\(timing)):")
        ]
        let header =
            language == .zh
            ? ["目标", "要求", "放宽后", "原方案", "可节省", "至少", "至多", "录取", "教师", "学位", "不同决策", "求解"]
            : [
                "target", "value", "relaxed", "in plan", "cost saved", "at least", "at most", "admitted", "teachers",
                "seats", "differ", "solve",
            ]
        let terms = Terms(language)
        var table = [header]
        for price in prices.prices {
            let value = price.value.map { amount($0, price.unit, language) } ?? "-"
            let relaxed =
                price.relaxedValue.map { amount($0, price.unit, language) } ?? language.text(zh: "取消", en: "removed")
            let solve = terms.priceSolve(price)
            table.append([
                price.target, value, relaxed,
                language == .zh ? terms.met(price.metInPlan) : (price.metInPlan ? "met" : "short"),
                terms.priceWords(price) ?? price.costSaved.map { NumberText.signed($0, money: true) } ?? "-",
                price.costSavedLow.map { NumberText.signed($0, money: true) } ?? "-",
                price.costSavedHigh.map { NumberText.signed($0, money: true) } ?? "-",
                price.applicantsChange.map { NumberText.signed($0) } ?? "-",
                price.teachersChange.map { NumberText.signed($0) } ?? "-",
                price.seatsChange.map { NumberText.signed($0) } ?? "-",
                price.decisionsDiffering.map { String($0) } ?? "-", solve,
            ])
        }
        lines += aligned(table).map { "  " + $0 }
        if language == .zh {
            lines.append("  （可节省：本方案费用减去放宽后方案的费用，元；至少、至多：计入两次求解的间隙；")
            lines.append("   录取：各年录取人数合计的变化；教师、学位：末年的变化；不同决策：与本方案不同的决策数）")
        } else {
            lines.append(
                "  (cost saved: this plan's cost less the relaxed plan's, in yuan; at least / at most: within both searches' gaps;"
            )
            lines.append(
                "   admitted: applicants over all years; teachers and seats: the last year; differ: decisions that differ)"
            )
        }
        return lines
    }

    /// The years fixed to actuals, each figure, and what was left free in them.
    static func actualLines(_ actuals: PlanActuals, plan: Plan, language: Language) -> [String] {
        let planned = plan.years.filter { $0 > actuals.until }
        let fixed = ScenarioCoverage.yearsText(actuals.years), rest = ScenarioCoverage.yearsText(planned)
        var lines = [
            language.text(
                zh: "实际年份：\(fixed) 年按 \(actuals.file) 的 \(actuals.figures.count) 个实际数固定"
                    + (planned.isEmpty ? "" : "；\(rest) 年为规划"),
                en: "Actual years: \(fixed) fixed to \(actuals.figures.count) figure(s) of \(actuals.file)"
                    + (planned.isEmpty ? "" : "; \(rest) planned"))
        ]
        for figure in actuals.figures {
            let what =
                "\(figure.year) \(figure.scope.joined(separator: "/")) \(figure.measure.name(language)) \(whole(figure.value))"
            lines.append(
                language.text(
                    zh: "  实际 \(what)（第 \(figure.line) 行：\(figure.source)）",
                    en: "  actual \(what)  (line \(figure.line): \(figure.source))"))
        }
        let free = actuals.freeLines(language)
        if !free.isEmpty {
            lines.append(language.text(zh: "  未给出实际数、因而按规划的：", en: "  not given, so planned in those years:"))
            lines += free.map { "    " + $0 }
        }
        return lines
    }

    /// One phase of the solve: its value, bound and gap, how it ended and its time.
    static func phaseLine(_ phase: SolverPhase, seconds: Double?, language: Language = .standard) -> String {
        let t = Terms(language)
        let what: String
        switch phase.phase {
        case .shortfall: what = language.text(zh: "第一阶段，加权缺口：", en: "Phase 1, shortfall (weighted):")
        case .cost: what = language.text(zh: "第二阶段，成本（元）：", en: "Phase 2, cost (yuan):")
        case .distance: what = language.text(zh: "第三阶段，与参照方案的距离：", en: "Phase 3, distance to the reference:")
        case .weighted: what = language.text(zh: "加权目标：", en: "Weighted objective:")
        }
        let space = language == .zh ? "" : " "
        guard phase.status != "not run" else {
            let why = language == .zh ? t.stopReason(phase.stopReason ?? "stopped") : phase.stopReason ?? "stopped"
            return what + space + language.text(zh: "未运行（\(why)）", en: "not run (\(why))")
        }
        var line = what + space + (phase.value.map(money) ?? t[.none])
        var proof: [String] = []
        if let bound = phase.bound {
            proof.append(language.text(zh: "下界 \(money(bound))", en: "bound \(money(bound))"))
        }
        if let gap = phase.gap {
            proof.append(
                language.text(
                    zh: "相对间隙 \(percent(gap))（要求 \(percent(phase.requestedGap))）",
                    en: "gap \(percent(gap)) (asked \(percent(phase.requestedGap)))"))
        }
        if !proof.isEmpty {
            line += language.text(zh: "，", en: ", ") + proof.joined(separator: language.text(zh: "，", en: ", "))
        }
        let ending = statusText(phase.status, phase.stopReason, language)
        let time =
            seconds.map {
                language.text(zh: "，用时 \(Self.seconds($0, language))", en: " in \(Self.seconds($0, language))")
            } ?? ""
        return line + language.text(zh: "；", en: "; ") + ending + time
    }

    /// What helps when the time limit ended a whole-model search short of the gap asked:
    /// more time, or the school-by-school search, whose searches are each a school's
    /// (a looser --mip-gap cannot help a search the clock stopped). `nil` otherwise, and
    /// for a school-by-school plan (its summary says so itself).
    static func timeAdvice(_ solver: SolverReport, language: Language) -> String? {
        guard !solver.searchRule.hasPrefix("decomposition") else { return nil }
        let timeLimit = SolutionStatus.StopReason.timeLimit.rawValue
        let short = (solver.phases ?? []).filter {
            $0.stopReason == timeLimit && ($0.gap ?? .infinity) > $0.requestedGap
        }
        let weighted =
            solver.phases == nil && solver.stopReason == timeLimit && (solver.gap ?? .infinity) > solver.requestedGap
        guard !short.isEmpty || weighted else { return nil }
        return language.text(
            zh: "时间限制在达到要求的相对间隙之前结束了求解：放宽 --time-limit；学校多的情景可分校求解（--by-school），各校的较小模型并行求解，并给出证明的下界。",
            en:
                "The time limit ended the search short of the gap asked: raise --time-limit; for a scenario of many schools, solve school by school (--by-school), which searches each school's smaller model in parallel and proves a bound."
        )
    }

    /// A solver status and its stop reason: `feasible (node limit)` as the plan spells
    /// them in English, ``Terms``' labels in Chinese (`可行（未证明最优）（达到节点限制）`).
    static func statusText(_ status: String, _ stopReason: String?, _ language: Language) -> String {
        guard language == .zh else { return status + (stopReason.map { " (\($0))" } ?? "") }
        let t = Terms(.zh)
        return t.solverStatus(status) + (stopReason.map { t.parenthesised(t.stopReason($0)) } ?? "")
    }

    /// How far a plan solved `--like` a reference is from it.
    static func likeLine(_ like: PlanLikeness, language: Language = .standard) -> String {
        let differing = NumberText.count(Double(like.decisionsDiffering))
        let compared = NumberText.count(Double(like.decisionsCompared))
        var line = language.text(
            zh: "参照 \(like.name)：\(compared) 项决策中有 \(differing) 项不同（距离 \(whole(like.distance))）",
            en: "Like \(like.name): \(differing) of \(compared) decisions differ (distance \(whole(like.distance)))")
        if like.unmatchedInReference > 0 || like.unmatchedHere > 0 {
            line += language.text(
                zh: "；无法对应：参照方案的 \(like.unmatchedInReference) 项决策（本情景中没有），本方案的 \(like.unmatchedHere) 项（参照方案中没有）",
                en:
                    "; unmatched: \(like.unmatchedInReference) of the reference's decisions (not in this scenario), \(like.unmatchedHere) of this plan's (not in the reference)"
            )
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

    static func seconds(_ value: Double, _ language: Language = .standard) -> String {
        String(format: "%.2f", value) + language.text(zh: " 秒", en: " s")
    }

    /// A value in its unit; `extra` more decimals than planners usually need.
    static func amount(_ value: Double, _ unit: String, extra: Int = 0, _ language: Language = .standard) -> String {
        switch unit {
        case "share": return NumberText.fixed(value * 100, decimals: 2 + extra) + "%"
        case "students-per-teacher":
            let ratio = NumberText.fixed(value, decimals: 1 + extra)
            return language.text(zh: "生师比 \(ratio):1", en: "\(ratio) students per teacher")
        default:
            let number = extra == 0 ? whole(value) : NumberText.grouped(value, decimals: extra)
            return language == .zh ? number + " " + Terms(.zh).unit(unit) : number + " \(unit)"
        }
    }

    /// What a short target reached and what it asks, with as many decimals (up to four
    /// more) as it takes for the two to read differently: a shortfall never shows as
    /// `30.00% of 30.00%`.
    static func amounts(_ achieved: Double, of required: Double, _ unit: String, _ language: Language = .standard) -> (
        String, String
    ) {
        var extra = 0
        while extra < 4,
            amount(achieved, unit, extra: extra, language) == amount(required, unit, extra: extra, language)
        { extra += 1 }
        return (amount(achieved, unit, extra: extra, language), amount(required, unit, extra: extra, language))
    }
}

extension Array {
    /// The element at `index`, or `nil` beyond the array.
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
