import ArgumentParser
import Foundation
import SkillPlan

/// The options of the commands that solve many variants of one scenario on every core
/// (`sweep`'s points, `robustness`'s cases): the cores, and each variant's search
/// limits, stopped by default at a node count so that every run gives the same table.
struct VariantSearchOptions: ParsableArguments {
    @Option(help: "Cores: variants solved at once. Default: every core.")
    var jobs: Int?

    @Option(
        parsing: .unconditional, help: "Stop each variant's search after this many seconds (default: the scenario's).")
    var timeLimit: Double?

    @Option(parsing: .unconditional, help: "Stop each variant's search at this relative gap (default: the scenario's).")
    var mipGap: Double?

    @Option(
        parsing: .unconditional,
        help:
            "Stop each variant's search at this many branch-and-bound nodes, with its best plan (default: 20000). Unlike a time limit, the same in every run."
    )
    var nodeLimit: Int = SweepRunner.defaultNodeLimit

    /// The cores to use: `--jobs`, else every core.
    var cores: Int { jobs ?? WorkerPool.cores }

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, not \(jobs)") }
        if let timeLimit, let problem = InputLimits.timeLimitProblem(timeLimit) {
            throw ValidationError("--time-limit \(problem)")
        }
        if let problem = InputLimits.nodeLimitProblem(nodeLimit) {
            throw ValidationError("--node-limit \(problem)")
        }
        if let mipGap, let problem = InputLimits.mipGapProblem(mipGap) {
            throw ValidationError("--mip-gap \(problem)")
        }
    }

    /// Each variant's planning options: the limits given, the scenario's otherwise.
    var planningOptions: PlanningOptions {
        var options = PlanningOptions(timeLimit: timeLimit, mipGap: mipGap)
        options.nodeLimit = nodeLimit
        return options
    }

    /// A progress line on standard error (`\r  sweep: 3/12 points solved`), rewritten
    /// after each variant, when it is a terminal; else `nil`. ``clearProgress()`` wipes it
    /// when the run is done.
    ///
    /// - Parameter line: the line's words for the variants done and the total.
    /// - Returns: the progress handler.
    static func progress(_ line: @escaping @Sendable (Int, Int) -> String) -> (@Sendable (Int, Int) -> Void)? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        return { done, total in
            FileHandle.standardError.write(Data("\r  \(line(done, total))   ".utf8))
        }
    }

    /// Wipes the progress line, when there is one.
    static func clearProgress() {
        if isatty(STDERR_FILENO) == 1 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
