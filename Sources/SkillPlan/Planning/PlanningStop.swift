import Synchronization

/// A way to stop a solve from another thread (a Ctrl-C handler, a web request that
/// was cancelled): the search ends at its next progress report and keeps the best plan
/// found so far, as a time limit would.
public final class PlanningStop: Sendable {
    private let requested = Atomic<Bool>(false)

    /// A stop not yet requested.
    public init() {}

    /// Asks the solve to stop; safe from any thread, and more than once.
    public func stop() {
        requested.store(true, ordering: .relaxed)
    }

    /// Whether a stop was asked for.
    public var isStopped: Bool {
        requested.load(ordering: .relaxed)
    }
}
