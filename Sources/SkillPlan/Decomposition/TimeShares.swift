import Synchronization

/// What is left of a stage's time, handed out to jobs that start one after another on a
/// few threads: each job, as it starts, gets its fair share of the time left until the
/// stage's end (the time left × threads ÷ jobs not yet started, at most the time left).
/// A job that ends early leaves its time to the jobs after it; one that runs long takes
/// it from them, so the stage ends near its deadline whatever the jobs' sizes.
final class TimeShares: Sendable {
    /// When the stage's time runs out.
    let deadline: ContinuousClock.Instant
    /// The threads the jobs run on.
    let threads: Int
    /// Jobs not yet started.
    private let waiting: Mutex<Int>

    /// Shares of the time until `deadline` for `jobs` jobs on `threads` threads.
    init(until deadline: ContinuousClock.Instant, jobs: Int, threads: Int) {
        self.deadline = deadline
        self.threads = max(1, threads)
        waiting = Mutex(max(1, jobs))
    }

    /// The seconds of the job starting now (0 when the stage's time is gone).
    func next() -> Double {
        let count = waiting.withLock { count in
            defer { count = max(1, count - 1) }
            return count
        }
        let left = max(0, (deadline - ContinuousClock.now) / .seconds(1))
        return left * min(1, Double(threads) / Double(count))
    }
}
