import Foundation

/// Runs independent jobs on a few threads of their own and returns their results in job
/// order, whatever order they finish in.
///
/// Each job runs start to finish on one thread, so a GLPK problem made inside a job is
/// created, solved and deleted on the same thread, as GLPK requires. The threads get a
/// large stack (GLPK's branch-and-cut recurses).
///
/// Kept rather than Swift concurrency's task groups or Dispatch: their shared threads
/// have the default stack, not the 16 MiB GLPK's recursion needs, and a solve that
/// blocks for minutes would hold a thread those pools need for other work.
public enum WorkerPool {
    /// The stack size of each worker thread: 16 MiB.
    static let stackSize = 16 << 20

    /// The number of cores this process may use.
    public static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Runs `body(0) … body(count − 1)` on `jobs` threads.
    ///
    /// - Parameters:
    ///   - count: how many jobs.
    ///   - jobs: how many threads, at least 1 (at most `count` are started).
    ///   - finished: called after each job, on its thread, with the number of jobs done so far.
    ///   - body: one job; it may throw.
    /// - Returns: each job's result, in job order.
    /// - Throws: the error of the lowest-numbered job that threw (every job still runs).
    public static func map<Result: Sendable>(
        count: Int, jobs: Int, finished: (@Sendable (Int) -> Void)? = nil,
        _ body: @escaping @Sendable (Int) throws -> Result
    ) throws -> [Result] {
        guard count > 0 else { return [] }
        let state = PoolState<Result>(count: count)
        let threads = max(1, min(jobs, count))
        if threads == 1 {
            for job in 0..<count {
                state.store(job, Swift.Result { try body(job) })
                finished?(job + 1)
            }
        } else {
            let group = DispatchGroup()
            for _ in 0..<threads {
                group.enter()
                let thread = Thread {
                    while let job = state.nextJob() {
                        let outcome = Swift.Result { try body(job) }
                        let done = state.store(job, outcome)
                        finished?(done)
                    }
                    group.leave()
                }
                thread.stackSize = stackSize
                thread.start()
            }
            group.wait()
        }
        return try state.results()
    }
}
