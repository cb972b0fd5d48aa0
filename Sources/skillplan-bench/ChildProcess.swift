import Foundation
import Subprocess
import Synchronization

#if canImport(Darwin)
    import System
#else
    import SystemPackage
#endif

/// The benchmarks' one way to run another program (`glpsol`, HiGHS's script, a
/// `skillplan` build, `skillplan serve`, curl, wrk): swift-subprocess starts it in a
/// process group of its own. ``run(limit:)`` runs it to its end or, at the time limit,
/// ends the group (SIGTERM, then SIGKILL 5 s later, its teardown sequence), and reports
/// the wall time, the peak memory and what it printed; ``start()`` leaves it running for
/// a benchmark that talks to it and ends it with a signal.
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

    /// Starts the program and returns while it runs, for a benchmark that talks to it
    /// (a server, a progress stream): what it has printed so far, signals, and its end
    /// come through the returned ``RunningChild``, which its owner ends with
    /// ``RunningChild/wait()``. Its output goes to files, so it never blocks on a full
    /// pipe nobody reads; its peak memory is not measured.
    /// - Throws: when it cannot be started.
    func start() throws -> RunningChild {
        let files = try OutputFiles()
        let output = try files.open(files.output), errors = try files.open(files.errors)
        let (requests, continuation) = AsyncStream.makeStream(of: Int32.self)
        let child = RunningChild(files: files, requests: continuation)
        let executable = executable, arguments = arguments
        Task.detached {
            let status: Result<TerminationStatus, any Error>
            do {
                // The body keeps the run open until the owner's wait(): until then the
                // ended program stays unreaped, so its process id is not reused and a
                // signal can reach no other process.
                let result = try await Subprocess.run(
                    .path(FilePath(executable)), arguments: Arguments(arguments), platformOptions: Self.options,
                    input: .none, output: .fileDescriptor(output, closeAfterSpawningProcess: true),
                    error: .fileDescriptor(errors, closeAfterSpawningProcess: true)
                ) { execution in
                    child.spawned(execution.processIdentifier.value)
                    for await signal in requests { try? execution.send(signal: Signal(rawValue: signal)) }
                }
                status = .success(result.terminationStatus)
            } catch {
                status = .failure(error)
            }
            child.ended(status)
        }
        try child.waitUntilSpawned()
        return child
    }

    /// A process group of its own, ended at the time limit with SIGTERM and, 5 s later,
    /// SIGKILL.
    fileprivate static var options: PlatformOptions {
        var options = PlatformOptions()
        options.processGroupID = 0
        options.teardownSequence = [.gracefulShutDown(toProcessGroup: true, allowedDurationToNextStep: .seconds(5))]
        return options
    }

    private func runAsync(limit: Double) async throws -> Outcome {
        let files = try OutputFiles()
        defer { files.remove() }
        let peakPath = files.folder.appendingPathComponent("peak").path
        let timer = "/usr/bin/time"
        let measured = measuresPeak && FileManager.default.isExecutableFile(atPath: timer)
        let command = measured ? [timer, "-f", "%M", "-o", peakPath, executable] + arguments : [executable] + arguments
        let options = Self.options
        let output = try files.open(files.output), errors = try files.open(files.errors)
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
        let code = status.map(Self.code) ?? 128 + SIGTERM
        var peak = 0
        if measured {
            let text = (try? String(contentsOfFile: peakPath, encoding: .utf8)) ?? ""
            let kilobytes = text.split(separator: "\n").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }.last
            peak = kilobytes.map { $0 * 1024 } ?? 0
        }
        return Outcome(
            seconds: seconds, peakBytes: peak, status: code, killed: status == nil,
            output: files.text(files.output), errors: files.text(files.errors))
    }

    /// The exit status, or 128 + the signal that ended the program.
    fileprivate static func code(_ status: TerminationStatus) -> Int32 {
        switch status {
        case .exited(let exit): exit
        case .signaled(let signal): 128 + signal
        }
    }
}

/// A program started by ``ChildProcess/start()``.
///
/// It runs until it ends or a signal ends it, and stays unreaped until ``wait()``, so
/// ``send(_:)`` never reaches a process that took its id. Its owner must call ``wait()``
/// (after a signal, if it would not end by itself): that ends the run.
///
/// Thread safety: every member may be used from any thread.
final class RunningChild: Sendable {
    private struct State {
        var processIdentifier: pid_t = 0
        var status: Result<TerminationStatus, any Error>?
        var outcome: ChildProcess.Outcome?
    }

    private let files: OutputFiles
    private let requests: AsyncStream<Int32>.Continuation
    private let started = ContinuousClock.now
    private let state = Mutex(State())
    private let spawn = DispatchSemaphore(value: 0)
    private let end = DispatchSemaphore(value: 0)

    fileprivate init(files: OutputFiles, requests: AsyncStream<Int32>.Continuation) {
        self.files = files
        self.requests = requests
    }

    /// Its process id.
    var processIdentifier: pid_t { state.withLock { $0.processIdentifier } }

    /// What it has written to its standard output so far.
    var outputSoFar: String { files.text(files.output) }

    /// What it has written to its standard error so far.
    var errorsSoFar: String { files.text(files.errors) }

    /// Whether it has ended (it stays unreaped until ``wait()``).
    var hasEnded: Bool {
        let pid = processIdentifier
        var info = siginfo_t()
        // WNOWAIT: look without reaping, which only wait() does.
        return waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_signo == SIGCHLD
    }

    /// Sends it `signal` (none once ``wait()`` was called).
    func send(_ signal: Int32) {
        requests.yield(signal)
    }

    /// Waits for its end and returns what it printed and its status; later calls return
    /// the same. Seconds count from the start.
    @discardableResult
    func wait() -> ChildProcess.Outcome {
        requests.finish()
        end.wait()
        end.signal()
        return state.withLock { state in
            if let outcome = state.outcome { return outcome }
            let status = try? state.status?.get()
            let outcome = ChildProcess.Outcome(
                seconds: (ContinuousClock.now - started) / .seconds(1), peakBytes: 0,
                status: status.map(ChildProcess.code) ?? 128 + SIGKILL, killed: false,
                output: files.text(files.output), errors: files.text(files.errors))
            files.remove()
            state.outcome = outcome
            return outcome
        }
    }

    fileprivate func spawned(_ processIdentifier: pid_t) {
        state.withLock { $0.processIdentifier = processIdentifier }
        spawn.signal()
    }

    fileprivate func ended(_ status: Result<TerminationStatus, any Error>) {
        let neverStarted = state.withLock { state in
            state.status = status
            return state.processIdentifier == 0
        }
        if neverStarted { spawn.signal() }
        end.signal()
    }

    fileprivate func waitUntilSpawned() throws {
        spawn.wait()
        try state.withLock { state in
            if state.processIdentifier == 0, case .failure(let error)? = state.status {
                files.remove()
                throw error
            }
        }
    }
}

/// The files a child's standard output and error go to, in a folder of their own.
private struct OutputFiles: Sendable {
    let folder: URL
    var output: String { folder.appendingPathComponent("out").path }
    var errors: String { folder.appendingPathComponent("err").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("bench-child-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func open(_ path: String) throws -> FileDescriptor {
        try FileDescriptor.open(
            FilePath(path), .writeOnly, options: [.create, .truncate], permissions: .ownerReadWrite)
    }

    func text(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
