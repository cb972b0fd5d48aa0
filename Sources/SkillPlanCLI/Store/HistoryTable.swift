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
    static func lines(_ versions: [PlanVersionSummary], language: Language = .standard) -> [String] {
        let terms = Terms(language)
        let header = language == .zh ? ["编号", "标签", "情景", "保存时间（UTC）", "费用（元）", "达成目标"] : Self.header
        let rows = versions.map { version in
            [
                String(version.id), version.label ?? "-", version.scenario, version.created,
                version.cost.map(money) ?? "-", terms.count(version.targetsMet, of: version.targetsTotal),
            ]
        }
        return TextWidth.align([header] + rows, rightAligned: [0, 4, 5])
    }

    /// Whole yuan with thousands separators: `1,234,567`.
    static func money(_ value: Double) -> String {
        NumberText.money(value)
    }
}
