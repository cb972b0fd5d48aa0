import Foundation

/// A file an export writes: its name relative to the output folder and its bytes.
public struct ExportFile: Sendable, Hashable {
    /// The file's name, relative to the output folder (English, e.g. `teacher-plan.csv`).
    public var name: String
    /// The file's bytes.
    public var data: Data

    /// Creates a file.
    ///
    /// - Parameters:
    ///   - name: the name relative to the output folder.
    ///   - data: the bytes.
    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }
}
