/// The width of text in a monospaced terminal: CJK and other wide characters take two
/// columns, combining marks none, everything else one.
///
/// Kept here rather than taken from a package: none of the installed ones measures East
/// Asian width, and every aligned table of the program and the benchmarks needs it.
public enum TextWidth {
    /// The columns `text` takes.
    ///
    /// - Parameter text: the text.
    /// - Returns: its display width.
    public static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width($1) }
    }

    /// `text` padded with spaces to `width` columns, on the right (`leading: false`) or
    /// on the left.
    ///
    /// - Parameters:
    ///   - text: the text.
    ///   - width: the columns to fill.
    ///   - leading: whether the spaces go before the text (right-aligned).
    /// - Returns: the padded text.
    public static func pad(_ text: String, to width: Int, leading: Bool = false) -> String {
        let spaces = String(repeating: " ", count: max(0, width - of(text)))
        return leading ? spaces + text : text + spaces
    }

    /// The widest cell of each column, in display columns.
    ///
    /// - Parameter rows: rows of cells; a short row counts as empty cells.
    /// - Returns: one width per column of the longest row.
    public static func columnWidths(_ rows: [[String]]) -> [Int] {
        let columns = rows.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: columns)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], of(cell)) }
        }
        return widths
    }

    /// Rows as aligned lines: each column padded to its widest cell by display width
    /// (so Chinese labels line up), the cells of `rightAligned` columns on the right.
    ///
    /// - Parameters:
    ///   - rows: rows of cells, the header first if any; a short row is filled with
    ///     empty cells.
    ///   - rightAligned: the columns whose cells go to the right (numbers).
    ///   - separator: the text between two columns.
    /// - Returns: one line per row, without trailing spaces.
    /// - Complexity: O(n) in the total length of the cells.
    public static func align(_ rows: [[String]], rightAligned: Set<Int> = [], separator: String = "  ") -> [String] {
        let widths = columnWidths(rows)
        return rows.map { row in
            var line = widths.indices.map { column in
                pad(column < row.count ? row[column] : "", to: widths[column], leading: rightAligned.contains(column))
            }.joined(separator: separator)
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The width of one scalar.
    static func width(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark
            || v == 0x200B || (0xFE00...0xFE0F).contains(v)
        {
            return 0
        }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
            0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
        ]
        return wide.contains { $0.contains(v) } ? 2 : 1
    }

    /// Whether text holds a CJK character (Han, kana, Hangul, CJK punctuation or a
    /// full-width form).
    ///
    /// - Parameter text: the text.
    /// - Returns: whether any scalar is CJK.
    public static func containsCJK(_ text: String) -> Bool {
        let ranges: [ClosedRange<UInt32>] = [
            0x2E80...0x303F, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3,
            0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x3FFFD,
        ]
        return text.unicodeScalars.contains { s in ranges.contains { $0.contains(s.value) } }
    }
}
