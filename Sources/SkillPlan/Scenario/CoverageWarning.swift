/// One place where a scenario's year-by-year data stop short of its planning years
/// (``ScenarioCoverage``): the table concerned and what it means for the plan, in
/// English and in Chinese. A plan keeps its warnings (``Plan/warnings``), so that an
/// export read months later still says which years rest on missing data.
public struct CoverageWarning: Codable, Sendable, Hashable {
    /// The table the data are missing from, e.g. `applicants.csv`.
    public var table: String
    /// What is missing and what the plan does about it, in English.
    public var en: String
    /// The same in Chinese.
    public var zh: String

    /// Creates a warning.
    ///
    /// - Parameters:
    ///   - table: the table the data are missing from.
    ///   - en: the English text.
    ///   - zh: the Chinese text.
    public init(table: String, en: String, zh: String) {
        self.table = table
        self.en = en
        self.zh = zh
    }

    /// `table: text` in a language, as `validate` and `solve` print it.
    ///
    /// - Parameter language: the language of the text.
    /// - Returns: one line.
    public func line(_ language: Language = .en) -> String {
        "\(table)\(language == .zh ? "：" : ": ")\(language == .zh ? zh : en)"
    }
}
