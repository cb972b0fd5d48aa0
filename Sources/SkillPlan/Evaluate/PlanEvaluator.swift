import Foundation

/// Computes every quantity of the formulation from a plan's decisions by plain
/// arithmetic, without the model builder or the solver: enrolment, graduates, classes
/// running, headcount, teaching hours and FTE, target attainment and costs.
///
/// The plan's reported numbers come from here, and the ``PlanChecker`` recomputes them
/// here from the decisions alone: the builder (linear expressions for GLPK) and this
/// evaluator (loops over numbers) are two implementations of the same formulation, and
/// every solved plan is checked against the other.
public struct PlanEvaluator: Sendable {
    /// The scenario's look-ups.
    public let index: ScenarioIndex
    /// The decisions evaluated.
    public let decisions: PlanDecisions

    /// An evaluator of decisions in a scenario.
    public init(index: ScenarioIndex, decisions: PlanDecisions) {
        self.index = index
        self.decisions = decisions
    }

    private func value(_ table: [String: Double], _ key: String) -> Double { table[key] ?? 0 }

    /// `x[p,l,y]`.
    public func intake(_ p: String, _ l: String, _ y: Int) -> Double {
        value(decisions.intake, PlanDecisions.key(p, l, y))
    }
    /// `c[p,l,y]`.
    public func classes(_ p: String, _ l: String, _ y: Int) -> Double {
        value(decisions.classes, PlanDecisions.key(p, l, y))
    }
    /// `t[p,y] = tb[p,y] + th[p,y]`: every short-course place.
    public func training(_ p: String, _ y: Int) -> Double { basicTraining(p, y) + highTraining(p, y) }
    /// `tb[p,y]`: basic short-course places.
    public func basicTraining(_ p: String, _ y: Int) -> Double { value(decisions.training, PlanDecisions.key(p, y)) }
    /// `th[p,y]`: high-level short-course places (高级工, 技师, 高级技师).
    public func highTraining(_ p: String, _ y: Int) -> Double { value(decisions.highTraining, PlanDecisions.key(p, y)) }
    /// `q[g,y]`: teachers qualified through rotation.
    public func qualification(_ g: String, _ y: Int) -> Double {
        value(decisions.qualification, PlanDecisions.key(g, y))
    }
    /// `h[g,y]`.
    public func hires(_ g: String, _ y: Int) -> Double { value(decisions.hires, PlanDecisions.key(g, y)) }
    /// `r[g,y]`.
    public func rotation(_ g: String, _ y: Int) -> Double { value(decisions.rotation, PlanDecisions.key(g, y)) }
    /// `e[s,y]`.
    public func expansion(_ s: String, _ y: Int) -> Double { value(decisions.expansion, PlanDecisions.key(s, y)) }

    /// Students of cohort size `students` after `years` years of retention `rate`.
    private func retained(_ students: Double, _ rate: Double, _ years: Int) -> Double {
        var result = students
        for _ in 0..<max(years, 0) { result *= rate }
        return result
    }

    /// Students of a programme level in each year of study in year y (index 0 for year 1).
    public func studentsByYearOfStudy(_ p: Programme, _ l: Level, _ y: Int) -> [Double] {
        let n = y - index.baseYear
        return (1...l.duration).map { k in
            let entered = y - k + 1
            if entered > index.baseYear {
                return retained(intake(p.id, l.id, entered), l.retention, k - 1)
            }
            let baseYearOfStudy = k - n
            guard baseYearOfStudy >= 1 else { return 0 }
            return retained(index.initialStudents(p.id, l.id, yearOfStudy: baseYearOfStudy), l.retention, n)
        }
    }

    /// `E[p,l,y]`.
    public func enrolment(_ p: Programme, _ l: Level, _ y: Int) -> Double {
        studentsByYearOfStudy(p, l, y).reduce(0, +)
    }

    /// `F[p,l,y]`: students in their final year of study.
    public func graduates(_ p: Programme, _ l: Level, _ y: Int) -> Double {
        studentsByYearOfStudy(p, l, y).last ?? 0
    }

    /// `A[p,l,k,y]` for every year of study k (index 0 for year 1).
    public func classesRunning(_ p: Programme, _ l: Level, _ y: Int) -> [Double] {
        let n = y - index.baseYear
        return (1...l.duration).map { k in
            let entered = y - k + 1
            if entered > index.baseYear { return classes(p.id, l.id, entered) }
            let baseYearOfStudy = k - n
            return baseYearOfStudy >= 1 ? index.initialClasses(p, l.id, yearOfStudy: baseYearOfStudy) : 0
        }
    }

    /// `C[s,y]`.
    public func capacity(_ s: School, _ y: Int) -> Double {
        s.capacity + index.years.filter { $0 <= y }.reduce(0) { $0 + expansion(s.id, $1) }
    }

    /// Full-time students of a school in year y.
    public func schoolEnrolment(_ s: School, _ y: Int) -> Double {
        index.offerings(ofSchool: s.id).reduce(0) { $0 + enrolment($1.programme, $1.level, y) }
    }

    /// `N[g,y]`.
    public func headcount(_ g: TeacherGroup, _ y: Int) -> Double {
        var total = g.headcount
        for y2 in index.years where y2 <= y {
            total += hires(g.id, y2) - index.leavers(g.id, year: y2)
        }
        return total
    }

    /// `TH[g,y]`: the hours the group's modules take in year y.
    public func teachingHours(_ g: TeacherGroup, _ y: Int) -> Double {
        var hours = 0.0
        // A programme level's modules come one after another: its classes are computed once.
        var current: ScenarioIndex.Offering?
        var running: [Double] = []
        for taught in index.teaching(by: g.id) {
            if current != taught.offering {
                current = taught.offering
                running = classesRunning(taught.offering.programme, taught.offering.level, y)
            }
            for (k, classes) in running.enumerated() { hours += taught.module.hours(inYearOfStudy: k + 1) * classes }
        }
        return hours
    }

    /// FTE the group needs in year y: curriculum hours, ratio-taught students and short courses.
    public func fteNeeded(_ g: TeacherGroup, _ y: Int) -> Double {
        var fte = 0.0
        if let perFTE = g.hoursPerFTE, perFTE > 0 { fte += teachingHours(g, y) / perFTE }
        for offering in index.ratioTaughtOfferings(of: g.id) {
            fte += enrolment(offering.programme, offering.level, y) / g.studentsPerFTE
        }
        for p in index.programmes(ofGroup: g.id) {
            fte += basicTraining(p.id, y) / g.trainingPerFTE
            let high = highTraining(p.id, y)
            if high != 0, let perFTE = g.highTrainingPerFTE, perFTE > 0 { fte += high / perFTE }
        }
        return fte
    }

    /// `Q[g,y]`: qualified teachers, `Q0 − Σ leaversQ + Σ q + φ · Σ h` up to year y
    /// (0 for a group whose qualification is not planned).
    public func qualified(_ g: TeacherGroup, _ y: Int) -> Double {
        guard let base = g.qualifiedBase else { return 0 }
        var total = base
        for y2 in index.years where y2 <= y {
            total +=
                qualification(g.id, y2) + (g.qualifiedHireShare ?? 0) * hires(g.id, y2)
                - index.qualifiedLeavers(g, year: y2)
        }
        return total
    }

    /// FTE the group has in year y: headcount less the time its rotating teachers are away.
    public func fteAvailable(_ g: TeacherGroup, _ y: Int) -> Double {
        headcount(g, y) - g.rotationAway * rotation(g.id, y)
    }

    /// The group's rotation coverage over the coverage years.
    public func rotationCoverage(_ g: TeacherGroup) -> RotationCoverage {
        let years = index.rotationYears
        return RotationCoverage(
            group: g.id, years: years,
            required: g.headcount - years.reduce(0) { $0 + index.leavers(g.id, year: $1) },
            rotated: years.reduce(0) { $0 + rotation(g.id, $1) })
    }

    /// The costs and the shortfall penalty of the decisions.
    public func costs(targets results: [TargetResult]) -> CostBreakdown {
        var hiring = 0.0, expansionCost = 0.0, classCost = 0.0, trainingCost = 0.0, qualifying = 0.0
        for y in index.years {
            for g in index.scenario.groups {
                hiring += g.hireCost * hires(g.id, y)
                qualifying += (g.qualifyCost ?? 0) * qualification(g.id, y)
            }
            for s in index.scenario.schools { expansionCost += s.expandCost * expansion(s.id, y) }
            for o in index.offerings { classCost += o.programme.classCost * classes(o.programme.id, o.level.id, y) }
            for p in index.scenario.programmes {
                trainingCost +=
                    p.trainingCost * basicTraining(p.id, y) + (p.highTrainingCost ?? 0) * highTraining(p.id, y)
            }
        }
        let plansQualification = index.scenario.groups.contains(where: \.plansQualification)
        let weights = Dictionary(index.scenario.targets.map { ($0.id, $0.weight) }, uniquingKeysWith: { a, _ in a })
        let penalty = results.reduce(0) { $0 + (weights[$1.target] ?? 0) * $1.shortfall }
        let total = hiring + expansionCost + classCost + trainingCost + qualifying
        return CostBreakdown(
            hiring: hiring, expansion: expansionCost, classes: classCost, training: trainingCost,
            qualification: plansQualification ? qualifying : nil, total: total, shortfallPenalty: penalty,
            objective: total + penalty)
    }
}
