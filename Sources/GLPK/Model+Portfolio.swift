import Dispatch
import Foundation
import Synchronization

extension Model {
    /// Solves a MIP with several option sets at once, one thread each, and returns the
    /// solution of the member that proves its gap with the fewest search nodes.
    ///
    /// Branch-and-bound is chaotic: one branching rule closes a gap in a second where
    /// another needs minutes. Racing a few rules uses every core, and the rule for
    /// choosing the winner keeps the result deterministic: a member's search does not
    /// depend on the others, the winner is the member that finished (optimal or within
    /// its gap) with the fewest nodes (ties: the earlier member), and a member is
    /// stopped only once its node count passes a finished member's, when it can no
    /// longer win. When no member finishes (every one hits its time limit), the best
    /// incumbent wins (ties: the earlier member).
    ///
    /// - Parameter portfolio: the members' options (each its own GLPK problem and thread).
    /// - Returns: the winning member's solution and its position in `portfolio`.
    /// - Throws: the first member's error, if any member throws; ``GLPKError``
    ///   `.invalidOption` when a member has a ``SolverOptions/turn`` (a race runs its
    ///   members on threads of its own, more than the one core a turn holds).
    public func solveRace(_ portfolio: [SolverOptions]) throws -> (solution: Solution, member: Int) {
        if let member = portfolio.firstIndex(where: { $0.turn != nil }) {
            throw GLPKError(
                .invalidOption,
                "member \(member) of the race has a core share's turn, but a race runs its members on threads of its own; solve it alone in the turn, or race outside the share",
                context: "turn")
        }
        guard portfolio.count > 1, hasIntegerVariables else {
            return (try solve(portfolio.first ?? SolverOptions()), 0)
        }
        let race = RaceState(members: portfolio.count)
        let outcomes = OutcomeBox(count: portfolio.count)
        DispatchQueue.concurrentPerform(iterations: portfolio.count) { member in
            var options = portfolio[member]
            let own = options.progressHandler
            options.progressInterval = 0
            options.progressHandler = { progress in
                race.observe(member: member, nodes: progress.totalNodes)
                if race.shouldStop(member: member, nodes: progress.totalNodes) { return .stop }
                if let own, own(progress) == .stop { return .stop }
                return .proceed
            }
            do {
                let solution = try solve(options)
                if solution.status == .optimal || solution.status == .feasible(.gapLimit) {
                    race.finish(member: member)
                }
                outcomes.set(member, .success(solution))
            } catch {
                outcomes.set(member, .failure(error))
            }
        }
        var solutions: [(Int, Solution)] = []
        for member in 0..<portfolio.count {
            switch outcomes.get(member) {
            case .success(let solution)?: solutions.append((member, solution))
            case .failure(let error)?: throw error
            case nil: break
            }
        }
        let finished = solutions.filter { $0.1.status == .optimal || $0.1.status == .feasible(.gapLimit) }
        if let winner = finished.min(by: { race.nodes(of: $0.0, $0.1) < race.nodes(of: $1.0, $1.1) }) {
            return (winner.1, winner.0)
        }
        let sense: Double = objectiveSense == .minimize ? 1 : -1
        let usable = solutions.filter { $0.1.status.hasSolution && $0.1.status != .feasible(.cancelled) }
        if let best = usable.min(by: {
            (sense * ($0.1.objectiveValue ?? 0), $0.0) < (sense * ($1.1.objectiveValue ?? 0), $1.0)
        }) {
            return (best.1, best.0)
        }
        let first =
            solutions.first { $0.1.status != .noSolution(.cancelled) && $0.1.status != .feasible(.cancelled) }
            ?? solutions[0]
        return (first.1, first.0)
    }
}

/// The shared state of a race: each member's node count and who has finished.
private final class RaceState: Sendable {
    private struct Counts {
        var lastNodes: [Int]
        var finishedAt: [Int?]
    }

    private let counts: Mutex<Counts>

    init(members: Int) {
        counts = Mutex(
            Counts(
                lastNodes: Array(repeating: 0, count: members),
                finishedAt: Array(repeating: nil, count: members)))
    }

    func observe(member: Int, nodes: Int) {
        counts.withLock { $0.lastNodes[member] = max($0.lastNodes[member], nodes) }
    }

    func finish(member: Int) {
        counts.withLock { $0.finishedAt[member] = $0.lastNodes[member] }
    }

    /// A member stops once a finished member has fewer nodes, or as many and comes first.
    func shouldStop(member: Int, nodes: Int) -> Bool {
        counts.withLock { counts in
            counts.finishedAt.indices.contains { other in
                guard other != member, let done = counts.finishedAt[other] else { return false }
                return (done, other) < (nodes, member)
            }
        }
    }

    /// The sort key of a finished member: its node count, then its position.
    func nodes(of member: Int, _ solution: Solution) -> (Int, Int) {
        counts.withLock { ($0.finishedAt[member] ?? $0.lastNodes[member], member) }
    }
}

/// Each member's outcome, written once from its own thread.
private final class OutcomeBox: Sendable {
    private let outcomes: Mutex<[Result<Solution, Error>?]>

    init(count: Int) { outcomes = Mutex(Array(repeating: nil, count: count)) }

    func set(_ member: Int, _ outcome: Result<Solution, Error>) { outcomes.withLock { $0[member] = outcome } }

    func get(_ member: Int) -> Result<Solution, Error>? { outcomes.withLock { $0[member] } }
}
