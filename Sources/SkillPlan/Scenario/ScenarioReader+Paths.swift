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

    /// What is there instead of a file (``PathProblem/notAFile(_:)``), in Chinese:
    /// `设备`, `管道`, ….
    static func notAFileZh(_ what: String) -> String {
        switch what {
        case "a device": "设备"
        case "a pipe": "管道"
        default: "非普通文件"
        }
    }

    /// Why the operating system refuses (``PathProblem/unreachable(_:)``), in Chinese:
    /// the common reasons translated, any other given as the system words it.
    static func reasonZh(_ reason: String) -> String {
        switch reason {
        case "Permission denied": "没有权限"
        case "Too many levels of symbolic links": "符号链接层数过多，可能形成了循环"
        case "Not a directory": "路径中的某一级不是文件夹"
        case "File name too long": "文件名过长"
        case "it could not be read": "无法读取"
        default: "系统提示：\(reason)"
        }
    }

    /// Reports why the scenario file cannot be read.
    mutating func reportScenarioPath(_ problem: PathProblem) {
        let location = yamlLocation(nil)
        switch problem {
        case .missing:
            report(
                location, "scenario file not found",
                fix: "check the path; the bundled scenarios are in Models/ (`skillplan scenarios` lists them)",
                zh: ("找不到情景文件", "检查路径；自带的情景在 Models/ 中（`skillplan scenarios` 列出它们）"))
        case .folder:
            report(
                location, "is a folder, not a scenario file",
                fix:
                    "give the scenario's .yaml file inside it (the bundled ones are in Models/, `skillplan scenarios` lists them)",
                zh: (
                    "是文件夹，不是情景文件",
                    "给出其中情景的 .yaml 文件（自带的情景在 Models/ 中，`skillplan scenarios` 列出它们）"
                ))
        case .notAFile(let what):
            report(
                location, "is \(what), not a scenario file", fix: "give the path of a scenario's .yaml file",
                zh: ("是\(Self.notAFileZh(what))，不是情景文件", "给出情景 .yaml 文件的路径"))
        case .unreachable(let reason):
            report(
                location, "cannot be read (\(reason))",
                fix:
                    "check the file's permissions and the folders on its path (and for a symbolic link, where it points)",
                zh: ("无法读取（\(Self.reasonZh(reason))）", "检查文件的权限及其路径上的各级文件夹（符号链接还要检查它指向哪里）"))
        }
    }
}
