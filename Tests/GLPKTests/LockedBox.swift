import Synchronization

/// A value shared between threads, guarded by a lock (for collecting results of
/// concurrent solves and progress reports in tests; the sources use
/// `Synchronization.Mutex` directly).
final class LockedBox<Value: Sendable>: Sendable {
    private let value: Mutex<Value>

    init(_ value: Value) {
        self.value = Mutex(value)
    }

    /// Runs `body` with exclusive access to the value.
    func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        try value.withLock { try body(&$0) }
    }
}
