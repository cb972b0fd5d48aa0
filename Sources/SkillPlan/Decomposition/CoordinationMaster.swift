import GLPK

/// The master problem that coordinates the schools on the coupling rows (Dantzig–Wolfe):
/// each school offers plans (*proposals*, each with its own cost and its contribution
/// to every coupling row), and the master mixes each school's proposals, with the
/// coupling rows' shortfalls priced at their weights:
///
///     min Σ_s Σ_j cost_sj·μ_sj + Σ_k w_k·u_k
///     Σ_s Σ_j f_ksj·μ_sj + u_k ≥ b_k      (each coupling row k; dual λ_k, its price)
///     Σ_j μ_sj = 1                         (each school s; dual π_s)
///     μ, u ≥ 0
///
/// The duals λ are the prices the schools are solved at next; `0 ≤ λ_k ≤ w_k` always
/// (the shortfall column sees to the upper limit). The master's value is an upper bound
/// on the LP relaxation of the whole model, and each pricing round gives the Lagrangian
/// lower bound `Σ_s z_s(λ) + Σ_k λ_k·b_k`.
struct CoordinationMaster {
    /// A plan one school offered: its own cost and its contribution to each coupling row.
    struct Proposal: Sendable {
        var cost: Double
        var contribution: [Double]
    }

    /// The master's solution.
    struct Solution: Sendable {
        /// The master's value.
        var value: Double
        /// Each coupling row's price λ_k.
        var prices: [Double]
        /// Each school's price π_s.
        var schoolPrices: [Double]
        /// Each coupling row's contribution, per school, of the mix (the school's share).
        var shares: [[Double]]
        /// Each coupling row's shortfall in the mix.
        var shortfalls: [Double]
    }

    /// The coupling rows.
    let rows: [CouplingRow]
    /// Each school's proposals so far.
    private(set) var proposals: [[Proposal]]

    init(rows: [CouplingRow], schools: Int) {
        self.rows = rows
        proposals = Array(repeating: [], count: schools)
    }

    /// Adds a school's proposal.
    mutating func add(_ proposal: Proposal, school: Int) {
        proposals[school].append(proposal)
    }

    /// Solves the master LP.
    /// - Throws: ``PlanningError/noPlan(scenario:reason:)`` when GLPK cannot solve it.
    func solve() throws -> Solution {
        var model = Model(name: "coordination")
        var objective = LinearExpression()
        var mix: [[Variable]] = []
        for (s, list) in proposals.enumerated() {
            var columns: [Variable] = []
            for (j, proposal) in list.enumerated() {
                let mu = try model.addVariable("mix[\(s),\(j)]")
                objective.add(proposal.cost, mu)
                columns.append(mu)
            }
            mix.append(columns)
        }
        var shortfalls: [Variable] = []
        for (k, row) in rows.enumerated() {
            let u = try model.addVariable("shortfall[\(k)]")
            objective.add(row.weight, u)
            shortfalls.append(u)
        }
        var coupling: [Constraint] = []
        for (k, row) in rows.enumerated() {
            var expression = LinearExpression(shortfalls[k])
            for (s, list) in proposals.enumerated() {
                for (j, proposal) in list.enumerated() where proposal.contribution[k] != 0 {
                    expression.add(proposal.contribution[k], mix[s][j])
                }
            }
            coupling.append(try model.addConstraint(expression >= row.bound, name: "row[\(k)]"))
        }
        var convexity: [Constraint] = []
        for (s, columns) in mix.enumerated() {
            let expression = LinearExpression(
                variables: columns, coefficients: Array(repeating: 1, count: columns.count))
            convexity.append(try model.addConstraint(expression == 1, name: "school[\(s)]"))
        }
        try model.setObjective(objective, sense: .minimize)
        var options = SolverOptions()
        options.method = .dualSimplex
        options.presolve = false
        options.verbosity = .errors
        let solution = try model.solve(options)
        guard solution.status == .optimal, let value = solution.objectiveValue else {
            throw PlanningError.noPlan(scenario: "coordination", reason: "the coordination LP ended \(solution.status)")
        }
        let prices = coupling.map { max(0, solution.dual(of: $0) ?? 0) }
        let schoolPrices = convexity.map { solution.dual(of: $0) ?? 0 }
        let shares = proposals.enumerated().map { s, list in
            rows.indices.map { k in
                list.enumerated().reduce(0) { $0 + $1.element.contribution[k] * solution[mix[s][$1.offset]] }
            }
        }
        return Solution(
            value: value, prices: prices, schoolPrices: schoolPrices, shares: shares,
            shortfalls: shortfalls.map { solution[$0] })
    }
}
