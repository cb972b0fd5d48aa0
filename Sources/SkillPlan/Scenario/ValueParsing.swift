import Foundation

/// How the data format writes numbers, booleans, lists and years
/// (docs/data-format.md), shared by the CSV tables and the scenario file.
enum ValueParsing {
    /// A problem with a value, phrased for an issue.
    struct Problem: Error, Sendable, Hashable {
        var message: String
        var fix: String
        var messageZh: String
        var fixZh: String

        /// The message and the fix in Chinese.
        var zh: (message: String, fix: String) { (messageZh, fixZh) }
    }

    /// A finite decimal number (`1200`, `-3`, `0.25`, `1e3`), or `nil`.
    static func number(_ text: String) -> Double? {
        let trimmed = text.trimmedWhitespace()
        guard !trimmed.isEmpty, !trimmed.contains(where: { $0 == "x" || $0 == "X" || $0 == "p" || $0 == "P" }),
            let value = Double(trimmed), value.isFinite
        else { return nil }
        return value
    }

    /// A whole number (`3`, `3.0`), or `nil`.
    static func integer(_ text: String) -> Int? {
        let trimmed = text.trimmedWhitespace()
        if let value = Int(trimmed) { return value }
        guard let value = number(trimmed), value.rounded() == value, abs(value) < 1e9 else { return nil }
        return Int(value)
    }

    /// `true`/`false` (also `yes`/`no`, any case), or `nil`.
    static func bool(_ text: String) -> Bool? {
        switch text.trimmedWhitespace().lowercased() {
        case "true", "yes": true
        case "false", "no": false
        default: nil
        }
    }

    /// A `;`-separated list, items trimmed, empty items dropped.
    static func list(_ text: String) -> [String] {
        text.split(separator: ";").map { $0.trimmedWhitespace() }.filter { !$0.isEmpty }
    }

    /// Years written `2025`, `2021-2025`, `2021;2022` or a mix: sorted, without repeats.
    static func years(_ text: String) -> Result<[Int], Problem> {
        var years = Set<Int>()
        let items = list(text)
        guard !items.isEmpty else {
            return .failure(
                Problem(
                    message: "is empty", fix: "give the years, e.g. 2025, 2021-2025 or 2021;2022", messageZh: "为空",
                    fixZh: "填写年份，如 2025、2021-2025 或 2021;2022"))
        }
        for item in items {
            let parts = item.split(separator: "-", omittingEmptySubsequences: false)
                .map { $0.trimmedWhitespace() }
            if parts.count == 1, let year = plausibleYear(parts[0]) {
                years.insert(year)
            } else if parts.count == 2, let first = plausibleYear(parts[0]), let last = plausibleYear(parts[1]) {
                guard first <= last else {
                    return .failure(
                        Problem(
                            message: "is \"\(text)\": the range \(item) runs backwards",
                            fix: "write the earlier year first, e.g. \(last)-\(first)",
                            messageZh: "为“\(text)”：范围 \(item) 前后颠倒", fixZh: "先写较早的年份，如 \(last)-\(first)"))
                }
                years.formUnion(first...last)
            } else {
                return .failure(
                    Problem(
                        message: "is \"\(text)\", not a year, a range or a list of years",
                        fix: "write 2025, 2021-2025 or 2021;2022",
                        messageZh: "为“\(text)”，不是年份、年份范围或年份列表", fixZh: "写作 2025、2021-2025 或 2021;2022"))
            }
        }
        return .success(years.sorted())
    }

    private static func plausibleYear(_ text: String) -> Int? {
        guard let year = Int(text), (1000...9999).contains(year) else { return nil }
        return year
    }
}
