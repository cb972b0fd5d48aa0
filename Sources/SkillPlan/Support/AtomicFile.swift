import Foundation

/// Writes files atomically: to a temporary file in the same folder, then renamed over
/// the target, so an interrupted run never leaves a half-written file.
public enum AtomicFile {
    /// Writes `data` to `path`, creating the folder if needed.
    /// - Throws: ``FileError`` naming the path and what to do.
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw FileError(path: path, message: "cannot create the folder \(folder.path) (\(error.localizedDescription)); choose a writable location")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try data.write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw FileError(path: path, message: "cannot replace the file (\(reason)); check its permissions")
            }
        } catch let error as FileError {
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw FileError(path: path, message: "cannot write (\(error.localizedDescription)); check the folder's permissions and free space")
        }
    }

    /// Writes UTF-8 text to `path`.
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }
}

/// A file that could not be read or written.
public struct FileError: Error, CustomStringConvertible, Sendable {
    /// The file.
    public var path: String
    /// What went wrong and what to do.
    public var message: String

    /// Creates an error.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `path: message`.
    public var description: String { "\(path): \(message)" }
}
