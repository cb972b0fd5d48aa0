/// The formats a monitoring report (`skillplan monitor`) is written in.
public enum MonitorFormat: String, Sendable, Hashable, CaseIterable {
    /// Aligned columns for a terminal.
    case text
    /// Three CSV files: `monitor-targets.csv`, `monitor-remaining.csv`, `monitor-figures.csv`
    /// (UTF-8 with a byte-order mark, for Excel and WPS).
    case csv
    /// JSON with sorted keys, `monitor.json`.
    case json
    /// One Markdown document, `monitor.md`.
    case markdown
}
