import ArgumentParser
import Foundation
import SkillPlan

/// `--lang`, the same on every command that prints words: the language of its labels and
/// of the names it shows. Without it, `SKILLPLAN_LANG`; without that, English
/// (``Language/standard``), for every command alike.
struct LanguageOptions: ParsableArguments {
    /// The environment variable naming the language when `--lang` is not given.
    static let variable = "SKILLPLAN_LANG"

    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(
            "Language of labels and names: zh (Chinese) or en (English). Default: $SKILLPLAN_LANG, else en.",
            valueName: "zh|en"))
    var lang: Language?

    /// The language the command speaks.
    var language: Language {
        lang ?? Self.fromEnvironment() ?? .standard
    }

    func validate() throws {
        guard lang == nil, let raw = Self.rawEnvironmentValue(), Language(rawValue: raw) == nil else { return }
        throw ValidationError(
            "\(Self.variable)=\(raw) is not a language: set it to zh or en (or unset it for English), or give --lang")
    }

    /// `SKILLPLAN_LANG` when it names a language.
    static func fromEnvironment() -> Language? {
        rawEnvironmentValue().flatMap(Language.init(rawValue:))
    }

    /// `SKILLPLAN_LANG`, lower-cased and trimmed; `nil` when unset or empty.
    private static func rawEnvironmentValue() -> String? {
        guard
            let value = ProcessInfo.processInfo.environment[variable]?.trimmingCharacters(in: .whitespaces)
                .lowercased(),
            !value.isEmpty
        else { return nil }
        return value
    }
}

extension Language: ExpressibleByArgument {}
