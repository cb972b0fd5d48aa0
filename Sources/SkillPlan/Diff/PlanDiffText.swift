/// A plan diff as aligned text for a terminal: a title, the two plans, the headline
/// (costs, targets, applicants turned away, teachers and seats per school), the inputs
/// that changed (one line each), each target's price before and after (when both plans
/// carry target prices), the changes per school summed over the years, then each
/// section of detail; columns two spaces apart (numbers right-aligned, CJK characters
/// counted as two columns, no trailing spaces).
enum PlanDiffText {
    /// The text.
    static func render(_ rows: PlanDiffRows) -> String {
        let terms = rows.terms
        var lines = [rows.title] + rows.sides
        if rows.diff.isEmpty {
            // The same decisions can still carry other prices (another relaxation).
            lines += ["", terms[.noChanges] + (terms.language == .zh ? "。" : ".")] + priceLines(rows)
            return lines.joined(separator: "\n") + "\n"
        }
        lines += ["", terms[.headline]]
        lines += table(
            header: rows.headlineHeader, numeric: rows.headlineNumeric,
            rows: rows.headlineRows.map(\.cells).map(cutItem))
        if !rows.inputLines.isEmpty {
            lines += ["", terms[.inputsChanged] + terms.parenthesised(terms.changeCount(rows.inputLines.count))]
            lines += rows.inputLines.map { "  " + $0 }
        }
        lines += priceLines(rows)
        let schools = rows.schoolTotals
        if !rows.diff.schoolTotals.isEmpty {
            var heading = rows.schoolTotalsTitle
            if rows.schoolTotalsUnlisted > 0 {
                heading += terms.parenthesised(
                    terms.unlisted(rows.schoolTotalsUnlisted, threshold: rows.diff.threshold))
            }
            lines += ["", heading]
            for school in schools where !school.section.rows.isEmpty {
                lines += ["  " + school.name]
                lines += table(
                    header: school.section.header, numeric: school.section.numeric,
                    rows: school.section.rows.map(cutItem)
                )
                .map { "  " + $0 }
            }
        }
        for section in rows.sections {
            lines += ["", section.title + section.countText(terms, threshold: rows.diff.threshold)]
            if !section.rows.isEmpty {
                lines += table(header: section.header, numeric: section.numeric, rows: section.rows.map(cutItem))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The widest an item (the second column) is shown on a terminal, in columns: longer
    /// names are cut with "…" (the other formats keep them whole).
    static let itemWidth = 60

    /// A row with its item cut to ``itemWidth``.
    static func cutItem(_ row: [String]) -> [String] {
        guard row.count > 1 else { return row }
        var row = row
        row[1] = PlanDiffRows.cut(row[1], to: itemWidth)
        return row
    }

    /// The target prices before and after, when both plans carry them (else none).
    static func priceLines(_ rows: PlanDiffRows) -> [String] {
        guard let note = rows.priceNote else { return [] }
        return ["", rows.terms[.targetPrices], "  " + note]
            + table(header: rows.priceHeader, numeric: rows.priceNumeric, rows: rows.priceCells.map(cutItem0))
    }

    /// A row with its first cell (a target's name) cut to ``itemWidth``.
    static func cutItem0(_ row: [String]) -> [String] {
        guard !row.isEmpty else { return row }
        var row = row
        row[0] = PlanDiffRows.cut(row[0], to: itemWidth)
        return row
    }

    /// Aligned lines, indented two spaces.
    static func table(header: [String], numeric: [Bool], rows: [[String]]) -> [String] {
        let rightAligned = Set(numeric.indices.filter { numeric[$0] })
        return TextWidth.align([header] + rows, rightAligned: rightAligned).map { "  " + $0 }
    }
}
