import ArgumentParser
import ReferenceModels

/// `skillplan-bench netlib`: every optimal Netlib LP, in-process and with `glpsol --freemps`.
struct NetlibBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "netlib",
        abstract: "Solve every optimal Netlib LP in-process and with glpsol; print times and ratios."
    )

    @OptionGroup var options: BenchmarkOptions

    @Option(help: "The Netlib folder (default: $SKILLPLAN_NETLIB, else ../shared/netlib beside the package).")
    var netlib: String?

    @Option(help: "The glpsol executable.")
    var glpsol: String = "/usr/bin/glpsol"

    func run() throws {
        print(BenchmarkMachine.current(glpsol: glpsol).report)
        guard try runNetlib(repeats: options.repeats, netlib: netlib, glpsol: glpsol) else { throw ExitCode.failure }
    }
}

/// Runs the Netlib benchmark and prints its table; `false` when an objective disagreed.
func runNetlib(repeats: Int, netlib: String?, glpsol: String) throws -> Bool {
    let catalog = netlib.flatMap(NetlibCatalog.init(folder:)) ?? NetlibCatalog.shared
    guard let catalog else {
        print(NetlibCatalog.skipMessage)
        return true
    }
    let benchmark = NetlibBenchmark(catalog: catalog, repeats: repeats, glpsol: glpsol)
    let rows = try benchmark.run { print("  \($0)…") }
    print(NetlibBenchmark.table(rows, repeats: repeats))
    return rows.allSatisfy(\.objectivesAgree)
}
