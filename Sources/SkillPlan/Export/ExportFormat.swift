/// The formats a plan is exported in.
public enum ExportFormat: String, Sendable, Hashable, CaseIterable {
    /// One CSV file per table (RFC 4180, CRLF, UTF-8 with a byte-order mark).
    case csv
    /// All tables in one JSON file, `plan-tables.json`.
    case json
    /// One Markdown document, `plan.md`.
    case markdown
    /// One self-contained HTML page with charts, `plan.html`.
    case html
}
