import Foundation
import SkillPlan

/// Formatting shared by the scale benchmarks' tables.
enum ScaleReport {
    /// A table with a header, aligned (numbers right, text left), in Markdown.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        // An empty last column closes each line with " |" once trailing spaces are trimmed.
        let cells = ([header] + rows).map { row in (0..<header.count).map { $0 < row.count ? row[$0] : "" } + [""] }
        let rule = TextWidth.columnWidths(cells).dropLast().map { String(repeating: "-", count: max(3, $0)) } + [""]
        let lines = TextWidth.align([cells[0], rule] + cells.dropFirst(), separator: " | ").map { "| " + $0 }
        return lines.joined(separator: "\n") + "\n"
    }

    static func seconds(_ value: Double?) -> String { value.map { String(format: "%.1f s", $0) } ?? "–" }

    static func megabytes(_ bytes: Int?) -> String {
        bytes.map { String(format: "%.0f MB", Double($0) / 1_048_576) } ?? "–"
    }

    static func number(_ value: Double?) -> String { value.map { String(format: "%.6g", $0) } ?? "–" }

    static func percent(_ value: Double?) -> String { value.map { String(format: "%.2f%%", $0 * 100) } ?? "–" }

    static func ratio(_ value: Double?) -> String { value.map { String(format: "%.2f×", $0) } ?? "–" }

    /// The path of this executable's folder (where `skillplan` is built too).
    static var productsFolder: String {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent().path
    }
}
