import Foundation
import Testing

@testable import SkillPlan

@Suite("Reading CSV (RFC 4180)")
struct CSVTableTests {
    private func table(_ text: String) throws -> CSVTable {
        try CSVTable(parsing: Data(text.utf8), file: "t.csv")
    }

    private func issues(_ bytes: Data) -> [String] {
        CSVTable.read(bytes, file: "t.csv").issues.map(\.description)
    }

    @Test("quoted fields with commas, doubled quotes and line breaks; line numbers of records")
    func quoting() throws {
        let csv = try table("id,note,n\na,\"x, y\",1\nb,\"say \"\"hi\"\"\",2\nc,\"two\nlines\",3\nd,,4\n")
        #expect(csv.header == ["id", "note", "n"])
        #expect(
            csv.records.map(\.fields) == [
                ["a", "x, y", "1"], ["b", "say \"hi\"", "2"], ["c", "two\nlines", "3"], ["d", "", "4"],
            ])
        #expect(csv.records.map(\.line) == [2, 3, 4, 6])
    }

    @Test("UTF-16 text and NUL bytes: one issue for the file, not raw NULs line after line")
    func utf16() throws {
        let text = "id,name\na,兴宁\nb,梅州\n"
        let little = Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!
        #expect(
            issues(little) == [
                "t.csv:1: is UTF-16 text, not UTF-8 — fix: save the file as UTF-8 (in Excel: Save As → CSV UTF-8; in WPS: choose UTF-8 encoding)"
            ])
        let big = Data([0xFE, 0xFF]) + text.data(using: .utf16BigEndian)!
        #expect(issues(big).count == 1)
        let nul = Data("id,name\na,x\nb,\0y\n".utf8)
        #expect(
            issues(nul) == [
                "t.csv:3: holds a NUL byte, so it is not text (UTF-16 or a binary file?) — fix: save the file as UTF-8 (in Excel: Save As → CSV UTF-8; in WPS: choose UTF-8 encoding)"
            ])
    }

    @Test("CRLF and LF, a byte-order mark, no final line end")
    func lineEnds() throws {
        let bom = Data([0xEF, 0xBB, 0xBF]) + Data("id,名称\r\na,兴宁\r\nb,\"梅州\r\n市\"\nc,x".utf8)
        let csv = try CSVTable(parsing: bom, file: "t.csv")
        #expect(csv.header == ["id", "名称"])
        #expect(csv.records.map(\.fields) == [["a", "兴宁"], ["b", "梅州\r\n市"], ["c", "x"]])
        #expect(csv.records.map(\.line) == [2, 3, 5])
    }

    @Test("blank lines, all-empty rows and # comment lines are skipped; a quoted # is data")
    func skipped() throws {
        let csv = try table("# comment before the header\nid,n\n\n# a comment, with a comma\n,\na,1\n  \n\"#b\",2\n")
        #expect(csv.headerLine == 2)
        #expect(csv.records.map(\.fields) == [["a", "1"], ["#b", "2"]])
        #expect(csv.records.map(\.line) == [6, 8])
    }

    @Test("an unterminated quote is reported at the line where it opens")
    func unterminated() {
        #expect(
            issues(Data("id,n\na,1\nb,\"2\nc,3\n".utf8)) == [
                "t.csv:3: a quoted field is never closed (a \" is missing) — fix: close the quoted field with \", and write a \" inside a quoted field as \"\""
            ])
    }

    @Test("a row with a different number of fields than the header is reported, the others kept")
    func fieldCount() {
        let (table, found) = CSVTable.read(Data("id,n\na,1\nb,2,3\nc\nd,4\n".utf8), file: "t.csv")
        #expect(table.records.map { $0.fields[0] } == ["a", "d"])
        #expect(
            found.map(\.description) == [
                "t.csv:3: has 3 fields, the header has 2 — fix: give the row one value per column (quote a value that holds a comma)",
                "t.csv:4: has 1 fields, the header has 2 — fix: give the row one value per column (quote a value that holds a comma)",
            ])
    }

    @Test("invalid UTF-8 is reported with its line")
    func invalidUTF8() {
        var bytes = Data("id,n\na,1\n".utf8)
        bytes.append(contentsOf: [0x62, 0x2C, 0xC3, 0x28, 0x0A])  // "b,<bad>(\n"
        #expect(
            issues(bytes) == [
                "t.csv:3: is not valid UTF-8 text — fix: save the file as UTF-8 (in Excel: Save As → CSV UTF-8; in WPS: choose UTF-8 encoding)"
            ])
    }

    @Test("text after a closing quote is reported")
    func textAfterQuote() {
        #expect(
            issues(Data("id,n\n\"a\"b,1\n".utf8)) == [
                "t.csv:2: text follows a closing quote — fix: put the whole field in quotes and double every \" inside it (\"\")"
            ])
    }

    @Test("an empty file has no header and no records")
    func empty() {
        let (table, found) = CSVTable.read(Data(), file: "t.csv")
        #expect(table.header.isEmpty && table.records.isEmpty && found.isEmpty)
    }

    @Test("the thrown error lists every issue, one per line")
    func thrown() {
        #expect(throws: ScenarioError.self) { try table("id,n\na\nb\n") }
        do {
            _ = try table("id,n\na\nb\n")
        } catch let error as ScenarioError {
            #expect(error.issues.map(\.line) == [2, 3])
            #expect(error.description.split(separator: "\n").count == 2)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
