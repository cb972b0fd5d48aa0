import Foundation
import Testing

@testable import SkillPlan

@Suite("Writing CSV (RFC 4180)")
struct CSVWriterTests {
    @Test("fields are quoted only where needed, quotes doubled, lines end in CRLF")
    func quoting() {
        #expect(CSVWriter.field("plain") == "plain")
        #expect(CSVWriter.field("a, b") == "\"a, b\"")
        #expect(CSVWriter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVWriter.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVWriter.field(" padded") == "\" padded\"")
        #expect(CSVWriter.field("兴宁") == "兴宁")
        #expect(CSVWriter.line(["a", "b,c", ""]) == "a,\"b,c\",\r\n")
        #expect(CSVWriter.line(["#x", "1"]) == "\"#x\",1\r\n")
    }

    @Test("the byte-order mark is written when asked for")
    func byteOrderMark() {
        let with = CSVWriter(byteOrderMark: true).data(header: ["id"], rows: [["兴"]])
        #expect(Array(with.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(with.dropFirst(3) == Data("id\r\n兴\r\n".utf8))
        #expect(CSVWriter().data(header: ["id"], rows: [["a"]]) == Data("id\r\na\r\n".utf8))
    }

    @Test("what the writer writes, the reader reads back unchanged")
    func roundTrip() throws {
        let header = ["id", "name", "note"]
        let rows = [["a", "兴宁, 梅州", "say \"hi\""], ["#b", "", "two\r\nlines"], ["", "", ""], ["c", " x ", "1"]]
        let data = CSVWriter(byteOrderMark: true).data(header: header, rows: rows)
        let table = try CSVTable(parsing: data, file: "t.csv")
        #expect(table.header == header)
        #expect(table.records.map(\.fields) == rows)
    }
}
