import Foundation

/// Recomputes every hard constraint and every target of a plan from its decisions and
/// its scenario, without the model builder or the solver, and lists each violation
/// with the numbers. It runs after every solve, and on any plan file.
public struct PlanChecker: Sendable {
    /// The scenario the plan claims to solve.
    public let scenario: Scenario
    let index: ScenarioIndex

    /// A checker for plans of a scenario.
    public init(scenario: Scenario) {
        self.scenario = scenario
        self.index = ScenarioIndex(scenario)
    }

    /// Every violation in the plan (empty for a sound plan).
    public func check(_ plan: Plan) -> [PlanViolation] {
        var found = ViolationList()
        checkCompleteness(plan, &found)
        let decisions = PlanDecisions(plan)
        let evaluator = PlanEvaluator(index: index, decisions: decisions)
        checkDomains(evaluator, &found)
        checkHardConstraints(evaluator, &found)
        checkReportedNumbers(plan, evaluator, &found)
        checkTargets(plan, evaluator, &found)
        checkActuals(plan, evaluator, &found)
        return found.items
    }

    // MARK: Completeness

    private func checkCompleteness(_ plan: Plan, _ found: inout ViolationList) {
        if plan.scenario != scenario.name {
            found.add("completeness", "plan", "the plan is for scenario '\(plan.scenario)', not '\(scenario.name)'")
        }
        if plan.years != index.years {
            found.add("completeness", "plan", "the plan covers years \(plan.years), the scenario \(index.years)")
        }
        var rows = Set(plan.programmeLevels.map { PlanDecisions.key($0.programme, $0.level, $0.year) })
        for o in index.offerings {
            for y in index.years where rows.remove(PlanDecisions.key(o.programme.id, o.level.id, y)) == nil {
                found.add(
                    "completeness", "\(o.programme.id), \(o.level.id), \(y)",
                    "no intake row for this programme level and year")
            }
        }
        for extra in rows.sorted() {
            found.add(
                "completeness", extra.replacingOccurrences(of: "\u{1F}", with: ", "),
                "a row for a programme level the scenario does not offer")
        }
        let groupRows = Set(plan.groups.map { PlanDecisions.key($0.group, $0.year) })
        for g in scenario.groups {
            for y in index.years where !groupRows.contains(PlanDecisions.key(g.id, y)) {
                found.add("completeness", "\(g.id), \(y)", "no row for this teacher group and year")
            }
        }
        let schoolRows = Set(plan.schools.map { PlanDecisions.key($0.school, $0.year) })
        for s in scenario.schools {
            for y in index.years where !schoolRows.contains(PlanDecisions.key(s.id, y)) {
                found.add("completeness", "\(s.id), \(y)", "no row for this school and year")
            }
        }
        for row in plan.training where index.programmes[row.programme] == nil {
            found.add(
                "completeness", "\(row.programme), \(row.year)", "training for a programme the scenario does not have")
        }
    }

    // MARK: Actuals

    /// Every figure that fixes a year holds (within its tolerance), and the plan marks
    /// the same years and figures as the scenario.
    private func checkActuals(_ plan: Plan, _ e: PlanEvaluator, _ found: inout ViolationList) {
        let expected = scenario.actuals.map { PlanActuals($0, in: scenario) }
        if plan.actuals != expected {
            found.add(
                "reported", "actuals",
                "the plan marks \(plan.actuals.map { "actuals until \($0.until), \($0.figures.count) figure(s)" } ?? "no actuals"), the scenario has \(expected.map { "actuals until \($0.until), \($0.figures.count) figure(s)" } ?? "none")"
            )
        }
        for figure in scenario.actuals?.figures ?? [] where index.years.contains(figure.year) {
            let planned = e.value(of: figure)
            let off = abs(planned - figure.value)
            if off > figure.tolerance + 1e-6 {
                found.add(
                    HardConstraintFamily.actual.rawValue,
                    "\(figure.measure.rawValue), \(figure.scope.joined(separator: ", ")), \(figure.year)",
                    "the plan has \(format(planned)), the actual figure (line \(figure.line)) is \(format(figure.value))",
                    amount: off - figure.tolerance)
            }
        }
    }

    // MARK: Domains

    private func checkDomains(_ e: PlanEvaluator, _ found: inout ViolationList) {
        func whole(_ value: Double, _ what: String, _ element: String, upTo bound: Double? = nil) {
            if value < -1e-9 || abs(value - value.rounded()) > 1e-6 {
                found.add("domain", element, "\(what) is \(format(value)); it must be a whole number ≥ 0")
            }
            if let bound, value > bound + 1e-6 {
                found.add(
                    "domain", element, "\(what) is \(format(value)), above its limit \(format(bound))",
                    amount: value - bound)
            }
        }
        for o in index.offerings {
            for y in index.years {
                let element = "\(o.programme.id), \(o.level.id), \(y)"
                whole(
                    e.intake(o.programme.id, o.level.id, y), "intake", element,
                    upTo: index.demand(o.programme.id, o.level.id, year: y))
                whole(e.classes(o.programme.id, o.level.id, y), "classes", element)
            }
        }
        for p in scenario.programmes {
            for y in index.years {
                whole(e.training(p.id, y), "short-course places", "\(p.id), \(y)", upTo: p.trainingCapacity)
            }
        }
        for g in scenario.groups {
            for y in index.years {
                whole(e.hires(g.id, y), "hires", "\(g.id), \(y)", upTo: g.maxHire)
                whole(e.rotation(g.id, y), "teachers on rotation", "\(g.id), \(y)")
            }
        }
        for s in scenario.schools {
            for y in index.years {
                whole(e.expansion(s.id, y), "seats added", "\(s.id), \(y)", upTo: s.maxExpand)
            }
        }
    }

    // MARK: Hard constraints

    private func checkHardConstraints(_ e: PlanEvaluator, _ found: inout ViolationList) {
        for s in scenario.schools {
            for y in index.years {
                let students = e.schoolEnrolment(s, y), seats = e.capacity(s, y)
                if exceeds(students, seats) {
                    found.add(
                        "seats", "\(s.id), \(y)", "\(format(students)) students > \(format(seats)) seats",
                        amount: students - seats)
                }
            }
        }
        for o in index.offerings {
            let p = o.programme
            for y in index.years {
                let x = e.intake(p.id, o.level.id, y), c = e.classes(p.id, o.level.id, y)
                if exceeds(x, p.classSize * c) {
                    found.add(
                        "class-size", "\(p.id), \(o.level.id), \(y)",
                        "intake \(format(x)) > \(format(c)) classes × \(format(p.classSize)) seats",
                        amount: x - p.classSize * c)
                }
                if exceeds(p.minFill * p.classSize * c, x) {
                    found.add(
                        "class-fill", "\(p.id), \(o.level.id), \(y)",
                        "intake \(format(x)) < \(format(c)) classes × \(format(p.classSize)) × minimum fill \(format(p.minFill))",
                        amount: p.minFill * p.classSize * c - x)
                }
            }
        }
        for g in scenario.groups {
            for y in index.years {
                let need = e.fteNeeded(g, y), have = e.fteAvailable(g, y)
                if exceeds(need, have) {
                    found.add(
                        "teaching", "\(g.id), \(y)", "\(format(need)) FTE needed > \(format(have)) FTE available",
                        amount: need - have)
                }
                let rotating = e.rotation(g.id, y), most = g.rotationMaxShare * e.headcount(g, y)
                if exceeds(rotating, most) {
                    found.add(
                        "rotation-share", "\(g.id), \(y)",
                        "\(format(rotating)) on rotation > \(format(g.rotationMaxShare)) × \(format(e.headcount(g, y))) teachers",
                        amount: rotating - most)
                }
            }
            let coverage = e.rotationCoverage(g)
            if exceeds(coverage.required, coverage.rotated) {
                found.add(
                    "rotation-coverage", g.id,
                    "\(format(coverage.rotated)) rotations in \(coverage.years.first ?? 0)–\(coverage.years.last ?? 0) < \(format(coverage.required)) teachers to rotate",
                    amount: coverage.required - coverage.rotated)
            }
        }
    }

    func exceeds(_ lhs: Double, _ rhs: Double) -> Bool {
        lhs - rhs > 1e-6 * max(1, abs(rhs))
    }
}

/// Violations in the order found.
struct ViolationList {
    var items: [PlanViolation] = []

    mutating func add(_ check: String, _ element: String, _ message: String, amount: Double? = nil) {
        items.append(PlanViolation(check: check, element: element, message: message, amount: amount))
    }
}

/// A number as planners read it: whole numbers without decimals, others to 4 places.
func format(_ value: Double) -> String {
    if value.isInfinite { return value > 0 ? "∞" : "-∞" }
    if abs(value) < 1e15, abs(value - value.rounded()) < 1e-9 { return String(Int64(value.rounded())) }
    var text = String(format: "%.4f", value)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
}
