import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Ends a child process group that outlives its time limit: SIGTERM, then SIGKILL 5 s later.
final class Watchdog: @unchecked Sendable {
    // Safe: every access to `armed` and `didFire` holds `lock`.
    private let lock = NSLock()
    private let pid: pid_t
    private var armed = true
    private var didFire = false

    /// A watchdog of the process group `pid` (the child leads its own group).
    init(pid: pid_t) {
        self.pid = pid
    }

    /// Starts the clock.
    func arm(after seconds: Double) {
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
            guard lock.withLock({ armed ? { didFire = true; return true }() : false }) else { return }
            kill(-pid, SIGTERM)
            DispatchQueue.global().asyncAfter(deadline: .now() + 5) { [self] in
                if lock.withLock({ armed }) { kill(-pid, SIGKILL) }
            }
        }
    }

    /// Stops the clock (the child has been reaped).
    func disarm() {
        lock.withLock { armed = false }
    }

    /// Whether the limit was reached.
    var fired: Bool { lock.withLock { didFire } }
}
