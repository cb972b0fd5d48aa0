import GLPK
import ReferenceModels

/// How fast a large model is built through the public API (`addVariable`,
/// `LinearExpression.add`, `addConstraint`, `setObjective`), not counting the
/// generation of its data.
struct BuildBenchmark {
    /// About how many non-zeros the model has.
    let nonzeros: Int
    /// How many builds; the median is reported.
    let repeats: Int

    /// What was measured.
    struct Result {
        var rows: Int
        var columns: Int
        var nonzeros: Int
        var times: [Double]

        var median: Double { Stopwatch.median(times) }
        var rate: Double { Double(nonzeros) / median }

        var report: String {
            let runs = times.map { String(format: "%.3f", $0) }.joined(separator: ", ")
            return """
                Model build rate (known-optimum LP, \(rows) rows × \(columns) columns, \(nonzeros) non-zeros)
                  build times (s): \(runs)
                  median:          \(String(format: "%.3f", median)) s
                  rate:            \(String(format: "%.2f", rate / 1e6)) million non-zeros per second (goal: ≥ 2)

                """
        }
    }

    /// Generates the data once, then builds the model `repeats` times.
    func run() throws -> Result {
        // rows × columns × density ≈ nonzeros, with twice as many columns as rows.
        let rows = max(10, Int((Double(nonzeros) / 0.04).squareRoot().rounded()))
        let columns = 2 * rows
        let density = Double(nonzeros) / Double(rows * columns)
        let lp = KnownOptimumLP(rows: rows, columns: columns, density: min(density, 1), seed: 2025)
        var times: [Double] = []
        var model: Model?
        for _ in 0..<repeats {
            model = nil  // the previous model is freed outside the timed part
            times.append(try Stopwatch.time { model = try lp.makeModel() })
        }
        return Result(rows: rows, columns: columns, nonzeros: model?.nonzeroCount ?? 0, times: times)
    }
}
