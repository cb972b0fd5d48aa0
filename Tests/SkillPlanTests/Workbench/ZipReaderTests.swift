import Foundation
import Testing

@testable import SkillPlan

/// The ZIP reader of the workbench's Evaluate upload: the workbench's own stored
/// archive, and an archive zipped again with deflate (as Windows, WPS and `zip` do).
@Suite struct ZipReaderTests {
    /// Made by Python's zipfile: `plan/` (a folder), `plan/seats.csv` (deflated, a header
    /// and 200 rows `xn-tech,<2021 + i % 5>,<i>`) and `plan/notes.txt` (stored).
    static let deflated = """
        UEsDBBQAAAAIAFImhl0AAAAAAgAAAAAAAAAFAAAAcGxhbi8DAFBLAwQUAAAACABSJoZdPDu9FOQBAAC7DQAADgAAAHBsYW4vc2VhdHMuY3N2bdU7ahxRGAXh3OA9eAFt6Lr9Xocih4NmQIGxwFbg5RuHU6XwJj/FPM738vr2/v5z+vG4/Z5eHrePP99u9/vj/vXL31/fPx6vb9OYB9P89B4TT+9lGk/vdVqe3tu06t6me7vuHbp36t6leyTQhTgRN+JIXIkzcScOxaXDpSOfpUuHS4dLh0uHS4dLh0uHSxeXLi5d8rW7dHHp4tLFpYtLF5cuLl1durp0demaX6hLV5euLl1durp0denm0s2lm0s3l275M7l0c+nm0s2lm0t3l+4u3V26u3R36Z7/vUt3l+4u3V16uPRw6eHSw6WHSw+XHpkolx4uPVx6uvR06enS06WnS0+Xni49s6YuPV16ufRy6eXSy6WXSy+XXi69XHpl+Lv8mf452z9n/Oes/5z5n7P/cwCYI8AcAuY0f8JVmgtWxSpZNatoVa2yFbcIXEQuQhexi+BF9CJ8Eb8IYEQwQhgxjCBGFCOMEccIZEQyQhmxjGBGNCOcEc8IaEQ0QhoxjaBGVCOsEdcIbEQ2QhuxjeBGdCO8Ed8IcEQ4QhwxjiBHlCPMEecIdEQ6Qh2xjmBHtCPcEe8IeEQ8Qh4xj6BH1CPsEfcIfEQ+Qh+xj+BH9CP8Ef8IgERAQiAxkCBIFCQM8t/Bf1BLAwQUAAAAAABSJoZd41E9jRcAAAAXAAAADgAAAHBsYW4vbm90ZXMudHh0aGVsbG8gaGVsbG8gaGVsbG8gaGVsbG9QSwECFAMUAAAACABSJoZdAAAAAAIAAAAAAAAABQAAAAAAAAAAABAA/UEAAAAAcGxhbi9QSwECFAMUAAAACABSJoZdPDu9FOQBAAC7DQAADgAAAAAAAAAAAAAAgAElAAAAcGxhbi9zZWF0cy5jc3ZQSwECFAMUAAAAAABSJoZd41E9jRcAAAAXAAAADgAAAAAAAAAAAAAAgAE1AgAAcGxhbi9ub3Rlcy50eHRQSwUGAAAAAAMAAwCrAAAAeAIAAAAA
        """

    @Test func theWorkbenchsOwnArchiveReadsBackByteForByte() throws {
        let files = [
            ExportFile(name: "seats.csv", data: Data("\u{FEFF}学校,年份\r\nxn-tech,2021\r\n".utf8)),
            ExportFile(name: "teacher-plan.csv", data: Data(repeating: 0x41, count: 70_000)),
        ]
        #expect(try ZipReader.files(in: ZipArchive(files: files).data) == files)
    }

    @Test func aDeflatedArchiveUnpacksToItsFilesWithTheFolderLeftOut() throws {
        let data = try #require(Data(base64Encoded: Self.deflated.filter { !$0.isWhitespace }))
        let files = try ZipReader.files(in: data)
        #expect(files.map(\.name) == ["plan/seats.csv", "plan/notes.txt"])
        let expected = "School,Year,Seats added\r\n" + (0..<200).map { "xn-tech,\(2021 + $0 % 5),\($0)\r\n" }.joined()
        #expect(String(decoding: files[0].data, as: UTF8.self) == expected)
        #expect(String(decoding: files[1].data, as: UTF8.self) == "hello hello hello hello")
    }

    @Test func damagedAndForeignBytesAreRefusedWithAReason() throws {
        #expect(throws: ZipReadError.notZip) { try ZipReader.files(in: Data("School,Year\n".utf8)) }
        var data = try #require(Data(base64Encoded: Self.deflated.filter { !$0.isWhitespace }))
        // One byte of the deflated seats.csv changed: the stream or its CRC-32 fails.
        data[120] ^= 0x55
        #expect(throws: ZipReadError.self) { try ZipReader.files(in: data) }
        #expect(ZipReadError.damaged("x").description == "the ZIP archive is damaged: x")
    }
}
