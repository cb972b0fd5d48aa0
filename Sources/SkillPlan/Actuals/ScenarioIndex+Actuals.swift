/// What an actual figure's scope covers, by measure.
extension ScenarioIndex {
    /// The programme levels a student figure (intake, enrolment) sums over: the school's,
    /// the programme's, or the one programme level.
    public func offerings(of figure: Actual) -> [Offering] {
        let all = figure.programme.map(offerings(ofProgramme:)) ?? offerings(ofSchool: figure.school)
        guard let level = figure.level else { return all }
        return all.filter { $0.level.id == level }
    }

    /// The programmes a training figure sums over (those that run short courses).
    public func trainingProgrammes(of figure: Actual) -> [Programme] {
        let all = figure.programme.flatMap { programmes[$0] }.map { [$0] } ?? programmes(ofSchool: figure.school)
        return all.filter { $0.trainingCapacity > 0 }
    }

    /// The teacher groups a teacher figure (teachers, hires, rotated) sums over.
    public func groups(of figure: Actual) -> [TeacherGroup] {
        if let group = figure.group { return groups[group].map { [$0] } ?? [] }
        return scenario.groups.filter { $0.school == figure.school }
    }
}
