import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Ends a child process group that outlives its time limit: SIGTERM, then SIGKILL 5 s later.
final class Watchdog: Sendable {
    private struct Clock {
        var armed = true
        var fired = false
    }

    private let pid: pid_t
    private let clock = Mutex(Clock())

    /// A watchdog of the process group `pid` (the child leads its own group).
    init(pid: pid_t) {
        self.pid = pid
    }

    /// Starts the clock.
    func arm(after seconds: Double) {
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
            let fire = clock.withLock { clock in
                guard clock.armed else { return false }
                clock.fired = true
                return true
            }
            guard fire else { return }
            kill(-pid, SIGTERM)
            DispatchQueue.global().asyncAfter(deadline: .now() + 5) { [self] in
                if clock.withLock({ $0.armed }) { kill(-pid, SIGKILL) }
            }
        }
    }

    /// Stops the clock (the child has been reaped).
    func disarm() {
        clock.withLock { $0.armed = false }
    }

    /// Whether the limit was reached.
    var fired: Bool { clock.withLock { $0.fired } }
}
