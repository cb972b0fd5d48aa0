import Foundation

/// A fresh folder under the system's temporary folder, removed with everything in it
/// when the value is released; each test that writes files makes its own.
public final class TemporaryFolder {
    /// The folder's absolute path.
    public let path: String

    /// Creates the folder.
    /// - Throws: the file system's error when it cannot be created.
    public init() throws {
        path =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("skillplan-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// The path of a file in the folder (which need not exist).
    public func file(_ name: String) -> String { path + "/" + name }

    /// Writes `text` to a file in the folder.
    /// - Returns: the file's path.
    /// - Throws: the file system's error.
    public func write(_ text: String, to name: String) throws -> String {
        let file = file(name)
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
