import GRDB

extension PlanStore {
    /// The ``PlanStoreError`` for an error thrown by GRDB (or the error itself when it
    /// already is one).
    ///
    /// - Parameters:
    ///   - error: what was thrown.
    ///   - store: the store's path, for the message.
    /// - Returns: the store error.
    static func storeError(_ error: Error, store: String) -> PlanStoreError {
        if let error = error as? PlanStoreError { return error }
        guard let error = error as? DatabaseError else {
            return .database(store: store, detail: "\(error)")
        }
        let detail = error.message ?? "SQLite error \(error.resultCode.rawValue)"
        switch error.resultCode {
        case .SQLITE_NOTADB:
            return .notADatabase(store: store)
        case .SQLITE_CORRUPT:
            return .corrupt(store: store, detail: "SQLite: \(detail)")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .busy(store: store, seconds: busyTimeout)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_AUTH:
            return .cannotOpen(store: store, reason: "SQLite: \(detail)")
        default:
            return .database(store: store, detail: "SQLite: \(detail)")
        }
    }
}
