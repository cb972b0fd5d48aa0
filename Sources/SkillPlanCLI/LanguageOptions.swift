import ArgumentParser
import Foundation
import SkillPlan

/// `--lang`, the same on every command that prints words: the language of its labels and
/// of the names it shows. Without it, `SKILLPLAN_LANG`; without that, English
/// (``Language/standard``), for every command alike.
struct LanguageOptions: ParsableArguments {
    /// The environment variable naming the language when `--lang` is not given.
    static let variable = OptionVariable("SKILLPLAN_LANG")

    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(
            "Language of labels and names: zh (Chinese) or en (English). Default: $SKILLPLAN_LANG, else en.",
            valueName: "zh|en"))
    var lang: Language?

    /// The language the command speaks.
    var language: Language {
        Self.variable.resolve(lang, parse: Self.language(named:), otherwise: .standard)
    }

    func validate() throws {
        guard lang == nil, let raw = Self.variable.value, Self.language(named: raw) == nil,
            !raw.trimmingCharacters(in: .whitespaces).isEmpty
        else { return }
        throw ValidationError(
            "\(Self.variable.name)=\(raw.trimmingCharacters(in: .whitespaces).lowercased()) is not a language: set it to zh or en (or unset it for English), or give --lang"
        )
    }

    /// The language a variable's value names, spaces and case aside (` ZH` is zh).
    private static func language(named value: String) -> Language? {
        Language(rawValue: value.trimmingCharacters(in: .whitespaces).lowercased())
    }
}

extension Language: ExpressibleByArgument {}
