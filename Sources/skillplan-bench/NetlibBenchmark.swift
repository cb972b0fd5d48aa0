import Foundation
import GLPK
import ReferenceModels
import SkillPlan

/// The wrapper in-process against `glpsol --freemps` on every optimal Netlib LP, with
/// default options on both sides (primal simplex with the presolver).
struct NetlibBenchmark {
    let catalog: NetlibCatalog
    let repeats: Int
    let glpsol: String

    /// Measures every LP whose expected status is optimal.
    /// - Parameter progress: called with each instance's name before it is measured.
    func run(progress: (String) -> Void) throws -> [NetlibTiming] {
        try catalog.instances(expecting: .optimal, kind: .lp).map { instance in
            progress(instance.name)
            let model = try Model.read(contentsOf: instance.path)
            var objective = Double.nan
            // A warm-up of each, then the timed repeats.
            _ = try model.solve()
            _ = try GlpsolRunner.timeSolve(glpsol, file: instance.path)
            var solveTimes: [Double] = []
            var readSolveTimes: [Double] = []
            var glpsolTimes: [Double] = []
            for _ in 0..<repeats {
                solveTimes.append(try Stopwatch.time { objective = try model.solve().objectiveValue ?? .nan })
                readSolveTimes.append(
                    try Stopwatch.time {
                        _ = try Model.read(contentsOf: instance.path).solve()
                    })
                glpsolTimes.append(try GlpsolRunner.timeSolve(glpsol, file: instance.path))
            }
            return NetlibTiming(
                name: instance.name, rows: model.constraintCount, columns: model.variableCount,
                nonzeros: model.nonzeroCount,
                wrapperSolve: Stopwatch.median(solveTimes), wrapperReadSolve: Stopwatch.median(readSolveTimes),
                glpsol: Stopwatch.median(glpsolTimes), wrapperObjective: objective,
                glpsolObjective: try GlpsolRunner.objective(glpsol, file: instance.path),
                expectedObjective: instance.objective ?? .nan)
        }
    }

    /// The table: one line per LP, then the geometric means.
    static func table(_ rows: [NetlibTiming], repeats: Int) -> String {
        func ms(_ seconds: Double) -> String { String(format: "%.2f", seconds * 1000) }
        func ratio(_ value: Double) -> String { String(format: "%.2f×", value) }
        let header = [
            "LP", "rows", "cols", "nnz", "wrapper solve ms", "wrapper read+solve ms", "glpsol ms",
            "solve ratio", "read+solve ratio", "objective", "agree",
        ]
        var cells = rows.map { row in
            [
                row.name, "\(row.rows)", "\(row.columns)", "\(row.nonzeros)", ms(row.wrapperSolve),
                ms(row.wrapperReadSolve),
                ms(row.glpsol), ratio(row.solveRatio), ratio(row.readSolveRatio),
                String(format: "%.10g", row.wrapperObjective), row.objectivesAgree ? "yes" : "NO",
            ]
        }
        cells.append([
            "geometric mean", "", "", "", ms(Stopwatch.geometricMean(rows.map(\.wrapperSolve))),
            ms(Stopwatch.geometricMean(rows.map(\.wrapperReadSolve))), ms(Stopwatch.geometricMean(rows.map(\.glpsol))),
            ratio(Stopwatch.geometricMean(rows.map(\.solveRatio))),
            ratio(Stopwatch.geometricMean(rows.map(\.readSolveRatio))),
            "", rows.allSatisfy(\.objectivesAgree) ? "all" : "NO",
        ])
        let rule = TextWidth.columnWidths([header] + cells).map { String(repeating: "-", count: $0) }
        let table = TextWidth.align(
            [header, rule] + cells.dropLast() + [rule, cells[cells.count - 1]],
            rightAligned: Set(1..<header.count))
        var lines = [
            "Netlib LPs: wrapper in-process vs glpsol --freemps (median of \(repeats) runs, wall time; default options: primal simplex with presolver)"
        ]
        lines += table
        lines.append(
            "ratio = wrapper ÷ glpsol (below 1 is faster); glpsol's time includes starting the process and reading the file, so compare it with read+solve."
        )
        return lines.joined(separator: "\n") + "\n"
    }
}
