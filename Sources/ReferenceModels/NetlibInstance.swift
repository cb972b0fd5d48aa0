/// One problem of the shared Netlib collection, as `expected.tsv` describes it.
public struct NetlibInstance: Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem the file holds.
    public enum Kind: String, Sendable, Hashable {
        /// A linear program.
        case lp = "LP"
        /// A mixed-integer program.
        case mip = "MIP"
        /// A malformed file.
        case badInput = "bad-input"
    }

    /// What a solver must conclude.
    public enum ExpectedStatus: String, Sendable, Hashable {
        /// An optimal solution with ``NetlibInstance/objective``.
        case optimal
        /// No feasible solution.
        case infeasible
        /// The objective improves without limit.
        case unbounded
        /// Reading the file fails cleanly.
        case error
    }

    /// The file's name without `.mps`, e.g. `afiro`.
    public let name: String
    /// LP, MIP or a bad file.
    public let kind: Kind
    /// The outcome a correct solver reports.
    public let expectedStatus: ExpectedStatus
    /// The optimal objective (as `glpsol --freemps` reports it, 10 significant digits).
    public let objective: Double?
    /// The absolute path of the `.mps` file.
    public let path: String

    /// Creates an entry.
    public init(name: String, kind: Kind, expectedStatus: ExpectedStatus, objective: Double?, path: String) {
        self.name = name
        self.kind = kind
        self.expectedStatus = expectedStatus
        self.objective = objective
        self.path = path
    }

    /// The name, so that each parameterised test case is labelled by its file.
    public var description: String { name }
}
