/// The inline style sheet of the HTML exports: readable on screen, A4 in print, colours
/// kept when printed, no web fonts (the reader's CJK fonts, Noto or Source Han first).
enum HTMLStyle {
    /// The colour of a met target.
    static let met = "#2e7d32"
    /// The colour of a short target.
    static let short = "#c62828"
    /// FTE available.
    static let available = "#1f6fb2"
    /// FTE needed.
    static let needed = "#e8871e"
    /// Teachers on rotation.
    static let rotation = "#8e5ab5"
    /// Ink of text and axes.
    static let ink = "#1f2328"
    /// Muted text and grid lines.
    static let muted = "#6e7781"
    /// Grid lines.
    static let grid = "#d8dee4"

    /// Tables whose numeric columns run from column K (1-based, K < this) to the end
    /// carry the class `nfK` instead of `num` on each of those cells (``HTMLTable``).
    static let numericFromColumns = 24

    /// The rule that right-aligns the cells of those columns, as `td.num` is.
    static let numericColumnsRule =
        (1..<numericFromColumns).map { "table.data.nf\($0) td:nth-child(n+\($0))" }.joined(separator: ",\n")
        + " { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; min-width: 0; }"

    /// The CSS.
    static let css = """
        :root { --ink: \(ink); --muted: \(muted); --rule: #d0d7de; --head: #f0f3f6; --met: \(met); --short: \(short); }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0 auto; max-width: 1120px; padding: 24px 32px 32px; color: var(--ink); font-size: 14px; line-height: 1.45;
          font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Helvetica Neue", Arial, sans-serif; }
        h1 { font-size: 22px; margin: 0 0 4px; }
        h2 { font-size: 18px; margin: 28px 0 10px; padding-bottom: 3px; border-bottom: 2px solid var(--ink); }
        h3 { font-size: 15px; margin: 18px 0 6px; }
        .question { color: var(--muted); margin: 0 0 8px; }
        .note { color: var(--muted); margin: 0 0 8px; }
        table.data { border-collapse: collapse; width: 100%; margin: 4px 0 14px; font-size: 12px; }
        table.data th, table.data td { border: 1px solid var(--rule); padding: 2px 6px; vertical-align: top; }
        table.data th { background: var(--head); font-weight: 600; text-align: left; }
        table.data .num { text-align: right; font-variant-numeric: tabular-nums; }
        table.data td.num { white-space: nowrap; }
        table.data td:not(.num) { min-width: 4em; }
        table.data td:first-child:not(.num) { min-width: 9em; }
        table.data td:empty { min-width: 0; }
        \(numericColumnsRule)
        table.data td.met { color: var(--met); font-weight: 600; white-space: nowrap; }
        table.data td.short { color: var(--short); font-weight: 600; white-space: nowrap; }
        table.data.narrow { width: auto; min-width: 50%; }
        table.data.narrow td:first-child { white-space: nowrap; }
        div.wide { overflow-x: auto; }
        table.data.prices td { white-space: nowrap; }
        table.data.prices td:first-child { white-space: normal; min-width: 30em; }
        table.data.prices th { min-width: 4.5em; }
        figure.chart { margin: 6px 0 14px; break-inside: avoid; }
        figure.chart figcaption { font-weight: 600; font-size: 13px; margin-bottom: 4px; }
        figure.chart svg { display: block; max-width: 100%; height: auto; }
        svg text { font-family: inherit; }
        footer { margin-top: 28px; padding-top: 6px; border-top: 1px solid var(--rule); color: var(--muted); font-size: 11px; }
        @page { size: A4; margin: 12mm 10mm 14mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; }
          table.data { font-size: 7.5pt; }
          table.data th, table.data td { padding: 1px 3px; }
          h2, h3, figcaption { break-after: avoid; }
          section.school { break-before: page; }
          thead { display: table-header-group; }
          tr { break-inside: avoid; }
        }
        """
}
