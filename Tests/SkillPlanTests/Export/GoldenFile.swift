import Foundation
import Testing

/// Golden files under `Tests/SkillPlanTests/Golden/`, bundled as the test target's
/// resources. With `SKILLPLAN_UPDATE_GOLDEN=1` in the environment, ``check(_:_:)`` writes
/// the bytes it is given into the source folder instead of comparing (then review the
/// change with `git diff` and run the tests again without the variable).
enum GoldenFile {
    /// Whether this run rewrites the golden files.
    static var updating: Bool { ProcessInfo.processInfo.environment["SKILLPLAN_UPDATE_GOLDEN"] == "1" }

    /// The golden folder in the source tree (where updates go).
    static var sourceFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "Golden")
    }

    /// The folder to read golden files from: the source folder when the sources are at
    /// hand (SwiftPM re-copies a `.copy` resource folder only when its entries change, not
    /// when a file in it is rewritten, so the bundled copy can be stale right after an
    /// update), else the copy bundled with the tests.
    static func folder(_ sourceLocation: SourceLocation) throws -> URL {
        if FileManager.default.fileExists(atPath: sourceFolder.path) { return sourceFolder }
        return try #require(
            Bundle.module.url(forResource: "Golden", withExtension: nil), sourceLocation: sourceLocation)
    }

    /// Compares `data` with the golden file `name` byte for byte, or rewrites it when updating.
    ///
    /// - Parameters:
    ///   - data: the bytes produced.
    ///   - name: the golden file's path under `Golden/`, e.g. `export/zh/costs.csv`.
    static func check(_ data: Data, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if updating {
            let url = sourceFolder.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
            return
        }
        guard
            let expected = FileManager.default.contents(
                atPath: try folder(sourceLocation).appendingPathComponent(name).path)
        else {
            Issue.record(
                "golden file Golden/\(name) is missing; run the tests with SKILLPLAN_UPDATE_GOLDEN=1 to write it",
                sourceLocation: sourceLocation)
            return
        }
        guard expected != data else { return }
        let got = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
        let want = String(decoding: expected, as: UTF8.self).components(separatedBy: "\n")
        let line = Array(zip(got, want)).firstIndex { $0 != $1 } ?? min(got.count, want.count)
        let gotLine = line < got.count ? got[line] : "<end of file>"
        let wantLine = line < want.count ? want[line] : "<end of file>"
        Issue.record(
            """
            Golden/\(name) differs at line \(line + 1) (SKILLPLAN_UPDATE_GOLDEN=1 rewrites it):
              expected: \(wantLine.debugDescription)
              produced: \(gotLine.debugDescription)
            """, sourceLocation: sourceLocation)
    }
}
