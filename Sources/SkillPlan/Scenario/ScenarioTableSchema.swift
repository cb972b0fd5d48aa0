/// The contract of one CSV table of the data folder (docs/data-format.md): its file,
/// its columns, which of them a header must have, and whether the file may be missing.
struct ScenarioTableSchema: Sendable, Hashable {
    /// The file name in the data folder, e.g. `programmes.csv`.
    var file: String
    /// The name `overrides:` uses for the table, when it can be overridden.
    var overrideName: String?
    /// What the rows are.
    var kind: ScenarioEntityKind
    /// Every column, in the documented order.
    var columns: [String]
    /// Columns a header may leave out (their values default).
    var optionalColumns: Set<String>
    /// Whether a missing file means no rows (otherwise it is an issue).
    var fileIsOptional: Bool

    /// The table's name in a scenario file's `tables:` (its file name without `.csv`).
    var tableName: String { file.hasSuffix(".csv") ? String(file.dropLast(4)) : file }

    /// Columns a header must have.
    var requiredColumns: [String] { columns.filter { !optionalColumns.contains($0) } }

    static let schools = ScenarioTableSchema(
        file: "schools.csv", overrideName: "schools", kind: .school,
        columns: ["id", "name_zh", "name_en", "capacity", "max_expand", "expand_cost", "source"],
        optionalColumns: [], fileIsOptional: false)

    static let levels = ScenarioTableSchema(
        file: "levels.csv", overrideName: "levels", kind: .level,
        columns: ["id", "name_zh", "name_en", "duration", "retention", "high_skill", "stay_share", "source"],
        optionalColumns: ["stay_share"], fileIsOptional: false)

    static let teacherGroups = ScenarioTableSchema(
        file: "teacher_groups.csv", overrideName: "teacher_groups", kind: .teacherGroup,
        columns: [
            "id", "school", "name_zh", "name_en", "headcount", "max_hire", "hire_cost", "students_per_fte",
            "training_per_fte", "hours_per_fte", "rotation_away", "rotation_max_share", "high_training_per_fte",
            "qualified_base", "qualified_hire_share", "qualify_cost", "source",
        ],
        optionalColumns: [
            "hours_per_fte", "high_training_per_fte", "qualified_base", "qualified_hire_share", "qualify_cost",
        ],
        fileIsOptional: false)

    static let leavers = ScenarioTableSchema(
        file: "teacher_leavers.csv", overrideName: nil, kind: .leavers,
        columns: ["group", "year", "leavers", "qualified_leavers", "source"],
        optionalColumns: ["qualified_leavers"], fileIsOptional: true)

    static let programmes = ScenarioTableSchema(
        file: "programmes.csv", overrideName: "programmes", kind: .programme,
        columns: [
            "id", "school", "group", "name_zh", "name_en", "levels", "class_size", "min_fill", "class_cost",
            "training_capacity", "training_cost", "tags", "high_training_capacity", "high_training_cost", "source",
        ],
        optionalColumns: ["min_fill", "tags", "high_training_capacity", "high_training_cost"], fileIsOptional: false)

    static let initialStudents = ScenarioTableSchema(
        file: "initial_students.csv", overrideName: nil, kind: .initialStudents,
        columns: ["programme", "level", "year_of_study", "students", "classes", "source"],
        optionalColumns: ["classes"], fileIsOptional: true)

    static let applicants = ScenarioTableSchema(
        file: "applicants.csv", overrideName: nil, kind: .applicants,
        columns: ["programme", "level", "year", "applicants", "source"],
        optionalColumns: [], fileIsOptional: true)

    static let curricula = ScenarioTableSchema(
        file: "curricula.csv", overrideName: nil, kind: .curriculum,
        columns: [
            "programme", "level", "module", "module_zh", "module_en", "group", "year_of_study", "hours", "source",
        ],
        optionalColumns: [], fileIsOptional: true)

    static let targets = ScenarioTableSchema(
        file: "targets.csv", overrideName: "targets", kind: .target,
        columns: [
            "id", "kind", "name_zh", "name_en", "school", "tags", "years", "value", "share", "ratio",
            "counts_intake", "weight", "high_scope", "new_scope", "level", "source",
        ],
        optionalColumns: [
            "school", "tags", "value", "share", "ratio", "counts_intake", "high_scope", "new_scope", "level",
        ],
        fileIsOptional: false)

    static let targetExternal = ScenarioTableSchema(
        file: "target_external.csv", overrideName: nil, kind: .targetExternal,
        columns: ["target", "year", "field", "value", "source"],
        optionalColumns: [], fileIsOptional: true)

    /// Every table, in the order they are read.
    static let all: [ScenarioTableSchema] = [
        schools, levels, teacherGroups, leavers, programmes, initialStudents, applicants, curricula, targets,
        targetExternal,
    ]

    /// The tables `overrides:` may name.
    static let overridable: [ScenarioTableSchema] = all.filter { $0.overrideName != nil }
}
