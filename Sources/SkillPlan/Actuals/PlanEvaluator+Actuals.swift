/// What a plan's decisions give for an actual figure's measure and scope.
extension PlanEvaluator {
    /// The plan's value of what a figure counts, over the figure's scope, in its year.
    ///
    /// - Parameter figure: the figure (its value is not used).
    /// - Returns: intake, students, training person-times, teachers, hires or teachers
    ///   on rotation, summed over the scope.
    public func value(of figure: Actual) -> Double {
        let y = figure.year
        switch figure.measure {
        case .intake:
            return index.offerings(of: figure).reduce(0) { $0 + intake($1.programme.id, $1.level.id, y) }
        case .enrolment:
            return index.offerings(of: figure).reduce(0) { $0 + enrolment($1.programme, $1.level, y) }
        case .training:
            return index.trainingProgrammes(of: figure).reduce(0) { $0 + training($1.id, y) }
        case .teachers:
            return index.groups(of: figure).reduce(0) { $0 + headcount($1, y) }
        case .hires:
            return index.groups(of: figure).reduce(0) { $0 + hires($1.id, y) }
        case .rotated:
            return index.groups(of: figure).reduce(0) { $0 + rotation($1.id, y) }
        }
    }
}
