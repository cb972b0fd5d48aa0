import Foundation
import GLPK

/// The builder's look-ups of decision variables and the derived expressions of the
/// formulation (`docs/model.md`): enrolment, graduates, headcount and classes running.
extension ModelBuilder {
    // MARK: Look-ups (by position when the model has its grid, else by key)

    /// `x[p,l,y]`.
    func intake(_ built: PlanningModel, _ o: ScenarioIndex.Offering, _ y: Int) -> Variable? {
        variable(built.grid?.intake, o.ordinal, y, else: built.intake[PlanningModel.key(o.programme.id, o.level.id, y)])
    }

    /// `c[p,l,y]`.
    func classes(_ built: PlanningModel, _ o: ScenarioIndex.Offering, _ y: Int) -> Variable? {
        variable(
            built.grid?.classes, o.ordinal, y, else: built.classes[PlanningModel.key(o.programme.id, o.level.id, y)])
    }

    /// `t[p,y]`.
    func training(_ built: PlanningModel, _ p: Programme, _ y: Int) -> Variable? {
        variable(
            built.grid?.training, index.programmeOrdinals[p.id], y, else: built.training[PlanningModel.key(p.id, y)])
    }

    /// `h[g,y]`.
    func hires(_ built: PlanningModel, _ g: TeacherGroup, _ y: Int) -> Variable? {
        variable(built.grid?.hires, index.groupOrdinals[g.id], y, else: built.hires[PlanningModel.key(g.id, y)])
    }

    /// `r[g,y]`.
    func rotation(_ built: PlanningModel, _ g: TeacherGroup, _ y: Int) -> Variable? {
        variable(built.grid?.rotation, index.groupOrdinals[g.id], y, else: built.rotation[PlanningModel.key(g.id, y)])
    }

    /// `e[s,y]`.
    func expansion(_ built: PlanningModel, _ s: School, _ y: Int) -> Variable? {
        variable(
            built.grid?.expansion, index.schoolOrdinals[s.id], y, else: built.expansion[PlanningModel.key(s.id, y)])
    }

    /// `th[p,y]`, for a programme that runs high-level courses.
    func highTraining(_ built: PlanningModel, _ p: Programme, _ y: Int) -> Variable? {
        built.highTraining.isEmpty ? nil : built.highTraining[PlanningModel.key(p.id, y)]
    }

    /// `q[g,y]`, for a group whose qualification is planned.
    func qualification(_ built: PlanningModel, _ g: TeacherGroup, _ y: Int) -> Variable? {
        built.qualification.isEmpty ? nil : built.qualification[PlanningModel.key(g.id, y)]
    }

    /// A variable by position, `rows[ordinal][year position]`, when the model has its
    /// grid and the owner an ordinal; else the keyed look-up (made only then).
    private func variable(
        _ rows: [[Variable?]]?, _ ordinal: Int?, _ y: Int,
        else keyed: @autoclosure () -> Variable?
    ) -> Variable? {
        guard let rows, let ordinal else { return keyed() }
        return index.yearPosition(y).flatMap { rows[ordinal][$0] }
    }

    // MARK: Derived expressions
    //
    // Each adds `factor ·` its expression to an accumulating one, as
    // `expression.add(derived, scaledBy: factor)` would (the same terms, coefficients and
    // constant, bit for bit), without a temporary expression: a province-size model sums
    // millions of them.

    /// Adds `factor · E[p,l,y]`: students enrolled, continuing base-year cohorts thinned
    /// by retention plus the intakes still studying.
    func addEnrolment(
        _ built: PlanningModel, _ o: ScenarioIndex.Offering, _ y: Int, scaledBy factor: Double = 1,
        to expression: inout LinearExpression
    ) {
        let l = o.level
        let n = y - index.baseYear
        var constant = 0.0
        if n >= 1 {
            for k in 1...l.duration where k + n <= l.duration {
                constant += pow(l.retention, Double(n)) * index.initialStudents(o, yearOfStudy: k)
            }
        }
        for y2 in index.years where y2 <= y && y - y2 + 1 <= l.duration {
            if let x = intake(built, o, y2) {
                expression.add(pow(l.retention, Double(y - y2)) * factor, x)
            }
        }
        expression.constant += constant * factor
    }

    /// Adds `factor · F[p,l,y]`: the final-year students of a programme level (the
    /// graduates of year y).
    func addGraduates(
        _ built: PlanningModel, _ o: ScenarioIndex.Offering, _ y: Int, scaledBy factor: Double = 1,
        to expression: inout LinearExpression
    ) {
        let l = o.level
        let n = y - index.baseYear
        var constant = 0.0
        let fromBase = l.duration - n
        if fromBase >= 1 {
            constant += pow(l.retention, Double(n)) * index.initialStudents(o, yearOfStudy: fromBase)
        }
        let entry = y - l.duration + 1
        if entry > index.baseYear, let x = intake(built, o, entry) {
            expression.add(pow(l.retention, Double(l.duration - 1)) * factor, x)
        }
        expression.constant += constant * factor
    }

    /// Adds `factor · N[g,y]`: headcount after leavers and hires up to year y.
    func addHeadcount(
        _ built: PlanningModel, _ g: TeacherGroup, _ y: Int, scaledBy factor: Double = 1,
        to expression: inout LinearExpression
    ) {
        var constant = g.headcount
        let ordinal = index.groupOrdinals[g.id]
        for y2 in index.years where y2 <= y {
            constant -= ordinal.map { index.leavers(groupOrdinal: $0, year: y2) } ?? index.leavers(g.id, year: y2)
            if let h = hires(built, g, y2) { expression.add(factor, h) }
        }
        expression.constant += constant * factor
    }

    /// `N[g,y]` as an expression of its own.
    func headcount(_ built: PlanningModel, _ g: TeacherGroup, _ y: Int) -> LinearExpression {
        var expression = LinearExpression()
        addHeadcount(built, g, y, to: &expression)
        return expression
    }

    /// Adds `factor · A[p,l,k,y]`: the classes of year of study k running in year y.
    func addClassesRunning(
        _ built: PlanningModel, _ o: ScenarioIndex.Offering, yearOfStudy k: Int, _ y: Int,
        scaledBy factor: Double, to expression: inout LinearExpression
    ) {
        let entry = y - k + 1
        if entry >= index.baseYear + 1 {
            if let c = classes(built, o, entry) { expression.add(factor, c) }
            return
        }
        let baseYearOfStudy = k - (y - index.baseYear)
        guard baseYearOfStudy >= 1 else { return }
        expression.constant += index.initialClasses(o, yearOfStudy: baseYearOfStudy) * factor
    }

    /// Adds `factor · t[p,y]`, all short-course places: `tb[p,y] + th[p,y]`.
    func addTraining(
        _ built: PlanningModel, _ p: Programme, _ y: Int, scaledBy factor: Double = 1,
        to expression: inout LinearExpression
    ) {
        if let t = training(built, p, y) { expression.add(factor, t) }
        if let th = highTraining(built, p, y) { expression.add(factor, th) }
    }

    /// Adds `factor · Q[g,y]`: the qualified teachers, `Q0 − Σ leaversQ + Σ q + φ · Σ h`
    /// up to year y (nothing for a group whose qualification is not planned).
    func addQualified(
        _ built: PlanningModel, _ g: TeacherGroup, _ y: Int, scaledBy factor: Double = 1,
        to expression: inout LinearExpression
    ) {
        guard let base = g.qualifiedBase else { return }
        var constant = base
        let share = g.qualifiedHireShare ?? 0
        for y2 in index.years where y2 <= y {
            constant -= index.qualifiedLeavers(g, year: y2)
            if let q = qualification(built, g, y2) { expression.add(factor, q) }
            if share > 0, let h = hires(built, g, y2) { expression.add(factor * share, h) }
        }
        expression.constant += constant * factor
    }
}
