import Foundation

/// The shared Netlib collection (`../shared/netlib` beside the package root), which
/// the tests and the benchmark read in place: its files come from another project
/// and are never copied into this repository.
///
/// The folder is found from the environment variable `SKILLPLAN_NETLIB` when it is
/// set, else by walking up from this source file to the folder holding
/// `Package.swift` and taking `../shared/netlib` from there.
public struct NetlibCatalog: Sendable {
    /// The folder holding the `.mps` files and `expected.tsv`.
    public let folder: String
    /// Every entry of `expected.tsv`, in the file's order.
    public let instances: [NetlibInstance]

    /// The catalog of the folder found on this machine, or `nil` when there is none.
    public static let shared: NetlibCatalog? = locate()

    /// The line a test or the benchmark prints when it skips the collection.
    public static let skipMessage = "netlib suite skipped: ../shared/netlib not found"

    /// Finds the folder and reads its `expected.tsv`.
    /// - Parameters:
    ///   - environment: the process environment (for `SKILLPLAN_NETLIB`).
    ///   - sourceFile: a file inside the package, to find the package root from.
    /// - Returns: the catalog, or `nil` when the folder or its `expected.tsv` is missing.
    public static func locate(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        sourceFile: String = #filePath
    ) -> NetlibCatalog? {
        if let explicit = environment["SKILLPLAN_NETLIB"], !explicit.isEmpty {
            return NetlibCatalog(folder: explicit)
        }
        guard let root = packageRoot(from: sourceFile) else { return nil }
        let folder = URL(fileURLWithPath: root).deletingLastPathComponent()
            .appendingPathComponent("shared").appendingPathComponent("netlib").standardizedFileURL.path
        return NetlibCatalog(folder: folder)
    }

    /// The nearest folder above `path` that holds a `Package.swift`.
    public static func packageRoot(from path: String) -> String? {
        var url = URL(fileURLWithPath: path).deletingLastPathComponent()
        while url.path != "/" && !url.path.isEmpty {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url.path
            }
            url = url.deletingLastPathComponent()
        }
        return nil
    }

    /// Reads `folder/expected.tsv`; `nil` when it cannot be read.
    public init?(folder: String) {
        let table = URL(fileURLWithPath: folder).appendingPathComponent("expected.tsv")
        guard let text = try? String(contentsOf: table, encoding: .utf8) else { return nil }
        self.folder = folder
        self.instances = Self.parse(text, folder: folder)
    }

    /// Parses `expected.tsv`: a header, then `name kind expected_status expected_objective`
    /// separated by tabs (`-` for no objective).
    static func parse(_ text: String, folder: String) -> [NetlibInstance] {
        var instances: [NetlibInstance] = []
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 4,
                let kind = NetlibInstance.Kind(rawValue: fields[1]),
                let status = NetlibInstance.ExpectedStatus(rawValue: fields[2])
            else { continue }
            let path = URL(fileURLWithPath: folder).appendingPathComponent(fields[0] + ".mps").path
            instances.append(
                NetlibInstance(
                    name: fields[0], kind: kind, expectedStatus: status, objective: Double(fields[3]), path: path))
        }
        return instances
    }

    /// The entries whose expected outcome is `status`, optionally of one kind.
    public func instances(expecting status: NetlibInstance.ExpectedStatus, kind: NetlibInstance.Kind? = nil)
        -> [NetlibInstance]
    {
        instances.filter { $0.expectedStatus == status && (kind == nil || $0.kind == kind) }
    }
}
