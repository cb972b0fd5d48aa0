import ArgumentParser
import Foundation

/// `skillplan-bench startup`: `make dist`'s statically linked `skillplan` against the
/// dynamically linked builds (release and debug), starting and solving afiro.
struct StartupBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "startup",
        abstract:
            "Time skillplan's start-up, statically linked (make dist) vs dynamically linked, with glpsol as the floor.",
        discussion:
            "Runs `--version` and `lp solve afiro.mps` (when ../shared/netlib is there) with each program in turn; every median is divided by the static program's. The dynamically linked builds default to .build/release/skillplan and .build/debug/skillplan, those that exist."
    )

    @Option(
        help:
            "A dynamically linked skillplan (repeat for several). Default: .build/release/skillplan and .build/debug/skillplan, those that exist."
    )
    var dynamic: [String] = []

    @Option(
        name: .customLong("static"),
        help: "The statically linked skillplan (default: the newest dist/skillplan-*/skillplan).")
    var statically: String?

    @Option(help: "The glpsol executable.")
    var glpsol: String = "/usr/bin/glpsol"

    @Option(help: "Runs of each command by each program.")
    var repeats: Int = 40

    func validate() throws {
        guard repeats >= 1 else { throw ValidationError("--repeats must be at least 1, e.g. 40") }
    }

    func run() throws {
        guard let statically = statically ?? Self.newestDist() else {
            throw ValidationError("no statically linked skillplan: run `make dist` or give --static PATH")
        }
        let dynamic =
            self.dynamic.isEmpty
            ? ["release", "debug"].map { ".build/\($0)/skillplan" }.filter {
                FileManager.default.isExecutableFile(atPath: $0)
            }
            : self.dynamic
        guard !dynamic.isEmpty else {
            throw ValidationError(
                "no dynamically linked skillplan: run `swift build -c release --product skillplan` or give --dynamic PATH"
            )
        }
        for program in [statically] + dynamic where !FileManager.default.isExecutableFile(atPath: program) {
            throw ValidationError(
                "\(program) is not an executable; build it (make dist, swift build -c release) or give its path")
        }
        print(BenchmarkMachine.current(glpsol: glpsol).report)
        let benchmark = StartupBenchmark(
            statically: .init(label: "static (make dist)", path: statically),
            dynamic: dynamic.map { .init(label: Self.label(of: $0), path: $0) }, glpsol: glpsol, repeats: repeats)
        print(try benchmark.run())
    }

    /// "dynamic, release" for a program in a `release` folder, "dynamic, debug" for one
    /// in `debug`, else "dynamic".
    static func label(of path: String) -> String {
        let folder = ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent
        return ["release", "debug"].contains(folder) ? "dynamic, \(folder)" : "dynamic"
    }

    /// The newest `dist/skillplan-*/skillplan` under the current folder.
    static func newestDist() -> String? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "dist")) ?? []
        let programs = names.filter { $0.hasPrefix("skillplan-") && !$0.hasSuffix(".tar.gz") }
            .map { FileManager.default.currentDirectoryPath + "/dist/" + $0 + "/skillplan" }
            .filter { FileManager.default.isExecutableFile(atPath: $0) }
        return programs.max { lhs, rhs in
            let date = { (path: String) in
                (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? .distantPast
            }
            return date(lhs) < date(rhs)
        }
    }
}
