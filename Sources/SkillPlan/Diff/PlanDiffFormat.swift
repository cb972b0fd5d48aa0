/// The formats a plan diff is written in.
public enum PlanDiffFormat: String, Sendable, Hashable, CaseIterable {
    /// Aligned columns for a terminal (CJK characters count two columns).
    case text
    /// Markdown tables.
    case markdown
    /// JSON with sorted keys.
    case json
    /// One self-contained HTML page.
    case html
}
