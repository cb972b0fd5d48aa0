/// A plan diff as Markdown: a title, the two plans, the headline table, the inputs that
/// changed as a list, the target prices before and after (when both plans carry them), the changes per school summed over the years, then each section
/// as a heading with a table.
enum PlanDiffMarkdown {
    /// The Markdown, ending with a newline.
    static func render(_ rows: PlanDiffRows) -> String {
        let terms = rows.terms
        var parts = [
            "# " + MarkdownTable.cell(rows.title) + "\n",
            rows.sides.map { "- " + MarkdownTable.cell($0) }.joined(separator: "\n") + "\n",
        ]
        if rows.diff.isEmpty {
            // The same decisions can still carry other prices (another relaxation).
            parts.append(terms[.noChanges] + (terms.language == .zh ? "。" : ".") + "\n")
            if let prices = prices(rows) { parts.append(prices) }
            return parts.joined(separator: "\n")
        }
        parts.append(
            "## " + terms[.headline] + "\n\n"
                + MarkdownTable.render(
                    header: rows.headlineHeader, numeric: rows.headlineNumeric, rows: rows.headlineRows.map(\.cells)))
        if !rows.inputLines.isEmpty {
            parts.append(
                "## " + terms[.inputsChanged] + terms.parenthesised(terms.changeCount(rows.inputLines.count)) + "\n\n"
                    + rows.inputLines.map { "- " + MarkdownTable.cell($0) }.joined(separator: "\n") + "\n")
        }
        if let prices = prices(rows) { parts.append(prices) }
        if !rows.diff.schoolTotals.isEmpty {
            var heading = "## " + rows.schoolTotalsTitle
            if rows.schoolTotalsUnlisted > 0 {
                heading += terms.parenthesised(
                    terms.unlisted(rows.schoolTotalsUnlisted, threshold: rows.diff.threshold))
            }
            parts.append(heading + "\n")
            for school in rows.schoolTotals where !school.section.rows.isEmpty {
                parts.append(
                    "### " + MarkdownTable.cell(school.name) + "\n\n"
                        + MarkdownTable.render(
                            header: school.section.header, numeric: school.section.numeric, rows: school.section.rows))
            }
        }
        for section in rows.sections {
            var part = "## " + section.title + section.countText(terms, threshold: rows.diff.threshold) + "\n"
            if !section.rows.isEmpty {
                part +=
                    "\n" + MarkdownTable.render(header: section.header, numeric: section.numeric, rows: section.rows)
            }
            parts.append(part)
        }
        return parts.joined(separator: "\n")
    }

    /// The target prices before and after, when both plans carry them.
    static func prices(_ rows: PlanDiffRows) -> String? {
        guard let note = rows.priceNote else { return nil }
        return "## " + rows.terms[.targetPrices] + "\n\n" + MarkdownTable.cell(note) + "\n\n"
            + MarkdownTable.render(header: rows.priceHeader, numeric: rows.priceNumeric, rows: rows.priceCells)
    }
}
