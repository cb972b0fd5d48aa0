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
        return TextWidth.align([header] + rows, rightAligned: [0, 4, 5])
    }

    /// Whole yuan with thousands separators: `1,234,567`.
    static func money(_ value: Double) -> String {
        NumberText.money(value)
    }
}
