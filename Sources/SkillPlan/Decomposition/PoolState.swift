import Synchronization

/// The shared state of one ``WorkerPool/map(count:jobs:finished:_:)``: the next job to
/// hand out and each job's outcome.
final class PoolState<Result: Sendable>: Sendable {
    private struct Jobs {
        var next = 0
        var done = 0
        var outcomes: [Swift.Result<Result, Error>?]
    }

    private let jobs: Mutex<Jobs>

    init(count: Int) {
        jobs = Mutex(Jobs(outcomes: Array(repeating: nil, count: count)))
    }

    func nextJob() -> Int? {
        jobs.withLock { jobs in
            guard jobs.next < jobs.outcomes.count else { return nil }
            jobs.next += 1
            return jobs.next - 1
        }
    }

    @discardableResult
    func store(_ job: Int, _ outcome: Swift.Result<Result, Error>) -> Int {
        jobs.withLock { jobs in
            jobs.outcomes[job] = outcome
            jobs.done += 1
            return jobs.done
        }
    }

    func results() throws -> [Result] {
        try jobs.withLock { jobs in
            try jobs.outcomes.map { outcome in
                switch outcome {
                case .success(let value)?: return value
                case .failure(let error)?: throw error
                case nil: throw CancellationError()
                }
            }
        }
    }
}
