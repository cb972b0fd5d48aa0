import Foundation

/// Formatting shared by the scale benchmarks' tables.
enum ScaleReport {
    /// A table with a header, aligned (numbers right, text left), in Markdown.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        let widths = header.indices.map { c in ([header] + rows).map { $0.indices.contains(c) ? $0[c].count : 0 }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            "| " + header.indices.map { c in
                let cell = cells.indices.contains(c) ? cells[c] : ""
                return cell.padding(toLength: widths[c], withPad: " ", startingAt: 0)
            }.joined(separator: " | ") + " |"
        }
        let rule = "| " + widths.map { String(repeating: "-", count: max(3, $0)) }.joined(separator: " | ") + " |"
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    static func seconds(_ value: Double?) -> String { value.map { String(format: "%.1f s", $0) } ?? "–" }

    static func megabytes(_ bytes: Int?) -> String { bytes.map { String(format: "%.0f MB", Double($0) / 1_048_576) } ?? "–" }

    static func number(_ value: Double?) -> String { value.map { String(format: "%.6g", $0) } ?? "–" }

    static func percent(_ value: Double?) -> String { value.map { String(format: "%.2f%%", $0 * 100) } ?? "–" }

    static func ratio(_ value: Double?) -> String { value.map { String(format: "%.2f×", $0) } ?? "–" }

    /// The path of this executable's folder (where `skillplan` is built too).
    static var productsFolder: String {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent().path
    }
}
