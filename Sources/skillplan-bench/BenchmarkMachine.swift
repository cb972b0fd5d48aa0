import Foundation
import GLPK

/// Where and when a benchmark ran: cores, CPU model, date and GLPK's version.
struct BenchmarkMachine {
    var cores: Int
    var cpuModel: String
    var date: String
    var glpkVersion: String
    var glpsolVersion: String?

    /// This machine, now.
    static func current(glpsol: String?) -> BenchmarkMachine {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model =
            cpuinfo.split(separator: "\n")
            .first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
        let formatter = ISO8601DateFormatter()
        return BenchmarkMachine(
            cores: ProcessInfo.processInfo.activeProcessorCount,
            cpuModel: model,
            date: formatter.string(from: Date()),
            glpkVersion: GLPKLibrary.version,
            glpsolVersion: glpsol.flatMap(GlpsolRunner.version(of:)))
    }

    /// The lines printed above the results.
    var report: String {
        var lines = [
            "date:     \(date)",
            "machine:  \(cores) cores (nproc), \(cpuModel)",
            "GLPK:     \(glpkVersion) (linked in-process)",
        ]
        if let glpsolVersion { lines.append("glpsol:   \(glpsolVersion)") }
        #if DEBUG
            lines.append("build:    DEBUG — use a release build (make bench) for real numbers")
        #else
            lines.append("build:    release")
        #endif
        return lines.joined(separator: "\n") + "\n"
    }
}
