import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs `glpsol` as a subprocess, as a user would.
enum GlpsolRunner {
    /// The first line of `glpsol --version`, or `nil` when it cannot run.
    static func version(of executable: String) -> String? {
        guard let output = try? run(executable, ["--version"], captureOutput: true) else { return nil }
        return output.split(separator: "\n").first.map(String.init)
    }

    /// Solves `file` with `glpsol --freemps FILE`, output discarded, and returns the
    /// seconds from spawning the process to reaping it.
    ///
    /// `posix_spawn` and `waitpid` directly: Foundation's `Process.waitUntilExit` polls
    /// and would add tens of milliseconds to every run.
    static func timeSolve(_ executable: String, file: String) throws -> Double {
        var seconds = 0.0
        let status = try spawnAndWait(executable, ["--freemps", file], seconds: &seconds)
        guard status == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "\(executable) --freemps \(file) exited with status \(status)"])
        }
        return seconds
    }

    /// Runs the executable with standard output and error sent to /dev/null, timing it.
    /// - Returns: its wait status.
    private static func spawnAndWait(_ executable: String, _ arguments: [String], seconds: inout Double) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        var status: Int32 = 0
        var spawned: Int32 = 0
        seconds = Stopwatch.time {
            spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
            if spawned == 0 { waitpid(pid, &status, 0) }
        }
        guard spawned == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "cannot start \(executable): \(String(cString: strerror(spawned)))"])
        }
        return status
    }

    /// The objective glpsol reports for `file` (from its solution report, `-o`).
    static func objective(_ executable: String, file: String) throws -> Double? {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("glpsol-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: report) }
        _ = try run(executable, ["--freemps", file, "-o", report], captureOutput: false)
        let text = try String(contentsOfFile: report, encoding: .utf8)
        // "Objective:  R0000 = -464.7531429 (MINimum)"
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Objective:") }),
              let equals = line.range(of: "= ") else { return nil }
        return Double(line[equals.upperBound...].split(separator: " ").first ?? "")
    }

    /// Runs the executable; returns its standard output when asked for, else "".
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], captureOutput: Bool) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        let discard = FileHandle(forWritingAtPath: "/dev/null")
        defer { try? discard?.close() }
        process.standardOutput = captureOutput ? pipe : discard
        process.standardError = discard
        try process.run()
        let data = captureOutput ? pipe.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
