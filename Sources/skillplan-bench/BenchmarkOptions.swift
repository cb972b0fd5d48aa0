import ArgumentParser

/// The options every benchmark shares.
struct BenchmarkOptions: ParsableArguments {
    @Option(help: "How many times each measurement is repeated; the median is reported.")
    var repeats: Int = 5

    func validate() throws {
        guard repeats >= 1 else { throw ValidationError("--repeats must be at least 1, not \(repeats).") }
    }
}
