import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program as a child process with a time limit, as the benchmarks compare
/// solvers: wall time, peak memory and its output.
///
/// Peak memory comes from `/usr/bin/time -f %M`, which runs the program as its own
/// child: on Linux a process started by `posix_spawn` (a `vfork`) from a large process
/// inherits that process's peak in its `ru_maxrss` at `exec`, so `wait4` here would
/// report at least this benchmark's own peak. Without `/usr/bin/time` it falls back to
/// `wait4`'s `ru_maxrss`. The child runs in a process group of its own, which the
/// time limit ends as a whole.
struct ChildProcess {
    /// What a run produced.
    struct Outcome {
        /// Seconds from spawning to reaping.
        var seconds: Double
        /// The child's peak resident memory in bytes.
        var peakBytes: Int
        /// Its exit status, or 128 + the signal that ended it.
        var status: Int32
        /// Whether it was killed at the time limit.
        var killed: Bool
        /// Its standard output.
        var output: String
        /// Its standard error.
        var errors: String
    }

    /// The program.
    var executable: String
    /// Its arguments.
    var arguments: [String]

    /// Runs the program; kills it (SIGTERM, then SIGKILL 5 s later) when it outlives `limit` seconds.
    func run(limit: Double) throws -> Outcome {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bench-child-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outPath = folder.appendingPathComponent("out").path, errPath = folder.appendingPathComponent("err").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let timer = "/usr/bin/time"
        let measured = FileManager.default.isExecutableFile(atPath: timer)
        let peakPath = folder.appendingPathComponent("peak").path
        let command = measured ? [timer, "-f", "%M", "-o", peakPath, executable] + arguments : [executable] + arguments
        let argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let clock = ContinuousClock()
        let started = clock.now
        let spawned = posix_spawnp(&pid, command[0], &actions, &attributes, argv, environ)
        guard spawned == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "cannot start \(executable): \(String(cString: strerror(spawned)))"])
        }
        let watchdog = Watchdog(pid: pid)
        watchdog.arm(after: limit)
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        watchdog.disarm()
        let seconds = (clock.now - started) / .seconds(1)
        let exited = (status & 0x7f) == 0
        let code = exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        var peak = Int(usage.ru_maxrss) * 1024
        if measured {
            let text = (try? String(contentsOfFile: peakPath, encoding: .utf8)) ?? ""
            let kilobytes = text.split(separator: "\n").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }.last
            peak = kilobytes.map { $0 * 1024 } ?? 0
        }
        return Outcome(seconds: seconds, peakBytes: peak, status: code, killed: watchdog.fired,
                       output: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
                       errors: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }
}
