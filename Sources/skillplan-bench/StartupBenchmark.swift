import Foundation
import SkillPlan
import ReferenceModels

/// How long `skillplan` takes to start and do a little, dynamically linked (the Swift
/// runtime loaded from the toolchain's shared libraries, as `swift build` makes it)
/// against `make dist`'s statically linked program, with `glpsol` as the floor: each
/// command runs `repeats` times, the three programs taking turns, and the medians are
/// divided within the run.
struct StartupBenchmark {
    /// The dynamically linked `skillplan`.
    var dynamic: String
    /// The statically linked `skillplan` (`make dist`).
    var statically: String
    /// `glpsol`.
    var glpsol: String
    /// Runs of each command by each program.
    var repeats: Int

    /// One command's medians.
    struct Row {
        var command: String
        var dynamicSeconds: Double
        var staticSeconds: Double
        var glpsolSeconds: Double?
    }

    /// The rows, then the programs' sizes, as a report.
    func run() throws -> String {
        var commands: [(name: String, skillplan: [String], glpsol: [String]?)] = [
            ("--version", ["--version"], ["--version"]),
        ]
        if let afiro = NetlibCatalog.shared?.instances.first(where: { $0.name == "afiro" })?.path {
            commands.append(("lp solve afiro.mps", ["lp", "solve", afiro], ["--freemps", afiro]))
        }
        var rows: [Row] = []
        for command in commands {
            for program in [dynamic, statically] { _ = try ChildProcess(executable: program, arguments: command.skillplan).time() }
            var times: [[Double]] = [[], [], []]
            for _ in 0..<repeats {
                times[0].append(try ChildProcess(executable: dynamic, arguments: command.skillplan).time())
                times[1].append(try ChildProcess(executable: statically, arguments: command.skillplan).time())
                if let arguments = command.glpsol { times[2].append(try ChildProcess(executable: glpsol, arguments: arguments).time()) }
            }
            rows.append(Row(command: command.name, dynamicSeconds: Stopwatch.median(times[0]),
                            staticSeconds: Stopwatch.median(times[1]),
                            glpsolSeconds: times[2].isEmpty ? nil : Stopwatch.median(times[2])))
        }
        return report(rows)
    }

    private func report(_ rows: [Row]) -> String {
        func ms(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }
        func mb(_ path: String) -> String {
            let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
            return bytes.map { String(format: "%.1f MB", Double($0) / 1_048_576) } ?? "?"
        }
        var table = [["command", "dynamic", "static", "static ÷ dynamic", "glpsol", "static ÷ glpsol"]]
        for row in rows {
            table.append([row.command, ms(row.dynamicSeconds), ms(row.staticSeconds),
                          String(format: "%.2f", row.staticSeconds / row.dynamicSeconds),
                          row.glpsolSeconds.map(ms) ?? "–",
                          row.glpsolSeconds.map { String(format: "%.2f", row.staticSeconds / $0) } ?? "–"])
        }
        let lines = ["Start-up: skillplan dynamically linked (\(dynamic), \(mb(dynamic))) vs statically linked (\(statically), \(mb(statically))), glpsol as the floor; median of \(repeats) runs each, taking turns"]
            + TextWidth.align(table, rightAligned: [1, 2, 3, 4, 5])
        return lines.joined(separator: "\n") + "\n"
    }
}
