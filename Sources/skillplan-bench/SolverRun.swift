/// One solver's run in the scale benchmark: what it solved, how it ended, how far it got,
/// its time and its peak memory.
struct SolverRun {
    /// `glpsol`, `HiGHS`, `skillplan (decomposition)`, ….
    var solver: String
    /// `LP relaxation` or `MIP to 1%`, ….
    var task: String
    /// `optimal`, `time limit`, `killed`, `not run: …`.
    var status: String
    /// Wall seconds, spawning to reaping.
    var seconds: Double?
    /// The objective of the solution, or of the incumbent when stopped.
    var objective: Double?
    /// The best bound, for a MIP.
    var bound: Double?
    /// Peak resident memory in bytes.
    var peakBytes: Int?
    /// What else to say (how far a run that did not finish got).
    var note: String = ""

    /// The relative gap between objective and bound (``relativeGap(objective:bound:)``).
    var gap: Double? { relativeGap(objective: objective, bound: bound) }
}
