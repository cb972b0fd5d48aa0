extension PlanChecker {
    private func differs(_ reported: Double, _ recomputed: Double) -> Bool {
        if reported.isInfinite || recomputed.isInfinite { return reported != recomputed }
        return abs(reported - recomputed) > 1e-6 * max(1, abs(recomputed))
    }

    func checkReportedNumbers(_ plan: Plan, _ e: PlanEvaluator, _ found: inout ViolationList) {
        func compare(_ what: String, _ element: String, _ reported: Double, _ recomputed: Double) {
            if differs(reported, recomputed) {
                found.add(
                    "reported", element,
                    "\(what) reported \(format(reported)), but the decisions give \(format(recomputed))")
            }
        }
        for row in plan.schools {
            guard let s = index.schools[row.school] else { continue }
            compare("capacity", "\(row.school), \(row.year)", row.capacity, e.capacity(s, row.year))
            compare("enrolment", "\(row.school), \(row.year)", row.enrolment, e.schoolEnrolment(s, row.year))
        }
        for row in plan.programmeLevels {
            guard let p = index.programmes[row.programme], let l = index.levels[row.level] else { continue }
            let element = "\(row.programme), \(row.level), \(row.year)"
            compare("enrolment", element, row.enrolment, e.enrolment(p, l, row.year))
            compare("graduates", element, row.graduates, e.graduates(p, l, row.year))
            let demand = index.demand(p.id, l.id, year: row.year)
            compare("applicants turned away", element, row.turnedAway, max(0, (demand ?? row.intake) - row.intake))
            let running = e.classesRunning(p, l, row.year)
            if row.classesByYearOfStudy.count != running.count
                || zip(row.classesByYearOfStudy, running).contains(where: differs)
            {
                found.add(
                    "reported", element,
                    "classes running reported \(row.classesByYearOfStudy.map(format)), but the decisions give \(running.map(format))"
                )
            }
        }
        for row in plan.groups {
            guard let g = index.groups[row.group] else { continue }
            let element = "\(row.group), \(row.year)"
            compare("headcount", element, row.headcount, e.headcount(g, row.year))
            compare("teaching hours", element, row.teachingHours, e.teachingHours(g, row.year))
            compare("FTE needed", element, row.fteNeeded, e.fteNeeded(g, row.year))
            compare("FTE available", element, row.fteAvailable, e.fteAvailable(g, row.year))
            compare("leavers", element, row.leavers, index.leavers(g.id, year: row.year))
        }
        for row in plan.rotation {
            guard let g = index.groups[row.group] else { continue }
            let coverage = e.rotationCoverage(g)
            compare("rotations", row.group, row.rotated, coverage.rotated)
            compare("teachers to rotate", row.group, row.required, coverage.required)
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
                found.add("completeness", element, "the plan does not report this target row")
                continue
            }
            if claim.met && !truth.met {
                found.add(
                    "target-claim", element,
                    "claimed met, but achieves \(format(truth.achieved)) of \(format(truth.required)) \(truth.unit) (short by \(format(truth.shortfall)) \(truth.shortfallUnit))"
                )
            } else if differs(claim.achieved, truth.achieved) || differs(claim.shortfall, truth.shortfall)
                || claim.met != truth.met
            {
                found.add(
                    "reported", element,
                    "reported \(format(claim.achieved)) achieved and \(format(claim.shortfall)) short, but the decisions give \(format(truth.achieved)) and \(format(truth.shortfall))"
                )
            }
        }
        let costs = e.costs(targets: recomputed)
        for (what, claim, truth) in [
            ("total cost", plan.costs.total, costs.total),
            ("shortfall penalty", plan.costs.shortfallPenalty, costs.shortfallPenalty),
            ("objective", plan.costs.objective, costs.objective),
        ] where differs(claim, truth) {
            found.add("reported", "costs", "\(what) reported \(format(claim)), but the decisions give \(format(truth))")
        }
        if let objective = plan.solver.objective, abs(objective - costs.objective) > 1e-6 * max(1, abs(costs.objective))
        {
            found.add(
                "objective", "solver",
                "the solver's objective \(format(objective)) differs from the recomputed \(format(costs.objective))")
        }
    }
}
