import Foundation

/// Writes a ``PlanDiff`` or a ``PlanLineup`` in a format and a language: aligned text,
/// Markdown, JSON with sorted keys, or a self-contained HTML page. A diff leads with its
/// headline (要点: costs, targets, applicants turned away, teachers and seats per school),
/// then the inputs that changed (输入变化), the changes per school summed over the years,
/// then each section's changes largest first; with nothing changed, "No changes" (无变化).
/// A lineup is one table with a column per plan.
public struct PlanDiffRenderer: Sendable {
    /// The language of labels and names.
    public var language: Language

    /// A renderer in a language.
    ///
    /// - Parameter language: `.zh` (the default) or `.en`.
    public init(language: Language = .zh) {
        self.language = language
    }

    /// The diff as text in a format.
    ///
    /// - Parameters:
    ///   - diff: the diff.
    ///   - format: the format.
    /// - Returns: the text, ending with a newline.
    /// - Throws: `EncodingError` from the JSON encoder (not expected).
    public func render(_ diff: PlanDiff, as format: PlanDiffFormat) throws -> String {
        let rows = PlanDiffRows(diff, language: language)
        switch format {
        case .text: return PlanDiffText.render(rows)
        case .markdown: return PlanDiffMarkdown.render(rows)
        case .json: return String(decoding: try PlanDiffJSON.value(rows).encoded(), as: UTF8.self)
        case .html: return PlanDiffHTML.render(rows)
        }
    }

    /// Plans side by side as text in a format.
    ///
    /// - Parameters:
    ///   - lineup: the plans.
    ///   - format: the format.
    /// - Returns: the text, ending with a newline.
    /// - Throws: `EncodingError` from the JSON encoder (not expected).
    public func render(_ lineup: PlanLineup, as format: PlanDiffFormat) throws -> String {
        let rows = PlanLineupRows(lineup, language: language)
        switch format {
        case .text: return rows.text()
        case .markdown: return rows.markdown()
        case .json: return String(decoding: try rows.json().encoded(), as: UTF8.self)
        case .html: return rows.html()
        }
    }
}
