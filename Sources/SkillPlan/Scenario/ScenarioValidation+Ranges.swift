import Foundation

/// The range checks every table uses: each reports `is <value>, must be <range>`
/// (`为 <value>，须…` in Chinese).
extension ScenarioValidation {
    /// A fix in English and in Chinese.
    typealias Fix = (en: String, zh: String)

    /// A quantity or cost that must be 0 or more.
    mutating func checkNotNegative(
        _ value: Double, _ kind: ScenarioEntityKind, _ key: String, occurrence: Int = 0,
        field: String, fix: Fix
    ) {
        guard !(value >= 0) else { return checkMaximum(value, kind, key, occurrence: occurrence, field: field) }
        let text = Self.format(value)
        report(
            kind, key, occurrence: occurrence, field: field, "is \(text), must be ≥ 0", fix: fix.en,
            zh: ("为 \(text)，须 ≥ 0", fix.zh))
    }

    /// A quantity no larger than its field allows (``InputLimits/maximum(field:)``).
    mutating func checkMaximum(
        _ value: Double, _ kind: ScenarioEntityKind, _ key: String, occurrence: Int = 0, field: String
    ) {
        let maximum = InputLimits.maximum(field: field)
        guard value > maximum else { return }
        let unit = maximum == InputLimits.yuan ? " yuan" : ""
        let unitZh = maximum == InputLimits.yuan ? " 元" : ""
        report(
            kind, key, occurrence: occurrence, field: field,
            "is \(Self.format(value)), must be at most \(NumberText.money(maximum))\(unit)",
            fix: "check the digits: a value this large is a typing mistake, and GLPK's arithmetic cannot plan with it",
            zh: (
                "为 \(Self.format(value))，不得超过 \(NumberText.money(maximum))\(unitZh)",
                InputLimits.tooLargeFixZh
            ))
    }

    /// A rate or size that must be more than 0.
    mutating func checkPositive(
        _ value: Double, _ kind: ScenarioEntityKind, _ key: String, occurrence: Int = 0,
        field: String, fix: Fix
    ) {
        guard !(value > 0) else { return checkMaximum(value, kind, key, occurrence: occurrence, field: field) }
        let text = Self.format(value)
        report(
            kind, key, occurrence: occurrence, field: field, "is \(text), must be > 0", fix: fix.en,
            zh: ("为 \(text)，须 > 0", fix.zh))
    }

    /// A share in [0, 1].
    mutating func checkShare(
        _ value: Double, _ kind: ScenarioEntityKind, _ key: String, occurrence: Int = 0,
        field: String, fix: Fix
    ) {
        guard !(value >= 0 && value <= 1) else { return }
        let text = Self.format(value)
        report(
            kind, key, occurrence: occurrence, field: field, "is \(text), must be between 0 and 1", fix: fix.en,
            zh: ("为 \(text)，须在 0 到 1 之间", fix.zh))
    }

    /// A share in (0, 1].
    mutating func checkPositiveShare(
        _ value: Double, _ kind: ScenarioEntityKind, _ key: String, occurrence: Int = 0,
        field: String, fix: Fix
    ) {
        guard !(value > 0 && value <= 1) else { return }
        let text = Self.format(value)
        report(
            kind, key, occurrence: occurrence, field: field,
            "is \(text), must be more than 0 and at most 1", fix: fix.en, zh: ("为 \(text)，须大于 0 且不超过 1", fix.zh))
    }

    /// One numeric field of a row and the range it must be in: a row's range checks are
    /// a list of these, run by ``checkFields(_:_:_:_:occurrence:)``.
    struct FieldRange<Row> {
        /// The ranges a field can have (each the check of the same name above).
        enum Range {
            /// 0 or more (``checkNotNegative(_:_:_:occurrence:field:fix:)``).
            case notNegative
            /// More than 0 (``checkPositive(_:_:_:occurrence:field:fix:)``).
            case positive
            /// In [0, 1] (``checkShare(_:_:_:occurrence:field:fix:)``).
            case share
            /// In (0, 1] (``checkPositiveShare(_:_:_:occurrence:field:fix:)``).
            case positiveShare
        }

        /// The column.
        var field: String
        /// Its range.
        var range: Range
        /// Its value in a row; `nil` when the row leaves it empty (not checked).
        var value: (Row) -> Double?
        /// What to do when it is out of range, in English and in Chinese.
        var fix: Fix

        /// A field every row gives.
        init(_ field: String, _ range: Range, _ value: KeyPath<Row, Double>, fix: String, zh: String) {
            self.init(field, range, { $0[keyPath: value] }, fix: fix, zh: zh)
        }

        /// A field a row may leave empty.
        init(_ field: String, _ range: Range, _ value: @escaping (Row) -> Double?, fix: String, zh: String) {
            self.field = field
            self.range = range
            self.value = value
            self.fix = (fix, zh)
        }
    }

    /// Checks each field of a row against its range, in the order given.
    mutating func checkFields<Row>(
        _ row: Row, _ fields: [FieldRange<Row>], _ kind: ScenarioEntityKind, _ key: String, occurrence n: Int
    ) {
        for field in fields {
            guard let value = field.value(row) else { continue }
            switch field.range {
            case .notNegative: checkNotNegative(value, kind, key, occurrence: n, field: field.field, fix: field.fix)
            case .positive: checkPositive(value, kind, key, occurrence: n, field: field.field, fix: field.fix)
            case .share: checkShare(value, kind, key, occurrence: n, field: field.field, fix: field.fix)
            case .positiveShare:
                checkPositiveShare(value, kind, key, occurrence: n, field: field.field, fix: field.fix)
            }
        }
    }

    /// What a row's column names that another table holds: a school, a teacher group, a
    /// programme or a level.
    enum Reference {
        case school, teacherGroup, programme, level

        /// `school`, `teacher group`, ….
        var noun: String {
            switch self {
            case .school: "school"
            case .teacherGroup: "teacher group"
            case .programme: "programme"
            case .level: "level"
            }
        }

        /// `学校`, `教研组`, … (the exports' terms).
        var nounZh: String {
            switch self {
            case .school: Terms.pair(.school).zh
            case .teacherGroup: Terms.pair(.group).zh
            case .programme: Terms.pair(.programme).zh
            case .level: Terms.pair(.level).zh
            }
        }

        /// The table that holds it.
        var file: String {
            switch self {
            case .school: "schools.csv"
            case .teacherGroup: "teacher_groups.csv"
            case .programme: "programmes.csv"
            case .level: "levels.csv"
            }
        }

        /// How the fix names it: `add the group there`.
        var short: String { self == .teacherGroup ? "group" : noun }
    }

    /// Reports a row's column that names no row of the table it refers to (`is "x", not a
    /// school id — fix: use an id from schools.csv, or add the school there`).
    ///
    /// - Parameter known: whether the id is in that table.
    mutating func checkReference(
        _ id: String, known: Bool, to reference: Reference, _ kind: ScenarioEntityKind, _ key: String,
        occurrence n: Int, field: String
    ) {
        guard !known else { return }
        report(
            kind, key, occurrence: n, field: field, "is \"\(id)\", not a \(reference.noun) id",
            fix: "use an id from \(reference.file), or add the \(reference.short) there",
            zh: (
                "为“\(id)”，不是\(reference.nounZh)编号",
                "使用 \(reference.file) 中的编号，或在该表中添加这个\(reference.nounZh)"
            ))
    }

    /// A year that must be a planning year.
    mutating func checkPlanningYear(
        _ year: Int, _ kind: ScenarioEntityKind, _ key: String, occurrence: Int = 0,
        field: String
    ) {
        guard !isPlanningYear(year) else { return }
        report(
            kind, key, occurrence: occurrence, field: field, "is \(year), outside the planning years \(horizon)",
            fix: "give a year from \(horizonInWords), or change years: in the scenario file",
            zh: ("为 \(year)，不在规划年份 \(horizonZh) 内", "填写\(horizonInWordsZh)中的年份，或修改情景文件中的 years:"))
    }

    /// Where the numbers come from must be said.
    mutating func checkSource(_ source: String, _ kind: ScenarioEntityKind, _ key: String, occurrence: Int = 0) {
        guard source.trimmedWhitespace().isEmpty else { return }
        report(
            kind, key, occurrence: occurrence, field: "source", "is empty",
            fix:
                "say where the numbers come from: workplan <clause>, standard <document>, report: <who, year, what>, or assumption: <why>",
            zh: (
                "为空",
                "注明数字的来源：workplan <条款>、standard <文件>、report: <发布单位、年份、内容>，或 assumption: <假设的理由>"
            ))
    }
}
