import Crypto
import Foundation

/// One file a scenario was read from, byte for byte: enough to snapshot a scenario and
/// restore it later.
public struct ScenarioInputFile: Codable, Sendable, Hashable {
    /// The path relative to the scenario file's folder (e.g. `xingning-2025.yaml`,
    /// `../Data/programmes.csv`).
    public var path: String
    /// The exact bytes read.
    public var contents: Data

    /// Creates an input file.
    ///
    /// - Parameters:
    ///   - path: the path relative to the scenario file's folder.
    ///   - contents: the exact bytes read.
    public init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }

    /// The SHA-256 of ``contents`` in hexadecimal.
    public var sha256: String { SHA256.hex(of: contents) }
}
