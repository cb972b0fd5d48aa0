import SkillPlan

/// The text of `skillplan history`: one aligned row per version.
enum HistoryTable {
    /// The column titles.
    static let header = ["id", "label", "scenario", "created (UTC)", "cost (yuan)", "targets met"]

    /// The table's lines, each without a line end.
    ///
    /// - Parameter versions: the versions, oldest first.
    /// - Returns: the header and one line per version, columns padded to their widest
    ///   cell, numbers right-aligned.
    static func lines(_ versions: [PlanVersionSummary]) -> [String] {
        let rows = versions.map { version in
            [String(version.id), version.label ?? "-", version.scenario, version.created,
             version.cost.map(money) ?? "-", "\(version.targetsMet) of \(version.targetsTotal)"]
        }
        let rightAligned: Set<Int> = [0, 4, 5]
        return aligned([header] + rows, rightAligned: rightAligned)
    }

    /// Rows padded to the widest cell of each column.
    static func aligned(_ rows: [[String]], rightAligned: Set<Int>) -> [String] {
        guard let columns = rows.first?.count else { return [] }
        let widths = (0..<columns).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return rightAligned.contains(column) ? pad + cell : cell + pad
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
    }

    /// Whole yuan with thousands separators: `1,234,567`.
    static func money(_ value: Double) -> String {
        NumberText.money(value)
    }
}

extension String {
    /// The string without spaces at its end.
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
