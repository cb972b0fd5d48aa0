import Foundation

/// The shared state of one ``WorkerPool/map(count:jobs:finished:_:)``: the next job to
/// hand out and each job's outcome.
final class PoolState<Result: Sendable>: @unchecked Sendable {
    // Safe: every access to the mutable state holds `lock`.
    private let lock = NSLock()
    private var next = 0
    private var done = 0
    private var outcomes: [Swift.Result<Result, Error>?]

    init(count: Int) {
        outcomes = Array(repeating: nil, count: count)
    }

    func nextJob() -> Int? {
        lock.withLock {
            guard next < outcomes.count else { return nil }
            next += 1
            return next - 1
        }
    }

    @discardableResult
    func store(_ job: Int, _ outcome: Swift.Result<Result, Error>) -> Int {
        lock.withLock {
            outcomes[job] = outcome
            done += 1
            return done
        }
    }

    func results() throws -> [Result] {
        try lock.withLock {
            try outcomes.map { outcome in
                switch outcome {
                case .success(let value)?: return value
                case .failure(let error)?: throw error
                case nil: throw CancellationError()
                }
            }
        }
    }
}
