import Foundation

/// Why a scenario file or a table cannot be read, in the words a planner can act on:
/// missing, a folder, a device, a loop of links or a permission are different fixes.
extension ScenarioReader {
    /// What stands in the way of reading a file.
    enum PathProblem: Equatable {
        /// Nothing is there.
        case missing
        /// A folder is there.
        case folder
        /// Something that is not a file (a device such as /dev/null, a pipe, a socket).
        case notAFile(String)
        /// The operating system refuses: permission, a loop of symbolic links, …
        case unreachable(String)
    }

    /// The problem with reading `path` as a file, or `nil` when it is a readable file.
    static func pathProblem(_ path: String) -> PathProblem? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            return code == ENOENT ? .missing : .unreachable(String(cString: strerror(code)))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            return access(path, R_OK) == 0 ? nil : .unreachable(String(cString: strerror(errno)))
        case S_IFDIR: return .folder
        case S_IFCHR, S_IFBLK: return .notAFile("a device")
        case S_IFIFO: return .notAFile("a pipe")
        default: return .notAFile("not a regular file")
        }
    }

    /// Reports why the scenario file cannot be read.
    mutating func reportScenarioPath(_ problem: PathProblem) {
        let location = yamlLocation(nil)
        switch problem {
        case .missing:
            report(
                location, "scenario file not found",
                fix: "check the path; the bundled scenarios are in Models/ (`skillplan scenarios` lists them)")
        case .folder:
            report(
                location, "is a folder, not a scenario file",
                fix:
                    "give the scenario's .yaml file inside it (the bundled ones are in Models/, `skillplan scenarios` lists them)"
            )
        case .notAFile(let what):
            report(location, "is \(what), not a scenario file", fix: "give the path of a scenario's .yaml file")
        case .unreachable(let reason):
            report(
                location, "cannot be read (\(reason))",
                fix:
                    "check the file's permissions and the folders on its path (and for a symbolic link, where it points)"
            )
        }
    }
}
