import ArgumentParser

/// `skillplan-bench end-to-end`: `skillplan solve` on the Xingning baseline beside glpsol on its exported model.
struct EndToEndBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "end-to-end",
        abstract: "Time skillplan solve on the Xingning baseline beside glpsol on the same exported model."
    )

    @Option(help: "How many timed runs of each; the median is reported.")
    var repeats: Int = 3

    @Option(help: "The glpsol executable.")
    var glpsol: String = "/usr/bin/glpsol"

    func run() throws {
        print(BenchmarkMachine.current(glpsol: glpsol).report)
        print(try EndToEndBenchmark(repeats: repeats, glpsol: glpsol).run().report)
    }
}
