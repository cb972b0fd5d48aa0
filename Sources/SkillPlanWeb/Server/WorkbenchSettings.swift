import Foundation

/// How `skillplan serve` runs: where it listens, which files it reads and writes, and
/// who may use it.
public struct WorkbenchSettings: Sendable {
    /// The address to listen on (default loopback).
    public var host: String
    /// The port (0: any free port).
    public var port: Int
    /// The plan store (SQLite) that "Save as version" writes and History reads.
    public var storePath: String
    /// The folder of bundled scenarios.
    public var modelsFolder: String
    /// The server's own folder: solved results and scenarios made in the workbench.
    /// Nothing is ever written outside it, but the plan store.
    public var dataFolder: String
    /// The folder that paths in messages are shown relative to (the project's).
    public var projectFolder: String
    /// The access token every request must carry (cookie or `Authorization: Bearer`);
    /// `nil` for none (loopback only).
    public var token: String?
    /// Solves at once (one per core by default).
    public var workers: Int
    /// Seconds a solve may go unwatched before it is stopped with its best plan.
    public var abandonAfter: Double

    /// The largest request body accepted: 10 MiB.
    public static let maxBodyBytes = 10 << 20

    /// Settings.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, storePath: String, modelsFolder: String, dataFolder: String,
        projectFolder: String = FileManager.default.currentDirectoryPath, token: String? = nil,
        workers: Int = ProcessInfo.processInfo.activeProcessorCount, abandonAfter: Double = 120
    ) {
        self.host = host
        self.port = port
        self.storePath = storePath
        self.modelsFolder = modelsFolder
        self.dataFolder = dataFolder
        self.projectFolder = projectFolder
        self.token = token
        self.workers = workers
        self.abandonAfter = abandonAfter
    }

    /// Whether an address is on this machine only (127.0.0.0/8, ::1, localhost).
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }
}
