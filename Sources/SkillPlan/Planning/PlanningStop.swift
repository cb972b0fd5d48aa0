import GLPK

/// A way to stop a solve from another thread (a Ctrl-C handler, a web request that
/// was cancelled): the search ends at its next node and keeps the best plan found so
/// far, whose solver report says `interrupted`.
///
/// The planners' name for a `GLPK.SolveInterruption`: every solve of the planning run
/// (the whole-model search and its race, each school's search, each point of a sweep)
/// gets the same one. An LP, such as the relaxation a rounded start plan is made from,
/// runs to its end first.
///
/// Thread safety: every member may be used from any thread at any time.
public final class PlanningStop: Sendable {
    /// The stop request the solves check.
    public let interruption: SolveInterruption

    /// A stop not yet requested.
    public init() {
        interruption = SolveInterruption()
    }

    /// Asks the solve to stop; safe from any thread, and more than once.
    public func stop() {
        interruption.request()
    }

    /// Whether a stop was asked for.
    public var isStopped: Bool {
        interruption.isRequested
    }
}
