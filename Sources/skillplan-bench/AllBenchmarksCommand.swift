import ArgumentParser

/// `skillplan-bench all` (the default): the Netlib comparison, then the build rate.
struct AllBenchmarksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "all",
        abstract: "Run the Netlib comparison and the build-rate benchmark."
    )

    @OptionGroup var options: BenchmarkOptions

    @Option(help: "The glpsol executable.")
    var glpsol: String = "/usr/bin/glpsol"

    func run() throws {
        print(BenchmarkMachine.current(glpsol: glpsol).report)
        let agreed = try runNetlib(repeats: options.repeats, netlib: nil, glpsol: glpsol)
        print("")
        print(try BuildBenchmark(nonzeros: 1_000_000, repeats: 3).run().report)
        if !agreed { throw ExitCode.failure }
    }
}
