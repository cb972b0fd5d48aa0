/// The languages of labels and reports.
///
/// Every report speaks one language throughout: its labels come from ``Terms`` or from
/// ``text(zh:en:)``, where the two translations are written side by side, and the names
/// of schools, programmes and targets from the plan's ``PlanCatalog`` in the same one.
public enum Language: String, Codable, Sendable, CaseIterable {
    /// Simplified Chinese.
    case zh
    /// English.
    case en

    /// The language of every command when neither `--lang` nor `SKILLPLAN_LANG` names
    /// one: English, the language of the program's error messages, so that nothing a
    /// command prints by default mixes the two.
    public static let standard = Language.en

    /// One of two translations of the same text: the Chinese one in ``zh``, the English
    /// one in ``en``.
    ///
    /// ```swift
    /// Language.zh.text(zh: "方案已写入 \(path)", en: "Plan written to \(path)")
    /// ```
    ///
    /// - Parameters:
    ///   - zh: the text in Chinese.
    ///   - en: the text in English.
    /// - Returns: the text in this language.
    public func text(zh: String, en: String) -> String {
        self == .zh ? zh : en
    }
}
