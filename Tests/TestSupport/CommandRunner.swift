import Foundation

/// What a run of a command-line program produced.
public struct CommandResult: Sendable, Equatable {
    /// Everything written to standard output.
    public var standardOutput: String
    /// Everything written to standard error.
    public var standardError: String
    /// The exit status (or 128 + the signal number when a signal ended it).
    public var exitCode: Int32
}

/// Runs an executable built by this package (`skillplan`, and any other product), or
/// another program a test compares with (`glpsol`), the way swift-argument-parser's
/// example tests do: a real process, its exact output and its exit code. The tests'
/// one way to start a program.
///
/// Foundation's `Process`, not swift-subprocess (the benchmarks' `ChildProcess`): the
/// tests are synchronous, and swift-subprocess is asynchronous only; waiting for it
/// from a synchronous test would block one of the threads Swift Testing runs its tests
/// on (as many as cores, 2 here) while the run itself needs one of them.
///
/// The executable is looked for next to the test bundle (`.build/debug`, or the
/// `debug` folder of any `--scratch-path`), so the tests work with either; the
/// environment variable `SKILLPLAN_BIN_DIR` overrides the folder.
public struct CommandRunner {
    /// The executable.
    public let executable: URL

    /// The product's executable next to the running test bundle.
    /// - Throws: `CocoaError(.fileNoSuchFile)` when it is not there (build it first).
    public init(product: String = "skillplan") throws {
        let folder = Self.productsFolder()
        let candidate = folder.appendingPathComponent(product)
        guard FileManager.default.isExecutableFile(atPath: candidate.path) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: candidate.path])
        }
        executable = candidate
    }

    /// Any executable, e.g. a copy of `skillplan` made by `make dist`.
    public init(executable: URL) {
        self.executable = executable
    }

    /// The folder holding the built products: where this test process's executable
    /// (Linux) or bundle (macOS) lives.
    public static func productsFolder() -> URL {
        if let override = ProcessInfo.processInfo.environment["SKILLPLAN_BIN_DIR"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        #if os(Linux)
            let runner = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        #else
            let runner = Bundle.main.bundleURL
        #endif
        var folder = runner.deletingLastPathComponent()
        // On macOS the test bundle sits inside the products folder (…/debug/X.xctest/Contents/MacOS).
        while folder.path != "/"
            && (folder.pathExtension == "xctest" || ["Contents", "MacOS"].contains(folder.lastPathComponent))
        {
            folder = folder.deletingLastPathComponent()
        }
        return folder
    }

    /// Runs the executable and waits for it.
    /// - Parameters:
    ///   - arguments: the command-line arguments (without the program name).
    ///   - standardInput: text fed to standard input; none (end of file) when `nil`.
    ///   - environment: variables added to (or replacing those of) this process's environment.
    ///   - workingDirectory: the folder to run in; this process's when `nil`.
    /// - Returns: the output, the errors and the exit code.
    public func run(
        _ arguments: [String], standardInput: String? = nil, environment: [String: String] = [:],
        workingDirectory: String? = nil
    ) throws -> CommandResult {
        try execute(
            arguments, standardInput: standardInput, environment: environment, workingDirectory: workingDirectory
        ) { _, _ in }
    }

    /// Runs the executable, sends it SIGINT (what Ctrl-C sends) once its standard error
    /// satisfies `ready`, and a second once it then satisfies `again`, if given; waits
    /// for it. The process is this test's own child, not a background job of a shell
    /// (which would start with SIGINT ignored).
    /// - Parameters:
    ///   - arguments: the command-line arguments.
    ///   - ready: when to interrupt, judged on the standard error so far (polled every 0.1 s).
    ///   - again: when to interrupt a second time, judged on the standard error after the
    ///     first SIGINT (polled every 5 ms, so that the second follows the first's answer
    ///     at once: waiting for the answer, not a fixed delay, keeps two signals from
    ///     arriving together, which the kernel would merge into one); `nil` for none.
    ///   - timeout: seconds to wait for `ready`, and then for `again`, before
    ///     interrupting anyway.
    /// - Returns: the output, the errors and the exit code.
    public func runInterrupted(
        _ arguments: [String], ready: (String) -> Bool, again: ((String) -> Bool)? = nil, timeout: Double = 120,
        workingDirectory: String? = nil
    ) throws -> CommandResult {
        try execute(arguments, standardInput: nil, environment: [:], workingDirectory: workingDirectory) {
            process, errorURL in
            func wait(until condition: (String) -> Bool, polling interval: Double) {
                let deadline = Date().addingTimeInterval(timeout)
                while process.isRunning, Date() < deadline {
                    if condition(String(decoding: (try? Data(contentsOf: errorURL)) ?? Data(), as: UTF8.self)) {
                        return
                    }
                    Thread.sleep(forTimeInterval: interval)
                }
            }
            wait(until: ready, polling: 0.1)
            if process.isRunning { kill(process.processIdentifier, SIGINT) }
            if let again {
                wait(until: again, polling: 0.005)
                if process.isRunning { kill(process.processIdentifier, SIGINT) }
            }
        }
    }

    /// Starts the executable with its input and output thrown away and returns at once,
    /// for a test that runs several at a time or ends one with a signal; the test waits
    /// for it (`waitUntilExit()`).
    /// - Parameters:
    ///   - arguments: the command-line arguments.
    ///   - environment: variables added to (or replacing those of) this process's environment.
    ///   - workingDirectory: the folder to run in; this process's when `nil`.
    /// - Returns: the running process.
    public func start(_ arguments: [String], environment: [String: String] = [:], workingDirectory: String? = nil)
        throws -> Process
    {
        let process = prepared(arguments, environment: environment, workingDirectory: workingDirectory)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// The process for `arguments`, not started: the executable, the environment
    /// without the developer's own `SKILLPLAN_LANG` (the tests assert the default
    /// language), the working folder.
    private func prepared(_ arguments: [String], environment: [String: String], workingDirectory: String?)
        -> Process
    {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var inherited = ProcessInfo.processInfo.environment
        inherited["SKILLPLAN_LANG"] = nil
        process.environment = inherited.merging(environment) { _, new in new }
        if let workingDirectory { process.currentDirectoryURL = URL(fileURLWithPath: workingDirectory) }
        return process
    }

    /// Starts the process with its output in files, runs `during` while it runs (with the
    /// process and the standard error's file), and waits for it.
    private func execute(
        _ arguments: [String], standardInput: String?, environment: [String: String], workingDirectory: String?,
        during: (Process, URL) -> Void
    ) throws -> CommandResult {
        // Output goes to files, not pipes, so a chatty program never blocks on a full pipe.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("command-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outputURL = scratch.appendingPathComponent("stdout")
        let errorURL = scratch.appendingPathComponent("stderr")
        let inputURL = scratch.appendingPathComponent("stdin")
        try Data().write(to: outputURL)
        try Data().write(to: errorURL)
        try Data((standardInput ?? "").utf8).write(to: inputURL)

        let process = prepared(arguments, environment: environment, workingDirectory: workingDirectory)
        let output = try FileHandle(forWritingTo: outputURL)
        let error = try FileHandle(forWritingTo: errorURL)
        let input = try FileHandle(forReadingFrom: inputURL)
        defer {
            try? output.close()
            try? error.close()
            try? input.close()
        }
        process.standardOutput = output
        process.standardError = error
        process.standardInput = input
        try process.run()
        during(process, errorURL)
        process.waitUntilExit()
        let code =
            process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return CommandResult(
            standardOutput: String(decoding: try Data(contentsOf: outputURL), as: UTF8.self),
            standardError: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self),
            exitCode: code)
    }
}
