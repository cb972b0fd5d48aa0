import ArgumentParser

/// The `--format` values of `skillplan lp solve`.
enum LPOutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// An aligned table for people.
    case text
    /// A JSON object with sorted keys for programs.
    case json
}
