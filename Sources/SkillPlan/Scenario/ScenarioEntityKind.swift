/// The kinds of thing a scenario is made of, as the source map files them.
public enum ScenarioEntityKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A setting of the scenario file (`base_year`, `years`, `rotation.cycle_years`, …),
    /// keyed by its YAML path.
    case setting
    /// A row of `schools.csv`, keyed by id.
    case school
    /// A row of `levels.csv`, keyed by id.
    case level
    /// A row of `teacher_groups.csv`, keyed by id.
    case teacherGroup
    /// A row of `teacher_leavers.csv`, keyed by group and year.
    case leavers
    /// A row of `programmes.csv`, keyed by id.
    case programme
    /// A row of `initial_students.csv`, keyed by programme, level and year of study.
    case initialStudents
    /// A row of `applicants.csv`, keyed by programme, level and year.
    case applicants
    /// A module of `curricula.csv`, keyed by programme, level and module (its first
    /// row), and by programme, level, module and year of study (each row).
    case curriculum
    /// A row of `targets.csv` or an `extra_targets` entry, keyed by id.
    case target
    /// A row of `target_external.csv`, keyed by target, field and year.
    case targetExternal

    /// The table the kind comes from, as planners know it.
    public var tableName: String {
        switch self {
        case .setting: "the scenario file"
        case .school: "schools.csv"
        case .level: "levels.csv"
        case .teacherGroup: "teacher_groups.csv"
        case .leavers: "teacher_leavers.csv"
        case .programme: "programmes.csv"
        case .initialStudents: "initial_students.csv"
        case .applicants: "applicants.csv"
        case .curriculum: "curricula.csv"
        case .target: "targets.csv"
        case .targetExternal: "target_external.csv"
        }
    }
}
