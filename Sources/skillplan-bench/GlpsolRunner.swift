import Foundation

/// Runs `glpsol` as a user would, through the benchmarks' one launcher (``ChildProcess``).
enum GlpsolRunner {
    /// The first line of `glpsol --version`, or `nil` when it cannot run.
    static func version(of executable: String) -> String? {
        guard
            let outcome = try? ChildProcess(executable: executable, arguments: ["--version"], measuresPeak: false).run(
                limit: 60),
            outcome.status == 0
        else { return nil }
        return outcome.output.split(separator: "\n").first.map(String.init)
    }

    /// Solves `file` with `glpsol --freemps FILE`, output discarded, and returns the
    /// seconds from starting the process to its end.
    static func timeSolve(_ executable: String, file: String) throws -> Double {
        try ChildProcess(executable: executable, arguments: ["--freemps", file]).time()
    }

    /// The objective glpsol reports for `file` (from its solution report, `-o`).
    static func objective(_ executable: String, file: String) throws -> Double? {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("glpsol-\(UUID().uuidString).txt")
            .path
        defer { try? FileManager.default.removeItem(atPath: report) }
        _ = try ChildProcess(executable: executable, arguments: ["--freemps", file, "-o", report], measuresPeak: false)
            .run(limit: 3600)
        let text = try String(contentsOfFile: report, encoding: .utf8)
        // "Objective:  R0000 = -464.7531429 (MINimum)"
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Objective:") }),
            let equals = line.range(of: "= ")
        else { return nil }
        return Double(line[equals.upperBound...].split(separator: " ").first ?? "")
    }
}
