/// A scenario cut into one scenario per school, and the targets that couple schools.
///
/// A school's scenario has its seats, programmes, teacher groups, students, applicants,
/// teaching plans and leavers, every level, and the targets whose rows involve only its
/// programmes or groups: its own, and those without a school whose scope lies within it.
/// `serve-demand` without a school is given to every school (each of its rows is one
/// programme level's). Every other target whose scope spans schools is *coupling*: it
/// belongs to no school's scenario.
struct SchoolSplit: Sendable {
    /// The whole scenario.
    let scenario: Scenario
    /// One scenario per school, in the scenario's order of schools.
    let schools: [Scenario]
    /// The targets whose rows involve more than one school, in the scenario's order.
    let coupling: [Target]

    init(_ scenario: Scenario) {
        self.scenario = scenario
        let index = ScenarioIndex(scenario)
        var local: [String: [Target]] = [:]
        var coupling: [Target] = []
        for target in scenario.targets {
            if target.kind == .serveDemand && target.school == nil {
                for s in scenario.schools { local[s.id, default: []].append(target) }
                continue
            }
            let schools = Self.schools(touchedBy: target, index: index)
            if schools.count <= 1 {
                if let only = schools.first ?? target.school { local[only, default: []].append(target) }
            } else {
                coupling.append(target)
            }
        }
        self.coupling = coupling
        let programmesBySchool = Dictionary(grouping: scenario.programmes, by: \.school)
        let groupsBySchool = Dictionary(grouping: scenario.groups, by: \.school)
        let schoolOfProgramme = Dictionary(
            scenario.programmes.map { ($0.id, $0.school) }, uniquingKeysWith: { a, _ in a })
        let schoolOfGroup = Dictionary(scenario.groups.map { ($0.id, $0.school) }, uniquingKeysWith: { a, _ in a })
        let cohorts = Dictionary(grouping: scenario.initialStudents) { schoolOfProgramme[$0.programme] ?? "" }
        let applicants = Dictionary(grouping: scenario.applicants) { schoolOfProgramme[$0.programme] ?? "" }
        let curricula = Dictionary(grouping: scenario.curricula) { schoolOfProgramme[$0.programme] ?? "" }
        let leavers = Dictionary(grouping: scenario.leavers) { schoolOfGroup[$0.group] ?? "" }
        schools = scenario.schools.map { s in
            Scenario(
                name: "\(scenario.name)/\(s.id)", titleZh: scenario.titleZh, titleEn: scenario.titleEn,
                question: scenario.question, questionZh: scenario.questionZh, baseYear: scenario.baseYear,
                lastYear: scenario.lastYear,
                solver: scenario.solver, rotationCycleYears: scenario.rotationCycleYears,
                rotationQualifies: scenario.rotationQualifies, schools: [s],
                levels: scenario.levels, groups: groupsBySchool[s.id] ?? [], programmes: programmesBySchool[s.id] ?? [],
                initialStudents: cohorts[s.id] ?? [], applicants: applicants[s.id] ?? [],
                curricula: curricula[s.id] ?? [],
                leavers: leavers[s.id] ?? [], targets: local[s.id] ?? [], actuals: scenario.actuals?.only(school: s.id))
        }
    }

    /// The schools whose programmes or groups appear in a target's rows.
    static func schools(touchedBy target: Target, index: ScenarioIndex) -> Set<String> {
        var schools = Set(index.programmes(inScopeOf: target).map(\.school))
        switch target.kind {
        case .studentTeacherRatio, .qualifiedTeacherShare:
            schools.formUnion(index.groups(inScopeOf: target).map(\.school))
        case .workforceHighSkillShare:
            schools.formUnion(index.programmes(taggedWithAnyOf: target.highScope).map(\.school))
            schools.formUnion(index.programmes(taggedWithAnyOf: target.newScope).map(\.school))
        default:
            break
        }
        return schools
    }
}
