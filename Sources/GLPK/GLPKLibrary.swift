/// Facts about the GLPK library the wrapper is linked with.
public enum GLPKLibrary {
    /// GLPK's version, e.g. `5.0`.
    public static var version: String { ShimSolve.version }

    /// Makes GLPK raise a fatal error (a column index out of range) inside the wrapper's
    /// guard, and throws the error it became. GLPK would call `abort()`; the guard turns
    /// it into a ``GLPKError`` with code `.fatal`. For tests and health checks.
    /// - Throws: always, the caught ``GLPKError``.
    public static func provokeFatalError() throws {
        if let error = ShimSolve.forcedFatalError() { throw error }
        throw GLPKError(.fatal, "GLPK did not raise the expected fatal error")
    }
}
