import GLPK

/// The coordination of the schools on the coupling rows: pricing rounds of the schools'
/// LP relaxations and the master that sets the next prices (see ``CoordinationMaster``).
///
/// Prices are smoothed (Wentges): each round prices the schools at a mix of the master's
/// duals and the prices of the best bound so far, which damps the swings of plain
/// Dantzig–Wolfe; a round that finds nothing the master can use is followed by one at
/// the master's own duals, so the coordination still converges.
struct Coordination {
    /// The coupling rows.
    let rows: [CouplingRow]
    /// The schools.
    let schools: [SchoolSubproblem]
    /// Threads.
    let jobs: Int
    /// The master problem.
    private(set) var master: CoordinationMaster
    /// The best Lagrangian bound found (schools' LP relaxations), if any.
    private(set) var bestBound: Double?
    /// The prices at which it was found.
    private(set) var bestPrices: [Double]
    /// Each school's LP value at those prices.
    private(set) var bestValues: [Double] = []
    /// The master's last value.
    private(set) var masterValue: Double?
    /// Pricing rounds done.
    private(set) var iterations = 0
    /// Each school's share of each coupling row in the master's last mix.
    private(set) var shares: [[Double]]
    /// Seconds of the longest pricing round so far (with its master).
    private(set) var longestRound = 0.0

    init(rows: [CouplingRow], schools: [SchoolSubproblem], jobs: Int) {
        self.rows = rows
        self.schools = schools
        self.jobs = jobs
        master = CoordinationMaster(rows: rows, schools: schools.count)
        bestPrices = Array(repeating: 0, count: rows.count)
        shares = Array(repeating: Array(repeating: 0, count: rows.count), count: schools.count)
    }

    /// The constant part of the Lagrangian bound at prices `λ`: `Σ_k λ_k·b_k`.
    func priceOfBounds(_ prices: [Double]) -> Double {
        zip(prices, rows).reduce(0) { $0 + $1.0 * $1.1.bound }
    }

    /// Runs pricing rounds until the master's value and the bound meet (to `tolerance`),
    /// `maxIterations` rounds, or `seconds` have passed.
    /// - Parameter progress: called after each round with its number, the best bound and the master's value.
    mutating func run(
        until seconds: Double, tolerance: Double, maxIterations: Int, stop: PlanningStop? = nil,
        progress: (Int, Double?, Double?) -> Void
    ) throws {
        let clock = ContinuousClock()
        let started = clock.now
        var prices = Array(repeating: 0.0, count: rows.count)
        var last: CoordinationMaster.Solution?
        while iterations < max(1, maxIterations) {
            let roundStarted = clock.now
            let priced = try price(prices)
            iterations += 1
            let bound = priced.reduce(0) { $0 + $1.value } + priceOfBounds(prices)
            if bound > (bestBound ?? -.infinity) {
                bestBound = bound
                bestPrices = prices
                bestValues = priced.map(\.value)
            }
            var improving = last == nil
            for (s, result) in priced.enumerated() {
                if let last {
                    var reduced = result.proposal.cost - last.schoolPrices[s]
                    for k in rows.indices { reduced -= last.prices[k] * result.proposal.contribution[k] }
                    if reduced < -1e-7 * max(1, abs(result.proposal.cost)) { improving = true }
                }
                master.add(result.proposal, school: s)
            }
            let solution = try master.solve()
            last = solution
            masterValue = solution.value
            shares = solution.shares
            progress(iterations, bestBound, masterValue)
            longestRound = max(longestRound, (clock.now - roundStarted) / .seconds(1))
            if let bestBound, solution.value - bestBound <= tolerance * max(1, abs(solution.value)) { break }
            // A round is not cut inside: the next starts only if one as long as the longest fits.
            if (clock.now - started) / .seconds(1) + longestRound > seconds || stop?.isStopped == true { break }
            let weight = improving ? 0.5 : 0
            prices = rows.indices.map { k in
                min(rows[k].weight, max(0, weight * bestPrices[k] + (1 - weight) * solution.prices[k]))
            }
        }
    }

    /// Solves every school's LP relaxation at `prices`: its value and its plan as a proposal.
    func price(_ prices: [Double]) throws -> [(value: Double, proposal: CoordinationMaster.Proposal)] {
        let schools = self.schools
        return try WorkerPool.map(count: schools.count, jobs: jobs) { s in
            let model = try schools[s].priced(prices)
            var options = SolverOptions()
            options.relaxIntegrality = true
            options.method = .dualSimplex
            options.verbosity = .errors
            let solution = try model.solve(options)
            guard solution.status == .optimal, let value = solution.objectiveValue else {
                throw PlanningError.noPlan(
                    scenario: schools[s].scenario.name, reason: "its LP relaxation ended \(solution.status)")
            }
            let proposal = CoordinationMaster.Proposal(
                cost: schools[s].cost(solution.values),
                contribution: schools[s].contribution(solution.values))
            return (value, proposal)
        }
    }

    /// The Lagrangian bound at the best prices with each school's priced integer program:
    /// its MIP bound where the search gives one, its LP value otherwise (both are lower
    /// bounds on the school's priced optimum).
    func integerBound(gap: Double, timeLimit: Double, finished: @escaping @Sendable (Int) -> Void) throws -> Double? {
        guard bestBound != nil, bestValues.count == schools.count else { return nil }
        let schools = self.schools
        let prices = bestPrices
        let values = bestValues
        let bounds = try WorkerPool.map(count: schools.count, jobs: jobs, finished: finished) { s -> Double in
            let model = try schools[s].priced(prices)
            var options = SolverOptions()
            options.mipGap = gap
            options.timeLimit = timeLimit
            options.verbosity = .errors
            let solution = try model.solve(options)
            let bound = solution.status == .optimal ? solution.objectiveValue : solution.bestBound
            return max(bound ?? -.infinity, values[s])
        }
        return bounds.reduce(0, +) + priceOfBounds(prices)
    }
}
