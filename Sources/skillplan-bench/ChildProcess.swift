import Foundation
import Subprocess
import Synchronization

#if canImport(Darwin)
    import System
#else
    import SystemPackage
#endif

/// The benchmarks' one way to run another program (`glpsol`, HiGHS's script, a
/// `skillplan` build): swift-subprocess starts it in a process group of its own and, at
/// the time limit, ends the group (SIGTERM, then SIGKILL 5 s later, its teardown
/// sequence); this reports the wall time, the peak memory and what it printed.
///
/// Peak memory comes from `/usr/bin/time -f %M`, which runs the program as its own child:
/// on Linux a child started by `posix_spawn` (a `vfork`) from a large process inherits
/// that process's peak in its `ru_maxrss` at `exec`, so the benchmark's own rusage would
/// report at least the benchmark's peak. Without `/usr/bin/time` the peak is 0 (unknown).
struct ChildProcess {
    /// What a run produced.
    struct Outcome {
        /// Seconds from starting it to its end.
        var seconds: Double
        /// The child's peak resident memory in bytes (0 when not measured).
        var peakBytes: Int
        /// Its exit status, or 128 + the signal that ended it (128 + SIGTERM when it was
        /// ended at the time limit).
        var status: Int32
        /// Whether it was ended at the time limit.
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
    /// Whether to run it under `/usr/bin/time` for its peak memory (a few milliseconds
    /// more; timings of short runs leave it out).
    var measuresPeak = true

    /// Runs the program to its end, or ends it at `limit` seconds.
    /// - Throws: when it cannot be started.
    func run(limit: Double) throws -> Outcome {
        let finished = Mutex<Result<Outcome, any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            let result: Result<Outcome, any Error>
            do { result = .success(try await runAsync(limit: limit)) } catch { result = .failure(error) }
            finished.withLock { $0 = result }
            done.signal()
        }
        done.wait()
        return try finished.withLock { $0 }!.get()
    }

    /// Runs the program with its output discarded and returns its seconds.
    /// - Throws: when it cannot be started, or exits with a status other than 0.
    func time() throws -> Double {
        var quick = self
        quick.measuresPeak = false
        let outcome = try quick.run(limit: 3600)
        guard outcome.status == 0 else {
            let command = ([executable] + arguments).joined(separator: " ")
            throw CocoaError(
                .executableLoad,
                userInfo: [
                    NSLocalizedDescriptionKey:
                        "\(command) exited with status \(outcome.status): \(outcome.errors.suffix(200))"
                ])
        }
        return outcome.seconds
    }

    private func runAsync(limit: Double) async throws -> Outcome {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bench-child-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outPath = folder.appendingPathComponent("out").path, errPath = folder.appendingPathComponent("err").path
        let peakPath = folder.appendingPathComponent("peak").path
        let timer = "/usr/bin/time"
        let measured = measuresPeak && FileManager.default.isExecutableFile(atPath: timer)
        let command = measured ? [timer, "-f", "%M", "-o", peakPath, executable] + arguments : [executable] + arguments
        let options: PlatformOptions = {
            var options = PlatformOptions()
            options.processGroupID = 0
            options.teardownSequence = [.gracefulShutDown(toProcessGroup: true, allowedDurationToNextStep: .seconds(5))]
            return options
        }()
        let output = try FileDescriptor.open(
            FilePath(outPath), .writeOnly, options: [.create, .truncate], permissions: .ownerReadWrite)
        let errors = try FileDescriptor.open(
            FilePath(errPath), .writeOnly, options: [.create, .truncate], permissions: .ownerReadWrite)
        let clock = ContinuousClock()
        let started = clock.now
        let status: TerminationStatus? = try await withThrowingTaskGroup(of: TerminationStatus?.self) { group in
            group.addTask {
                try await Subprocess.run(
                    .path(FilePath(command[0])), arguments: Arguments(Array(command.dropFirst())),
                    platformOptions: options,
                    input: .none, output: .fileDescriptor(output, closeAfterSpawningProcess: true),
                    error: .fileDescriptor(errors, closeAfterSpawningProcess: true)
                ).terminationStatus
            }
            group.addTask {
                try await Task.sleep(for: .seconds(limit))
                return nil
            }
            // The first to finish: the program (its status), or the clock (nil: cancelling
            // the run tears the program's group down).
            let first = try await group.next() ?? nil
            group.cancelAll()
            while (try? await group.next()) != nil {}
            return first
        }
        let seconds = (clock.now - started) / .seconds(1)
        let code: Int32
        switch status {
        case .exited(let exit)?: code = exit
        case .signaled(let signal)?: code = 128 + signal
        case nil: code = 128 + SIGTERM
        }
        var peak = 0
        if measured {
            let text = (try? String(contentsOfFile: peakPath, encoding: .utf8)) ?? ""
            let kilobytes = text.split(separator: "\n").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }.last
            peak = kilobytes.map { $0 * 1024 } ?? 0
        }
        return Outcome(
            seconds: seconds, peakBytes: peak, status: code, killed: status == nil,
            output: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
            errors: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }
}
