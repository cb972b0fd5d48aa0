import Testing

@testable import SkillPlan

/// The one aligner of every text table: columns by display width, not by characters
/// or UTF-16 units.
@Suite("TextWidth: widths and aligned tables")
struct TextWidthTests {
    @Test("Han characters take two columns, combining marks none, Latin one")
    func widths() {
        #expect(TextWidth.of("基线方案") == 8)
        #expect(TextWidth.of("e\u{301}") == 1)
        #expect(TextWidth.of("x#3") == 3)
        #expect(TextWidth.columnWidths([["id", "基线"], ["1234"]]) == [4, 4])
    }

    @Test("Chinese cells line up with Latin ones; numbers go right")
    func chineseColumns() {
        let lines = TextWidth.align(
            [["id", "label", "cost"], ["1", "基线方案", "1,000"], ["22", "b", "5"]],
            rightAligned: [0, 2])
        #expect(
            lines == [
                "id  label      cost",
                " 1  基线方案  1,000",
                "22  b             5",
            ])
    }

    @Test("Short rows are filled, trailing spaces dropped, the separator kept")
    func shortRowsAndSeparator() {
        #expect(TextWidth.align([["a", "b"], ["long"]]) == ["a     b", "long"])
        #expect(TextWidth.align([["x", "yy"], ["zzz", "w"]], separator: " | ") == ["x   | yy", "zzz | w"])
        #expect(TextWidth.align([]) == [])
    }

    @Test("A long name is never cut (padding(toLength:) cut at the width)")
    func longNamesKept() {
        let name = String(repeating: "变量", count: 20)
        let lines = TextWidth.align([["variable", "value"], [name, "1"]], rightAligned: [1])
        #expect(lines[1] == name + "  " + String(repeating: " ", count: 4) + "1")
        #expect(lines[0] == "variable" + String(repeating: " ", count: 72) + "  value")
    }
}
