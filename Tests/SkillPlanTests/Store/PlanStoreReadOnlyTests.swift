import Foundation
import TestSupport
import Testing

@testable import SkillPlan

/// A store opened for reading writes nothing: it reads a store another process has open
/// for writing (through its log), leaves no `-wal` or `-shm` file of its own, and refuses
/// to save.
@Suite("Plan store: opened for reading")
struct PlanStoreReadOnlyTests {
    @Test("Reads what a writer saved, even while the writer holds it open, and leaves no file behind")
    func readsWithoutWriting() throws {
        let folder = try StoreTestFolder()
        defer { folder.remove() }
        let path = folder.storePath()
        let first: PlanVersion
        do {
            let writer = try PlanStore(path: path)
            first = try folder.solveAndSave(in: writer, label: "baseline")
            // The writer is still open: the version may be only in the log.
            #expect(FileManager.default.fileExists(atPath: path + "-wal"))
            let reader = try PlanStore(readingFrom: path)
            #expect(try reader.versions() == [first.summary])
            #expect(try reader.planData(of: first.summary).count > 0)
        }
        // The writer closed: it checkpointed and removed its log.
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        do {
            let reader = try PlanStore(readingFrom: path)
            #expect(try reader.version("baseline") == first.summary)
            #expect(try reader.inputFiles(of: first.summary).count == TinyStoreScenario.files.count)
            #expect(try reader.check().isSound)
            #expect(
                throws: PlanStoreError.cannotOpen(
                    store: path,
                    reason: "it was opened for reading only; open it with a command that saves (skillplan solve --save)"
                )
            ) {
                try folder.solveAndSave(in: reader, label: "second")
            }
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent)
        #expect(!left.contains { $0.hasSuffix("-wal") || $0.hasSuffix("-shm") }, "\(left)")
    }

    @Test("A missing store, an empty file and a folder are named as such")
    func missing() throws {
        let folder = try StoreTestFolder()
        defer { folder.remove() }
        let path = folder.storePath("none.sqlite")
        #expect(throws: PlanStoreError.missing(store: path)) { try PlanStore(readingFrom: path) }
        FileManager.default.createFile(atPath: path, contents: Data())
        #expect(throws: PlanStoreError.missing(store: path)) { try PlanStore(readingFrom: path) }
        let inside = folder.storePath("a-folder")
        try FileManager.default.createDirectory(atPath: inside, withIntermediateDirectories: true)
        #expect(
            throws: PlanStoreError.cannotOpen(
                store: inside, reason: "it is a folder; give the path of a file such as \(inside)/plans.sqlite")
        ) {
            try PlanStore(readingFrom: inside)
        }
        #expect(PlanStore.immutableURI("a b/100%?#.sqlite") == "file:a b/100%25%3f%23.sqlite?mode=ro&immutable=1")
    }
}
