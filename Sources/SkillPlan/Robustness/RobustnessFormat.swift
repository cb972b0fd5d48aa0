/// The formats a robustness study is written in.
public enum RobustnessFormat: String, Sendable, Hashable, CaseIterable {
    /// Aligned columns for a terminal, `robustness.txt`.
    case text
    /// Two CSV files, `robustness-targets.csv` and `robustness-cases.csv` (UTF-8 with a byte-order mark).
    case csv
    /// One Markdown document, `robustness.md`.
    case markdown
    /// One self-contained HTML page, `robustness.html`.
    case html
    /// JSON with sorted keys, `robustness.json`.
    case json
}
