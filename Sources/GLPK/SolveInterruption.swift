import Synchronization

/// A request, from any thread, that solves stop early and keep what they have.
///
/// Give the same interruption to the ``SolverOptions/interruption`` of every solve that
/// one user action should stop (a command's solves, a sweep's points, a web page's
/// planning run), and call ``request()`` from anywhere: a signal handler's queue, a
/// server's request handler, another solve's thread. A MIP search checks it each time
/// GLPK hands control back (between nodes and at each stage of a node) and ends with its
/// incumbent, the status ``SolutionStatus/StopReason/interrupted``; a solve that has not
/// begun its search when the request comes does not begin it.
///
/// A simplex run cannot be stopped part-way (GLPK gives it no callback): an LP, and the
/// relaxation at a MIP's root, run to their end first. A request cannot be taken back;
/// make a new interruption for the next run.
///
/// Thread safety: every member may be used from any thread at any time.
public final class SolveInterruption: Sendable {
    private let requested = Atomic<Bool>(false)

    /// An interruption not yet requested.
    public init() {}

    /// Asks every solve given this interruption to stop as soon as it can, with its
    /// incumbent. Calling it again does nothing more.
    /// - Returns: `true` the first time it is called, `false` after.
    @discardableResult
    public func request() -> Bool {
        !requested.exchange(true, ordering: .sequentiallyConsistent)
    }

    /// Whether ``request()`` has been called.
    public var isRequested: Bool {
        requested.load(ordering: .sequentiallyConsistent)
    }
}
