import Synchronization

/// A value shared between threads, guarded by a lock: in tests, the results of
/// concurrent solves, progress reports, what another thread read (the sources use
/// `Synchronization.Mutex` directly).
public final class LockedBox<Value: Sendable>: Sendable {
    private let value: Mutex<Value>

    /// A box holding `value`.
    public init(_ value: Value) {
        self.value = Mutex(value)
    }

    /// Runs `body` with exclusive access to the value.
    public func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        try value.withLock { try body(&$0) }
    }
}
