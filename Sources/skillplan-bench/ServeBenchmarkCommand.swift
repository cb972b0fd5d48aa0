import ArgumentParser

/// `skillplan-bench serve`: the workbench under load, on loopback only.
struct ServeBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract:
            "Measure skillplan serve: page latency under 50 clients while two solves run (wrk), the plan page's size, the first progress after Solve, 20 saves at once, and a SIGKILL in the middle of saves.",
        discussion:
            "Starts the release skillplan serve on a free loopback port with a new store; needs wrk (Debian) and curl. Bounded: each wrk run lasts --seconds."
    )

    @Option(help: "The skillplan executable (a release build).")
    var skillplan = ".build/release/skillplan"

    @Option(help: "Seconds of each wrk run.")
    var seconds = 10

    @Option(help: "Concurrent wrk connections.")
    var clients = 50

    func run() throws {
        print(BenchmarkMachine.current(glpsol: nil).report)
        print(try ServeBenchmark(skillplan: skillplan, seconds: seconds, clients: clients).run())
    }
}
