import Foundation

/// Writes a ``PlanDiff`` in a format and a language: aligned text, Markdown, JSON with
/// sorted keys, or a self-contained HTML page. Each lists the scenarios compared, the
/// input changes under "Inputs that changed" (输入变化) when there are any, then each
/// section's changes largest first; with nothing changed, "No changes" (无变化).
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
}
