import Foundation
import Testing

@testable import SkillPlan

@Suite("Trimming a table's cells: Foundation's result, without Foundation for plain cells")
struct StringTrimmingTests {
    /// Plain cells, white space of every kind at either end (ASCII, no-break space,
    /// ideographic space, next line), Chinese text, empty and blank cells.
    static let cells = [
        "", " ", "\t", "\r\n", "1200", " 1200", "1200 ", "\t0.5\t", "xn-tech", "a b", "a\n", "\na", "\u{0B}x\u{0C}",
        "\u{A0}4435", "4435\u{A0}", "\u{3000}兴宁\u{3000}", "兴宁技师学院", "技师 ", " 技师", "\u{85}x", "x\u{85}",
        "e\u{301}", " e\u{301} ", "\u{1F}x",
    ]

    @Test("trimmedWhitespace() equals trimmingCharacters(in: .whitespaces) on every kind of cell")
    func whitespace() {
        for cell in Self.cells {
            #expect(cell.trimmedWhitespace() == cell.trimmingCharacters(in: .whitespaces), "\(cell.debugDescription)")
            let part = Substring(cell)
            #expect(part.trimmedWhitespace() == part.trimmingCharacters(in: .whitespaces), "\(cell.debugDescription)")
        }
    }

    @Test("trimmedWhitespaceAndNewlines() equals trimmingCharacters(in: .whitespacesAndNewlines)")
    func whitespaceAndNewlines() {
        for cell in Self.cells {
            #expect(
                cell.trimmedWhitespaceAndNewlines() == cell.trimmingCharacters(in: .whitespacesAndNewlines),
                "\(cell.debugDescription)")
        }
        #expect("\r\n 1200\t".trimmedWhitespaceAndNewlines() == "1200")
        #expect("\u{3000}兴宁\u{3000}".trimmedWhitespace() == "兴宁")
    }
}
