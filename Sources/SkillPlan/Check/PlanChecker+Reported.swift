extension PlanChecker {
    private func differs(_ reported: Double, _ recomputed: Double) -> Bool {
        if reported.isInfinite || recomputed.isInfinite { return reported != recomputed }
        return abs(reported - recomputed) > 1e-6 * max(1, abs(recomputed))
    }

    func checkReportedNumbers(_ plan: Plan, _ e: PlanEvaluator, _ found: inout ViolationList) {
        // The element's name is written out only for a number that differs.
        func compare(
            _ what: String, _ zh: String, _ element: @autoclosure () -> String, _ reported: Double, _ recomputed: Double
        ) {
            if differs(reported, recomputed) {
                found.addReported(what, zh, element(), reported, recomputed)
            }
        }
        for row in plan.schools {
            guard let s = index.schools[row.school] else { continue }
            compare("capacity", "学位数", "\(row.school), \(row.year)", row.capacity, e.capacity(s, row.year))
            compare("enrolment", "在校生", "\(row.school), \(row.year)", row.enrolment, e.schoolEnrolment(s, row.year))
        }
        for row in plan.programmeLevels {
            guard let p = index.programmes[row.programme], let l = index.levels[row.level] else { continue }
            var element: String { "\(row.programme), \(row.level), \(row.year)" }
            compare("enrolment", "在校生", element, row.enrolment, e.enrolment(p, l, row.year))
            compare("graduates", "毕业生", element, row.graduates, e.graduates(p, l, row.year))
            let demand = index.demand(p.id, l.id, year: row.year)
            compare(
                "applicants turned away", "未录取", element, row.turnedAway, max(0, (demand ?? row.intake) - row.intake))
            let running = e.classesRunning(p, l, row.year)
            if row.classesByYearOfStudy.count != running.count
                || zip(row.classesByYearOfStudy, running).contains(where: differs)
            {
                let reported = row.classesByYearOfStudy.map(Self.figure), recomputed = running.map(Self.figure)
                found.add(
                    "reported", element, "classes running reported \(reported), but the decisions give \(recomputed)",
                    zh: "在读班级报告为 \(reported)，但按决策计算为 \(recomputed)")
            }
        }
        for row in plan.groups {
            guard let g = index.groups[row.group] else { continue }
            var element: String { "\(row.group), \(row.year)" }
            compare("headcount", "教师数", element, row.headcount, e.headcount(g, row.year))
            compare("teaching hours", "教学课时", element, row.teachingHours, e.teachingHours(g, row.year))
            compare("FTE needed", "所需教师", element, row.fteNeeded, e.fteNeeded(g, row.year))
            compare("FTE available", "可用教师", element, row.fteAvailable, e.fteAvailable(g, row.year))
            compare("leavers", "离职", element, row.leavers, index.leavers(g.id, year: row.year))
            if g.plansQualification {
                compare("qualified teachers", "一体化教师", element, row.qualified ?? 0, e.qualified(g, row.year))
                compare(
                    "qualified leavers", "离职一体化教师", element, row.qualifiedLeavers ?? 0,
                    index.qualifiedLeavers(g, year: row.year))
            } else if row.qualified != nil || row.newlyQualified != nil {
                found.add(
                    "reported", element,
                    "qualification reported for a group whose qualification the scenario does not plan",
                    zh: "报告了教师资格，但情景未为该教研组规划教师资格")
            }
        }
        for row in plan.training {
            guard let p = index.programmes[row.programme], !p.hasHighTraining, let high = row.highPlaces, high != 0
            else { continue }
            found.add(
                "reported", "\(row.programme), \(row.year)",
                "\(format(high)) high-level places reported for a programme without high-level courses",
                zh: "报告了 \(format(high)) 个高级工及以上培训人次，但该专业没有高级培训")
        }
        for row in plan.rotation {
            guard let g = index.groups[row.group] else { continue }
            let coverage = e.rotationCoverage(g)
            compare("rotations", "已轮训", row.group, row.rotated, coverage.rotated)
            compare("teachers to rotate", "应轮训", row.group, row.required, coverage.required)
        }
    }

    func checkTargets(_ plan: Plan, _ e: PlanEvaluator, _ found: inout ViolationList) {
        let recomputed = scenario.targets.flatMap(e.results(of:))
        func key(_ r: TargetResult) -> String {
            [r.target, r.year.map(String.init) ?? "", r.programme ?? "", r.level ?? ""].joined(separator: "|")
        }
        let reported = Dictionary(plan.targets.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        for truth in recomputed {
            let element = [truth.target, truth.programme, truth.level, truth.year.map(String.init)].compactMap { $0 }
                .joined(separator: ", ")
            guard let claim = reported[key(truth)] else {
                found.add("completeness", element, "the plan does not report this target row", zh: "方案缺少该目标行")
                continue
            }
            if claim.met && !truth.met {
                let (achieved, required) = NumberText.compared(truth.achieved, truth.required, decimals: 0)
                let short = NumberText.amount(truth.shortfall), zh = Terms(.zh)
                found.add(
                    "target-claim", element,
                    "claimed met, but achieves \(achieved) of \(required) \(truth.unit) (short by \(short) \(truth.shortfallUnit))",
                    zh:
                        "声称已达成，但只达到 \(achieved)\(zh.unit(truth.unit))（要求 \(required)\(zh.unit(truth.unit))，缺口 \(short)\(zh.unit(truth.shortfallUnit))）"
                )
            } else if differs(claim.achieved, truth.achieved) || differs(claim.shortfall, truth.shortfall)
                || claim.met != truth.met
            {
                let (achieved, trueAchieved) = NumberText.compared(claim.achieved, truth.achieved)
                let (short, trueShort) = NumberText.compared(claim.shortfall, truth.shortfall)
                found.add(
                    "reported", element,
                    "reported \(achieved) achieved and \(short) short, but the decisions give \(trueAchieved) and \(trueShort)",
                    zh: "报告达成 \(achieved)、缺口 \(short)，但按决策计算为达成 \(trueAchieved)、缺口 \(trueShort)")
            }
        }
        let costs = e.costs(targets: recomputed)
        for (what, zh, claim, truth) in [
            ("total cost", "总费用", plan.costs.total, costs.total),
            ("training cost", "培训费用", plan.costs.training, costs.training),
            ("qualification cost", "教师资格费用", plan.costs.qualification ?? 0, costs.qualification ?? 0),
            ("shortfall penalty", "缺口罚金", plan.costs.shortfallPenalty, costs.shortfallPenalty),
            ("objective", "目标函数值", plan.costs.objective, costs.objective),
        ] where differs(claim, truth) {
            found.addReported(what, zh, "costs", claim, truth)
        }
        if let objective = plan.solver.objective, abs(objective - costs.objective) > 1e-6 * max(1, abs(costs.objective))
        {
            let (solver, recomputed) = NumberText.compared(objective, costs.objective)
            found.add(
                "objective", "solver", "the solver's objective \(solver) differs from the recomputed \(recomputed)",
                zh: "求解器的目标函数值 \(solver) 与重新计算的 \(recomputed) 不同")
        }
    }
}

extension ViolationList {
    /// `enrolment reported 100, but the decisions give 101` (`在校生报告为 100，但按决策计算为
    /// 101`): a reported number its decisions do not give, named in English and Chinese.
    mutating func addReported(_ what: String, _ zh: String, _ element: String, _ reported: Double, _ recomputed: Double)
    {
        let (claim, truth) = NumberText.compared(reported, recomputed)
        add(
            "reported", element, "\(what) reported \(claim), but the decisions give \(truth)",
            zh: "\(zh)报告为 \(claim)，但按决策计算为 \(truth)")
    }
}
