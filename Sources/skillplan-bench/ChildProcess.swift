import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program as a child process with a time limit, as the benchmarks compare
/// solvers: wall time, peak memory (the child's own `ru_maxrss` from `wait4`, which
/// `getrusage(RUSAGE_CHILDREN)` would give too once it is reaped) and its output.
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
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let clock = ContinuousClock()
        let started = clock.now
        let spawned = posix_spawnp(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "cannot start \(executable): \(String(cString: strerror(spawned)))"])
        }
        let watchdog = Watchdog(pid: pid)
        watchdog.arm(after: limit)
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        watchdog.disarm()
        let elapsed = clock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let exited = (status & 0x7f) == 0
        let code = exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Outcome(seconds: seconds, peakBytes: Int(usage.ru_maxrss) * 1024, status: code, killed: watchdog.fired,
                       output: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
                       errors: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }
}
