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
            found.add(
                "completeness", "plan", "the plan is for scenario '\(plan.scenario)', not '\(scenario.name)'",
                zh: "方案属于情景“\(plan.scenario)”，而非“\(scenario.name)”")
        }
        if plan.years != index.years {
            found.add(
                "completeness", "plan", "the plan covers years \(plan.years), the scenario \(index.years)",
                zh: "方案覆盖年份 \(plan.years)，情景为 \(index.years)")
        }
        var rows = Set(plan.programmeLevels.map { PlanDecisions.key($0.programme, $0.level, $0.year) })
        for o in index.offerings {
            for y in index.years where rows.remove(PlanDecisions.key(o.programme.id, o.level.id, y)) == nil {
                found.add(
                    "completeness", "\(o.programme.id), \(o.level.id), \(y)",
                    "no intake row for this programme level and year", zh: "缺少该专业层次该年份的招生行")
            }
        }
        for extra in rows.sorted() {
            found.add(
                "completeness", extra.replacingOccurrences(of: "\u{1F}", with: ", "),
                "a row for a programme level the scenario does not offer", zh: "情景未开设该专业层次，方案却有此行")
        }
        let groupRows = Set(plan.groups.map { PlanDecisions.key($0.group, $0.year) })
        for g in scenario.groups {
            for y in index.years where !groupRows.contains(PlanDecisions.key(g.id, y)) {
                found.add(
                    "completeness", "\(g.id), \(y)", "no row for this teacher group and year", zh: "缺少该教研组该年份的行")
            }
        }
        let schoolRows = Set(plan.schools.map { PlanDecisions.key($0.school, $0.year) })
        for s in scenario.schools {
            for y in index.years where !schoolRows.contains(PlanDecisions.key(s.id, y)) {
                found.add("completeness", "\(s.id), \(y)", "no row for this school and year", zh: "缺少该学校该年份的行")
            }
        }
        for row in plan.training where index.programmes[row.programme] == nil {
            found.add(
                "completeness", "\(row.programme), \(row.year)", "training for a programme the scenario does not have",
                zh: "培训所属的专业不在情景中")
        }
    }

    // MARK: Actuals

    /// Every figure that fixes a year holds (within its tolerance), and the plan marks
    /// the same years and figures as the scenario.
    private func checkActuals(_ plan: Plan, _ e: PlanEvaluator, _ found: inout ViolationList) {
        let expected = scenario.actuals.map { PlanActuals($0, in: scenario) }
        if plan.actuals != expected {
            func marks(_ actuals: PlanActuals?, none: String) -> String {
                actuals.map { "actuals until \($0.until), \($0.figures.count) figure(s)" } ?? none
            }
            func marksZh(_ actuals: PlanActuals?) -> String {
                actuals.map { "实际数至\($0.until)年，\($0.figures.count)项" } ?? "无实际数"
            }
            found.add(
                "reported", "actuals",
                "the plan marks \(marks(plan.actuals, none: "no actuals")), the scenario has \(marks(expected, none: "none"))",
                zh: "方案标记为\(marksZh(plan.actuals))，情景为\(marksZh(expected))")
        }
        for figure in scenario.actuals?.figures ?? [] where index.years.contains(figure.year) {
            let planned = e.value(of: figure)
            let off = abs(planned - figure.value)
            if off > figure.tolerance + 1e-6 {
                let (has, actual) = NumberText.compared(planned, figure.value)
                found.add(
                    HardConstraintFamily.actual.rawValue,
                    "\(figure.measure.rawValue), \(figure.scope.joined(separator: ", ")), \(figure.year)",
                    "the plan has \(has), the actual figure (line \(figure.line)) is \(actual)",
                    zh: "方案为 \(has)，实际数（第\(figure.line)行）为 \(actual)", amount: off - figure.tolerance)
            }
        }
    }

    // MARK: Domains

    private func checkDomains(_ e: PlanEvaluator, _ found: inout ViolationList) {
        func whole(_ value: Double, _ what: Terms.Key, _ element: String, upTo bound: Double? = nil) {
            let en = Self.decisionNames[what] ?? what.rawValue, zh = Terms.pair(what).zh
            if value < -1e-9 || abs(value - value.rounded()) > 1e-6 {
                let shown = NumberText.compared(value, value.rounded()).0
                found.add(
                    "domain", element, "\(en) is \(shown); it must be a whole number ≥ 0",
                    zh: "\(zh)为 \(shown)；须为不小于 0 的整数")
            }
            if let bound, value > bound + 1e-6 {
                let (shown, limit) = NumberText.compared(value, bound)
                found.add(
                    "domain", element, "\(en) is \(shown), above its limit \(limit)",
                    zh: "\(zh)为 \(shown)，超过上限 \(limit)",
                    amount: value - bound)
            }
        }
        for o in index.offerings {
            for y in index.years {
                let element = "\(o.programme.id), \(o.level.id), \(y)"
                whole(
                    e.intake(o.programme.id, o.level.id, y), .intake, element,
                    upTo: index.demand(o.programme.id, o.level.id, year: y))
                whole(e.classes(o.programme.id, o.level.id, y), .newClasses, element)
            }
        }
        for p in scenario.programmes {
            for y in index.years {
                whole(
                    e.basicTraining(p.id, y), p.hasHighTraining ? .basicPlaces : .trainingPlaces, "\(p.id), \(y)",
                    upTo: p.trainingCapacity)
                whole(e.highTraining(p.id, y), .highPlaces, "\(p.id), \(y)", upTo: p.highTrainingCapacity ?? 0)
            }
        }
        for g in scenario.groups {
            for y in index.years {
                whole(e.hires(g.id, y), .hires, "\(g.id), \(y)", upTo: g.maxHire)
                whole(e.rotation(g.id, y), .onRotation, "\(g.id), \(y)")
                let qualifiesMost = g.plansQualification && index.rotationQualifies ? nil : 0.0
                whole(e.qualification(g.id, y), .newlyQualified, "\(g.id), \(y)", upTo: qualifiesMost)
            }
        }
        for s in scenario.schools {
            for y in index.years {
                whole(e.expansion(s.id, y), .seatsAdded, "\(s.id), \(y)", upTo: s.maxExpand)
            }
        }
    }

    // MARK: Hard constraints

    private func checkHardConstraints(_ e: PlanEvaluator, _ found: inout ViolationList) {
        for s in scenario.schools {
            for y in index.years {
                let students = e.schoolEnrolment(s, y), seats = e.capacity(s, y)
                if exceeds(students, seats) {
                    let (a, b) = NumberText.compared(students, seats)
                    found.add(
                        "seats", "\(s.id), \(y)", "\(a) students > \(b) seats", zh: "在校生 \(a) 人 > 学位 \(b) 个",
                        amount: students - seats)
                }
            }
        }
        for o in index.offerings {
            let p = o.programme
            for y in index.years {
                let x = e.intake(p.id, o.level.id, y), c = e.classes(p.id, o.level.id, y)
                // Numbers are written out only for a row that breaks (a province has ~100,000 rows).
                var classes: String { Self.figure(c) }
                var size: String { Self.figure(p.classSize) }
                if exceeds(x, p.classSize * c) {
                    let (intake, seats) = NumberText.compared(x, p.classSize * c)
                    found.add(
                        "class-size", "\(p.id), \(o.level.id), \(y)",
                        "intake \(intake) > \(classes) classes × \(size) seats\(Self.product(seats, of: [c, p.classSize]))",
                        zh: "招生 \(intake) 人 > \(classes) 个班 × 每班 \(size) 人\(Self.product(seats, of: [c, p.classSize]))",
                        amount: x - p.classSize * c)
                }
                if exceeds(p.minFill * p.classSize * c, x) {
                    let (intake, least) = NumberText.compared(x, p.minFill * p.classSize * c)
                    let fill = Self.figure(p.minFill), product = Self.product(least, of: [c, p.classSize, p.minFill])
                    found.add(
                        "class-fill", "\(p.id), \(o.level.id), \(y)",
                        "intake \(intake) < \(classes) classes × \(size) × minimum fill \(fill)\(product)",
                        zh: "招生 \(intake) 人 < \(classes) 个班 × 每班 \(size) 人 × 最低满班率 \(fill)\(product)",
                        amount: p.minFill * p.classSize * c - x)
                }
            }
        }
        for g in scenario.groups {
            for y in index.years {
                let need = e.fteNeeded(g, y), have = e.fteAvailable(g, y)
                if exceeds(need, have) {
                    let (a, b) = NumberText.compared(need, have, decimals: 1)
                    found.add(
                        "teaching", "\(g.id), \(y)", "\(a) FTE needed > \(b) FTE available",
                        zh: "所需教师 \(a) 人（全时当量）> 可用教师 \(b) 人（全时当量）", amount: need - have)
                }
                let rotating = e.rotation(g.id, y), headcount = e.headcount(g, y), most = g.rotationMaxShare * headcount
                if exceeds(rotating, most) {
                    let (a, b) = NumberText.compared(rotating, most)
                    let share = Self.figure(g.rotationMaxShare), teachers = Self.figure(headcount)
                    let product = Self.product(b, of: [g.rotationMaxShare, headcount])
                    found.add(
                        "rotation-share", "\(g.id), \(y)",
                        "\(a) on rotation > \(share) × \(teachers) teachers\(product)",
                        zh: "轮训 \(a) 人 > 比例上限 \(share) × 教师 \(teachers) 人\(product)", amount: rotating - most)
                }
            }
            if g.plansQualification {
                for y in index.years {
                    let qualified = e.qualification(g.id, y), rotating = e.rotation(g.id, y)
                    if exceeds(qualified, rotating) {
                        let (a, b) = NumberText.compared(qualified, rotating)
                        found.add(
                            "qualify-on-rotation", "\(g.id), \(y)", "\(a) teachers qualified > \(b) on rotation",
                            zh: "取得资格 \(a) 人 > 轮训 \(b) 人", amount: qualified - rotating)
                    }
                    let stock = e.qualified(g, y), teachers = e.headcount(g, y)
                    if exceeds(stock, teachers) {
                        let (a, b) = NumberText.compared(stock, teachers)
                        found.add(
                            "qualified-stock", "\(g.id), \(y)", "\(a) qualified teachers > \(b) teachers",
                            zh: "一体化教师 \(a) 人 > 教师 \(b) 人", amount: stock - teachers)
                    }
                }
            }
            let coverage = e.rotationCoverage(g)
            if exceeds(coverage.required, coverage.rotated) {
                let (rotated, required) = NumberText.compared(coverage.rotated, coverage.required)
                let years = "\(coverage.years.first ?? 0)–\(coverage.years.last ?? 0)"
                found.add(
                    "rotation-coverage", g.id, "\(rotated) rotations in \(years) < \(required) teachers to rotate",
                    zh: "\(years)年轮训 \(rotated) 人次 < 应轮训教师 \(required) 人", amount: coverage.required - coverage.rotated)
            }
        }
    }

    func exceeds(_ lhs: Double, _ rhs: Double) -> Bool {
        lhs - rhs > 1e-6 * max(1, abs(rhs))
    }

    /// The English words of a decision in the domain check (its Chinese is the term's).
    static let decisionNames: [Terms.Key: String] = [
        .intake: "intake", .newClasses: "classes", .trainingPlaces: "short-course places", .hires: "hires",
        .onRotation: "teachers on rotation", .seatsAdded: "seats added", .basicPlaces: "basic short-course places",
        .highPlaces: "high-level short-course places", .newlyQualified: "teachers qualified",
    ]

    /// A number of the scenario or the plan as it stands in a message: up to four decimals,
    /// none when whole, digits grouped by thousands.
    static func figure(_ value: Double) -> String {
        value.isFinite ? NumberText.groupingThousands(format(value)) : format(value)
    }

    /// ` = 27`: the product a message spells out as factors, when one of them is not whole
    /// (so the product is not plain to see); empty otherwise.
    static func product(_ shown: String, of factors: [Double]) -> String {
        factors.allSatisfy { abs($0 - $0.rounded()) < 1e-9 } ? "" : " = \(shown)"
    }
}

/// Violations in the order found.
struct ViolationList {
    var items: [PlanViolation] = []

    /// Adds a violation, worded in English and in Chinese.
    mutating func add(_ check: String, _ element: String, _ message: String, zh: String, amount: Double? = nil) {
        items.append(PlanViolation(check: check, element: element, message: message, messageZh: zh, amount: amount))
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
