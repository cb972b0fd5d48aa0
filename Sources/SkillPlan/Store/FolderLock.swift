import Foundation

/// An advisory lock (`flock`) on a store's folder, held while a process opens the
/// store: it checks the file, sets up WAL mode and runs the migrations. GRDB's
/// migrator reads which migrations are applied before it runs the others, so two
/// processes creating the same store at once would both try `v1`; the lock makes them
/// take turns. The kernel drops the lock when the process ends, `kill -9` included.
///
/// The lock is on the folder, not on the database file: closing any descriptor of the
/// database file would drop the POSIX locks SQLite holds on it in this process.
///
/// Kept rather than taken from a package: GRDB locks only inside one process, and no
/// installed package offers a cross-process advisory lock; `flock` is one call.
enum FolderLock {
    /// Runs `body` while holding an exclusive lock on `folder`.
    ///
    /// - Parameters:
    ///   - folder: the store's folder (it must exist).
    ///   - store: the store's path, for messages.
    ///   - timeout: how long to wait for another process, in seconds.
    ///   - body: the work to do under the lock.
    /// - Returns: what `body` returns.
    /// - Throws: ``PlanStoreError/cannotOpen(store:reason:)`` when the folder cannot be
    ///   opened, ``PlanStoreError/busy(store:seconds:)`` after `timeout`, or what
    ///   `body` throws.
    static func withLock<T>(folder: String, store: String, timeout: Double, _ body: () throws -> T) throws -> T {
        let descriptor = open(folder, O_RDONLY)
        guard descriptor >= 0 else {
            throw PlanStoreError.cannotOpen(
                store: store, reason: "cannot open its folder \(folder): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        let deadline = Date().addingTimeInterval(timeout)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            guard code == EWOULDBLOCK || code == EINTR else {
                throw PlanStoreError.cannotOpen(
                    store: store, reason: "cannot lock its folder \(folder): \(String(cString: strerror(code)))")
            }
            if Date() > deadline { throw PlanStoreError.busy(store: store, seconds: timeout) }
            usleep(2_000)
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}
