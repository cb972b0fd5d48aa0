import GLPK

/// The rows that fix a scenario's years up to `actuals_until` to its actual figures
/// (docs/model.md, "Actuals"): one row per figure, `actual[measure,scope…,year]`, on
/// the sum of what it counts over its scope. A decision figure (intake, training,
/// teachers, hires, rotated) is an equality; enrolment, a model estimate, holds within
/// ``Actual/tolerance``. What no figure gives stays free.
extension ModelBuilder {
    func addActuals(_ built: inout PlanningModel) throws {
        guard let actuals = index.scenario.actuals else { return }
        for figure in actuals.figures where index.years.contains(figure.year) {
            let y = figure.year
            var expression = LinearExpression()
            switch figure.measure {
            case .intake:
                for o in index.offerings(of: figure) {
                    if let x = intake(built, o, y) { expression.add(1, x) }
                }
            case .enrolment:
                for o in index.offerings(of: figure) { addEnrolment(built, o, y, to: &expression) }
            case .training:
                // All short-course places, basic and high-level (tb + th).
                for p in index.trainingProgrammes(of: figure) { addTraining(built, p, y, to: &expression) }
            case .teachers:
                for g in index.groups(of: figure) { addHeadcount(built, g, y, to: &expression) }
            case .hires:
                for g in index.groups(of: figure) {
                    if let h = hires(built, g, y) { expression.add(1, h) }
                }
            case .rotated:
                for g in index.groups(of: figure) {
                    if let r = rotation(built, g, y) { expression.add(1, r) }
                }
            }
            let tolerance = figure.tolerance
            try built.model.addConstraint(
                LinearConstraint(
                    expression, lowerBound: figure.value - tolerance, upperBound: figure.value + tolerance),
                name: Self.actualRowName(figure))
        }
    }

    /// `actual[enrolment,xn-tech,2023]`, `actual[intake,xn-tech,auto-repair,senior,2022]`.
    static func actualRowName(_ figure: Actual) -> String {
        "actual[" + ([figure.measure.rawValue] + figure.scope + [String(figure.year)]).joined(separator: ",") + "]"
    }
}
