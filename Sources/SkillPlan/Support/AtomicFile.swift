import Foundation

/// Writes files so that no reader ever sees a half-written one.
///
/// A regular file (or a path that does not exist yet) is written to a temporary file in
/// the same folder and renamed over the target (`Data.write(options: .atomic)`), so an
/// interrupted run leaves either the old file or the new one. A symbolic link is
/// followed, and the file it points to is replaced, not the link. A character device
/// (`/dev/null`, a terminal) or a named pipe is written to directly, as a stream: a
/// rename would replace the device or the pipe with a regular file. Anything else (a
/// folder, a block device, a socket) is refused with an error that says what it is.
public enum AtomicFile {
    /// Writes `data` to `path`, creating the folder if needed.
    /// - Throws: ``FileError`` naming the path and what to do.
    public static func write(_ data: Data, to path: String) throws {
        let target = resolved(path)
        switch kind(of: target) {
        case .missing:
            let folder = URL(fileURLWithPath: target).deletingLastPathComponent()
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw FileError(
                    path: path,
                    message:
                        "cannot create the folder \(folder.path) (\(reason(of: error))); choose a writable location")
            }
            try replace(target, with: data, shownAs: path)
        case .regular:
            try replace(target, with: data, shownAs: path)
        case .stream:
            try stream(data, to: target, shownAs: path)
        case .folder:
            throw FileError(
                path: path,
                message:
                    "is a folder, not a file; give a file name inside it, e.g. \((path as NSString).appendingPathComponent("plan.json"))"
            )
        case .other(let what):
            throw FileError(
                path: path, message: "is \(what), which a file cannot be written to; give the path of a regular file")
        case .unreachable(let why):
            throw FileError(
                path: path, message: "cannot be reached (\(why)); check the folders on the way and their permissions")
        }
    }

    /// Writes UTF-8 text to `path`.
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// What is at a path.
    enum Kind: Equatable {
        case missing, regular, stream, folder
        case other(String)
        case unreachable(String)
    }

    /// What `path` is, following symbolic links.
    static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            if code == ENOENT { return .missing }
            return .unreachable(String(cString: strerror(code)))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFCHR, S_IFIFO: return .stream
        case S_IFDIR: return .folder
        case S_IFBLK: return .other("a block device")
        case S_IFSOCK: return .other("a socket")
        default: return .other("not a regular file")
        }
    }

    /// The path with its symbolic links followed, when it has any and their target exists
    /// or its folder does; else the path as given.
    static func resolved(_ path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return path }
        guard let real = realpath(path, nil) else {
            // A link to a file not there yet: write the file the link names.
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: path) else {
                return path
            }
            if destination.hasPrefix("/") { return destination }
            return ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(destination)
        }
        defer { free(real) }
        return String(cString: real)
    }

    /// Writes to a temporary file beside `path` and renames it over `path`.
    private static func replace(_ path: String, with data: Data, shownAs shown: String) throws {
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw FileError(
                path: shown,
                message: "cannot write (\(reason(of: error))); check the folder's permissions and free space")
        }
    }

    /// Writes `data` to a character device or a pipe as it is, without creating,
    /// truncating or renaming anything.
    private static func stream(_ data: Data, to path: String, shownAs shown: String) throws {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw FileError(
                path: shown,
                message:
                    "cannot open the device or pipe for writing (\(String(cString: strerror(errno)))); check its permissions"
            )
        }
        defer { close(descriptor) }
        var failure: Int32 = 0
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, base + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure != 0 {
            throw FileError(
                path: shown,
                message:
                    "writing to the device or pipe failed (\(String(cString: strerror(failure)))); nothing else was changed"
            )
        }
    }

    /// The operating system's reason inside a Foundation error, e.g. "Permission denied".
    private static func reason(of error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(truncatingIfNeeded: underlying.code)))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(truncatingIfNeeded: ns.code))) }
        return ns.localizedDescription
    }
}

/// A file that could not be read or written.
public struct FileError: Error, CustomStringConvertible, Sendable, Equatable {
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
