import Foundation
import ReferenceModels
import SkillPlan

/// How long `skillplan` takes to start and do a little, statically linked (`make dist`:
/// the Swift runtime and Foundation inside the program) against dynamically linked
/// builds (the runtime loaded from the toolchain's shared libraries, as `swift build`
/// makes it, release or debug), with `glpsol` as the floor: each command runs `repeats`
/// times, the programs taking turns, and every median is divided by the static
/// program's within the run.
struct StartupBenchmark {
    /// A `skillplan` to time, and what to call it.
    struct Program {
        /// Its name in the table (`static (make dist)`, `dynamic, release`).
        var label: String
        /// Its path.
        var path: String
    }

    /// The statically linked `skillplan` (`make dist`), the reference of every ratio.
    var statically: Program
    /// The dynamically linked builds.
    var dynamic: [Program]
    /// `glpsol`.
    var glpsol: String
    /// Runs of each command by each program.
    var repeats: Int

    /// A command as `skillplan` and as `glpsol` (`nil`: glpsol has none like it) write it.
    struct Command {
        var name: String
        var skillplan: [String]
        var glpsol: [String]?
    }

    /// `--version`, and `lp solve afiro.mps` when the Netlib folder is there.
    static var commands: [Command] {
        var commands = [Command(name: "--version", skillplan: ["--version"], glpsol: ["--version"])]
        if let afiro = NetlibCatalog.shared?.instances.first(where: { $0.name == "afiro" })?.path {
            commands.append(
                Command(name: "lp solve afiro.mps", skillplan: ["lp", "solve", afiro], glpsol: ["--freemps", afiro]))
        }
        return commands
    }

    /// Each program's median seconds per command (glpsol last, `nil` where it has no
    /// such command).
    func measure(_ commands: [Command]) throws -> [[Double?]] {
        let programs = [statically] + dynamic
        var medians = [[Double?]](repeating: [], count: programs.count + 1)
        for command in commands {
            for program in programs {
                _ = try ChildProcess(executable: program.path, arguments: command.skillplan).time()
            }
            var times = [[Double]](repeating: [], count: programs.count + 1)
            for _ in 0..<repeats {
                for (index, program) in programs.enumerated() {
                    times[index].append(try ChildProcess(executable: program.path, arguments: command.skillplan).time())
                }
                if let arguments = command.glpsol {
                    times[programs.count].append(try ChildProcess(executable: glpsol, arguments: arguments).time())
                }
            }
            for index in times.indices {
                medians[index].append(times[index].isEmpty ? nil : Stopwatch.median(times[index]))
            }
        }
        return medians
    }

    /// The table: a row per program (size, then per command its median and its ratio to
    /// the static program's), glpsol last.
    func run() throws -> String {
        let commands = Self.commands
        let medians = try measure(commands)
        let reference = medians[0]
        func ms(_ seconds: Double?) -> String { seconds.map { String(format: "%.1f ms", $0 * 1000) } ?? "–" }
        func ratio(_ seconds: Double?, _ column: Int) -> String {
            guard let seconds, let base = reference[column] else { return "–" }
            return String(format: "%.2f", seconds / base)
        }
        var table = [["program", "size"] + commands.flatMap { [$0.name, "÷ static"] }]
        let rows = ([statically] + dynamic).map { ($0.label, $0.path) } + [("glpsol", glpsol)]
        for (index, row) in rows.enumerated() {
            table.append(
                [row.0, Self.megabytes(row.1)]
                    + commands.indices.flatMap { [ms(medians[index][$0]), ratio(medians[index][$0], $0)] })
        }
        let paths = rows.map { "  \($0.0): \($0.1)" }
        let lines =
            [
                "Start-up: skillplan statically linked (make dist) against dynamically linked builds, glpsol as the floor; median of \(repeats) runs each, the programs taking turns"
            ]
            + paths + [""] + TextWidth.align(table, rightAligned: Set(1..<(2 + 2 * commands.count)))
        return lines.joined(separator: "\n") + "\n"
    }

    /// A file's size in MB (10⁶ bytes), or kB below 1 MB; `?` when it cannot be read.
    static func megabytes(_ path: String) -> String {
        guard let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil else {
            return "?"
        }
        return bytes < 1_000_000
            ? String(format: "%.0f kB", Double(bytes) / 1_000) : String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }
}
