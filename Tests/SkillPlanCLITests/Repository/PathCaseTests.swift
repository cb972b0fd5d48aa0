import Foundation
import TestSupport
import Testing

/// The package builds on macOS and Windows, whose default file systems fold case:
/// two paths that differ only by case there are one path, and the build breaks
/// (as `Sources/SkillPlan` and `Sources/skillplan` once did).
@Suite("Repository paths")
struct PathCaseTests {
    /// Every path below the package root that another path equals when both are
    /// lower-cased, grouped; build products and hidden folders are not the package's.
    static func caseCollisions(under root: String) -> [[String]] {
        var byFolded: [String: [String]] = [:]
        let skipped: Set<String> = [".build", ".git", ".swiftpm", ".skillplan"]
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        while let relative = walker.nextObject() as? String {
            let first = relative.split(separator: "/").first.map(String.init) ?? relative
            if skipped.contains(first) || first.hasPrefix(".build") {
                walker.skipDescendants()
                continue
            }
            byFolded[relative.lowercased(), default: []].append(relative)
        }
        return byFolded.values.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    @Test("no two paths in the package differ only by case")
    func noCaseCollisions() throws {
        let root = try #require(NetlibCatalog.packageRoot(from: #filePath))
        #expect(Self.caseCollisions(under: root) == [])
    }

    @Test("the check finds a collision when there is one")
    func findsCollision() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(
            atPath: folder.path + "/Sources/SkillPlan", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            atPath: folder.path + "/Sources/skillplan", withIntermediateDirectories: true)
        #expect(Self.caseCollisions(under: folder.path) == [["Sources/SkillPlan", "Sources/skillplan"]])
    }
}
