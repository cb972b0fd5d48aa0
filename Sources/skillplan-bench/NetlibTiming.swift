/// One Netlib LP's measurements: median wall times of the wrapper and of glpsol.
struct NetlibTiming {
    var name: String
    var rows: Int
    var columns: Int
    var nonzeros: Int
    /// `Model.solve()` on a model already read.
    var wrapperSolve: Double
    /// `Model.read(contentsOf:)` and `Model.solve()`.
    var wrapperReadSolve: Double
    /// `glpsol --freemps FILE`: process start, reading, solving, writing to /dev/null.
    var glpsol: Double
    var wrapperObjective: Double
    var glpsolObjective: Double?
    var expectedObjective: Double

    /// Wrapper (solve only) ÷ glpsol.
    var solveRatio: Double { wrapperSolve / glpsol }
    /// Wrapper (read and solve) ÷ glpsol.
    var readSolveRatio: Double { wrapperReadSolve / glpsol }

    /// Both objectives match `expected.tsv` (and each other) to 1e-6 relative.
    var objectivesAgree: Bool {
        func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-6 * max(1, abs(a), abs(b)) }
        guard let glpsolObjective else { return false }
        return close(wrapperObjective, glpsolObjective) && close(wrapperObjective, expectedObjective)
    }
}
