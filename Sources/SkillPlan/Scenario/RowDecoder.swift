/// Reads typed values out of a ``TableRow``, recording an issue (file, line, column,
/// the offending text and what to write instead) for each value it cannot read.
///
/// Each reader returns `nil` when the value is unusable; ``isValid`` then turns false
/// and the loader leaves the row out (the issue is already recorded).
struct RowDecoder {
    /// The row being read.
    let row: TableRow
    /// The issues found in this row.
    private(set) var issues: [ScenarioIssue] = []
    /// Whether every value read so far was usable.
    private(set) var isValid = true

    /// What a column holds, in English and in Chinese (`the years of study` / `学制年数`),
    /// for the fixes: `give …` / `填写…`.
    typealias Meaning = (en: String, zh: String)

    init(row: TableRow) {
        self.row = row
    }

    /// Records an issue at `column`'s place, worded in English and in Chinese.
    mutating func report(_ column: String, _ message: String, fix: String, zh: (message: String, fix: String)) {
        isValid = false
        guard row.cells[column] != nil || !row.missingColumns.contains(column) else { return }
        let location = row.location(of: column)
        issues.append(
            ScenarioIssue(file: location.file, line: location.line, field: column, message: message, fix: fix, zh: zh))
    }

    /// Records that `column` is empty but needed.
    private mutating func reportEmpty(_ column: String, meaning: Meaning) {
        report(column, "is empty", fix: "give \(meaning.en)", zh: ("为空", "填写\(meaning.zh)"))
    }

    /// The text of `column` (may be empty).
    func text(_ column: String) -> String {
        row.text(column)
    }

    /// The text of `column`, which must not be empty.
    mutating func requiredText(_ column: String, meaning: Meaning) -> String? {
        let value = row.text(column)
        if value.isEmpty {
            reportEmpty(column, meaning: meaning)
            return nil
        }
        return value
    }

    /// A number; `defaultValue` when empty, or an issue when there is none.
    mutating func number(_ column: String, meaning: Meaning, default defaultValue: Double? = nil) -> Double? {
        let value = row.text(column)
        if value.isEmpty {
            if let defaultValue { return defaultValue }
            reportEmpty(column, meaning: meaning)
            return nil
        }
        guard let number = ValueParsing.number(value) else {
            report(
                column, "is \"\(value)\", not a number",
                fix: "write \(meaning.en) as a plain number, e.g. 1200 or 0.5 (no thousands separators or units)",
                zh: ("为“\(value)”，不是数字", "把\(meaning.zh)写成普通数字，如 1200 或 0.5（不加千位分隔符或单位）"))
            return nil
        }
        return number
    }

    /// A number, or `nil` without an issue when the cell is empty.
    mutating func optionalNumber(_ column: String, meaning: Meaning) -> Double?? {
        if row.text(column).isEmpty { return .some(nil) }
        guard let number = number(column, meaning: meaning) else { return nil }
        return .some(number)
    }

    /// A whole number.
    mutating func integer(_ column: String, meaning: Meaning) -> Int? {
        let value = row.text(column)
        if value.isEmpty {
            reportEmpty(column, meaning: meaning)
            return nil
        }
        guard let integer = ValueParsing.integer(value) else {
            report(
                column, "is \"\(value)\", not a whole number", fix: "write \(meaning.en) as a whole number, e.g. 3",
                zh: ("为“\(value)”，不是整数", "把\(meaning.zh)写成整数，如 3"))
            return nil
        }
        return integer
    }

    /// `true` or `false`; `defaultValue` when empty.
    mutating func bool(_ column: String, default defaultValue: Bool) -> Bool? {
        let value = row.text(column)
        if value.isEmpty { return defaultValue }
        guard let bool = ValueParsing.bool(value) else {
            report(
                column, "is \"\(value)\", not true or false", fix: "write true or false",
                zh: ("为“\(value)”，不是 true 或 false", "填写 true 或 false"))
            return nil
        }
        return bool
    }

    /// A `;`-separated list (empty items dropped).
    func list(_ column: String) -> [String] {
        ValueParsing.list(row.text(column))
    }

    /// Years: `2025`, `2021-2025`, `2021;2022` or a mix, sorted, without repeats.
    mutating func years(_ column: String) -> [Int]? {
        let value = row.text(column)
        if value.isEmpty {
            report(
                column, "is empty", fix: "give the years, e.g. 2025, 2021-2025 or 2021;2022",
                zh: ("为空", "填写年份，如 2025、2021-2025 或 2021;2022"))
            return nil
        }
        switch ValueParsing.years(value) {
        case .success(let years):
            return years
        case .failure(let problem):
            report(column, problem.message, fix: problem.fix, zh: problem.zh)
            return nil
        }
    }
}
