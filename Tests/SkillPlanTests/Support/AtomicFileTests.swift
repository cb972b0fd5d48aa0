import Foundation
import SkillPlan
import TestSupport
import Testing

@Suite("Writing files whole, and never over a device or a pipe")
struct AtomicFileTests {
    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    func fileType(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    @Test("A new file is made with its folder; an old one is replaced whole, readable as before, no temporary left")
    func regular() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("a/b/plan.json").path
        try AtomicFile.write("one", to: path)
        try AtomicFile.write("two", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "two")
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        #expect(mode & 0o044 != 0)  // readable by others, as any new file under umask 022 (not mkstemp's 0600)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("a/b").path) == [
                "plan.json"
            ])
    }

    @Test("A symbolic link is followed: the file it names is replaced, the link stays")
    func link() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("real.json").path
        let link = folder.appendingPathComponent("link.json").path
        try AtomicFile.write("old", to: target)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.json")
        try AtomicFile.write("new", to: link)
        #expect(fileType(link) == S_IFLNK)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new")
    }

    @Test("A named pipe is written to as a stream and stays a pipe")
    func pipe() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("fifo").path
        #expect(mkfifo(path, 0o600) == 0)
        let received = LockedBox<String?>(nil)
        let reader = Thread {
            let handle = FileHandle(forReadingAtPath: path)
            let text = String(decoding: handle?.readDataToEndOfFile() ?? Data(), as: UTF8.self)
            received.withLock { $0 = text }
        }
        reader.start()
        try AtomicFile.write("through the pipe", to: path)
        for _ in 0..<100 where received.withLock({ $0 }) == nil { Thread.sleep(forTimeInterval: 0.05) }
        #expect(received.withLock { $0 } == "through the pipe")
        #expect(fileType(path) == S_IFIFO)
    }

    @Test("/dev/null takes the bytes and stays a device; /dev/full says it is full")
    func devices() throws {
        try AtomicFile.write("nothing", to: "/dev/null")
        #expect(fileType("/dev/null") == S_IFCHR)
        #expect(
            throws: FileError(
                path: "/dev/full",
                message: "writing to the device or pipe failed (No space left on device); nothing else was changed")
        ) {
            try AtomicFile.write("too much", to: "/dev/full")
        }
        #expect(fileType("/dev/full") == S_IFCHR)
    }

    @Test("A folder is refused with a file name to give instead")
    func folder() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(
            throws: FileError(
                path: folder.path,
                message: "is a folder, not a file; give a file name inside it, e.g. \(folder.path)/plan.json")
        ) {
            try AtomicFile.write("x", to: folder.path)
        }
    }
}
