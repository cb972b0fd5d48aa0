import Foundation

/// One varied field of a sweep: a number column of one row (or of every row, `*`) of a
/// scenario table, and the values it takes, written `TABLE.ID.COLUMN=A...B[:STEP]` as the
/// scenario files' `overrides:` name a cell (e.g. `teacher_groups.*.max_hire=0...6:2`).
public struct SweepAxis: Sendable, Hashable {
    /// The table, e.g. `teacher_groups`.
    public var table: String
    /// The row's id, or `*` for every row.
    public var id: String
    /// The column, e.g. `max_hire`.
    public var column: String
    /// The values, in increasing order.
    public var values: [Double]

    /// `table.id.column`.
    public var field: String { "\(table).\(id).\(column)" }

    /// The number columns a sweep can vary, by table.
    public static let numberColumns: [(table: String, file: String, columns: [String])] = [
        ("schools", "schools.csv", ["capacity", "max_expand", "expand_cost"]),
        ("levels", "levels.csv", ["duration", "retention", "stay_share"]),
        (
            "teacher_groups", "teacher_groups.csv",
            [
                "headcount", "max_hire", "hire_cost", "students_per_fte", "training_per_fte",
                "hours_per_fte", "rotation_away", "rotation_max_share", "high_training_per_fte",
                "qualified_base", "qualified_hire_share", "qualify_cost",
            ]
        ),
        (
            "programmes", "programmes.csv",
            [
                "class_size", "min_fill", "class_cost", "training_capacity", "training_cost",
                "high_training_capacity", "high_training_cost",
            ]
        ),
        ("targets", "targets.csv", ["value", "share", "ratio", "weight"]),
    ]

    /// The most values one field may take.
    public static let maximumValues = 10_000

    /// An axis.
    public init(table: String, id: String, column: String, values: [Double]) {
        self.table = table
        self.id = id
        self.column = column
        self.values = values
    }

    /// Reads `TABLE.ID.COLUMN=A...B[:STEP]` (or `=A` for one value). `B` is included when
    /// the steps land on it; the step is 1 when not given.
    ///
    /// - Parameter text: the `--vary` argument.
    /// - Returns: the axis.
    /// - Throws: ``SweepError`` saying what is wrong and how to write it.
    public static func parse(_ text: String) throws -> SweepAxis {
        let quoted = "--vary \"\(text)\""
        guard let equals = text.firstIndex(of: "=") else {
            throw SweepError("\(quoted): write FIELD=A...B or FIELD=A...B:STEP, e.g. teacher_groups.*.max_hire=0...6:2")
        }
        let field = String(text[..<equals]).trimmingCharacters(in: .whitespaces)
        let range = String(text[text.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
        let parts = field.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty }) else {
            throw SweepError(
                "\(quoted): the field \"\(field)\" must be TABLE.ID.COLUMN (ID may be *), e.g. targets.workplan-annual-training.value"
            )
        }
        let (table, id, column) = (parts[0], parts[1], parts[2])
        guard let entry = numberColumns.first(where: { $0.table == table }) else {
            throw SweepError(
                "\(quoted): \"\(table)\" is not a table a sweep can vary; use one of: \(numberColumns.map(\.table).joined(separator: ", "))"
            )
        }
        guard entry.columns.contains(column) else {
            throw SweepError(
                "\(quoted): \"\(column)\" is not a number column of \(entry.file); use one of: \(entry.columns.joined(separator: ", "))"
            )
        }
        return SweepAxis(table: table, id: id, column: column, values: try values(range, quoted: quoted))
    }

    private static func values(_ range: String, quoted: String) throws -> [Double] {
        let malformed = SweepError(
            "\(quoted): \"\(range)\" is not a range of numbers; write A...B or A...B:STEP, e.g. 0...6:2")
        if let single = number(range) { return [single] }
        let pieces = range.components(separatedBy: "...")
        guard pieces.count == 2, let low = number(pieces[0]) else { throw malformed }
        let tail = pieces[1].split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard let high = number(tail[0]) else { throw malformed }
        var step = 1.0
        if tail.count == 2 {
            guard let given = number(tail[1]) else { throw malformed }
            step = given
        }
        guard step > 0 else {
            throw SweepError("\(quoted): the step is \(ScenarioWriter.number(step)); give a step greater than 0")
        }
        guard low <= high else {
            throw SweepError(
                "\(quoted): the range runs backwards (\(ScenarioWriter.number(low)) > \(ScenarioWriter.number(high))); write the smaller number first"
            )
        }
        let steps = ((high - low) / step + 1e-9).rounded(.down)
        guard steps < Double(maximumValues) else {
            throw SweepError("\(quoted): the range has more than \(maximumValues) values; give a larger step")
        }
        return (0...Int(steps)).map { n in
            let value = low + Double(n) * step
            return (value * 1e9).rounded() / 1e9
        }
    }

    private static func number(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, let value = Double(trimmed), value.isFinite else { return nil }
        return value
    }
}
