import ArgumentParser
import Foundation

/// `skillplan-bench startup`: the dynamically linked `skillplan` against `make dist`'s
/// statically linked one, starting and solving afiro.
struct StartupBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "startup",
        abstract: "Time skillplan's start-up, dynamically vs statically linked (make dist), with glpsol as the floor.",
        discussion: "Runs `--version` and `lp solve afiro.mps` (when ../shared/netlib is there) with each program in turn."
    )

    @Option(help: "The dynamically linked skillplan (default: the one beside this benchmark).")
    var dynamic: String?

    @Option(name: .customLong("static"), help: "The statically linked skillplan (default: the newest dist/skillplan-*/skillplan).")
    var statically: String?

    @Option(help: "The glpsol executable.")
    var glpsol: String = "/usr/bin/glpsol"

    @Option(help: "Runs of each command by each program.")
    var repeats: Int = 40

    func validate() throws {
        guard repeats >= 1 else { throw ValidationError("--repeats must be at least 1, e.g. 40") }
    }

    func run() throws {
        let dynamic = dynamic ?? ScaleReport.productsFolder + "/skillplan"
        guard let statically = statically ?? Self.newestDist() else {
            throw ValidationError("no statically linked skillplan: run `make dist` or give --static PATH")
        }
        for program in [dynamic, statically] where !FileManager.default.isExecutableFile(atPath: program) {
            throw ValidationError("\(program) is not an executable; build it (make dist, swift build -c release) or give its path")
        }
        print(BenchmarkMachine.current(glpsol: glpsol).report)
        print(try StartupBenchmark(dynamic: dynamic, statically: statically, glpsol: glpsol, repeats: repeats).run())
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
