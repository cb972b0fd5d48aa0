/// A small set of constraints that cannot hold together, found by
/// ``Model/diagnoseInfeasibility(_:)``: GLPK reports that a model is infeasible, not why.
public struct InfeasibilityDiagnosis: Sendable {
    /// Constraints that conflict with each other (together with the variables' bounds
    /// and, for a MIP whose relaxation is feasible, integrality), by index.
    public let constraints: [Constraint]
    /// Their names, in the same order.
    public let constraintNames: [String]
    /// Whether dropping any one of them was shown to restore feasibility (an
    /// irreducible infeasible set); `false` when a test ran out of time.
    public let isIrreducible: Bool
    /// Whether integrality was part of the conflict (the continuous relaxation is feasible).
    public let involvesIntegrality: Bool
    /// How many models were solved to find the set.
    public let solveCount: Int
}

extension Model {
    /// Names a small set of constraints that conflict, for an infeasible model.
    ///
    /// An elastic filter first: every constraint gets slack variables and the total
    /// slack is minimised; constraints that need slack are enforced and the elastic
    /// model solved again until it becomes infeasible, so the enforced constraints
    /// hold a conflict. A deletion filter then drops each enforced constraint whose
    /// removal leaves the set infeasible. Variable bounds always stay. When the
    /// continuous relaxation is feasible, the tests keep integrality.
    ///
    /// - Parameter options: solver options for each test (a time limit bounds each one).
    /// - Returns: the conflicting constraints.
    /// - Throws: ``GLPKError`` `.notInfeasible` when the model has a solution (or is
    ///   unbounded), or any error of ``solve(_:)``.
    public func diagnoseInfeasibility(_ options: SolverOptions = SolverOptions()) throws -> InfeasibilityDiagnosis {
        var plain = options
        plain.sensitivity = false
        plain.progressHandler = nil
        plain.start = nil
        var solves = 0
        func isInfeasible(_ model: Model, integer: Bool) throws -> Bool? {
            var testOptions = plain
            testOptions.relaxIntegrality = !integer
            solves += 1
            let status = try model.solve(testOptions).status
            switch status {
            case .infeasible: return true
            case .optimal, .feasible, .unbounded: return false
            case .noSolution: return nil
            }
        }

        guard try isInfeasible(self, integer: true) == true else {
            throw GLPKError(.notInfeasible, "the model is not infeasible; there is nothing to diagnose")
        }
        let integer = hasIntegerVariables ? try isInfeasible(self, integer: false) != true : false

        // Elastic filter.
        var enforced = Set<Int>()
        var irreducible = true
        while true {
            let (elastic, slackRows) = try elasticCopy(enforcing: enforced)
            var elasticOptions = plain
            elasticOptions.relaxIntegrality = !integer
            solves += 1
            let solution = try elastic.solve(elasticOptions)
            guard solution.status.hasSolution else {
                if solution.status != .infeasible { irreducible = false }
                break
            }
            var added = false
            for (slack, row) in slackRows where solution.values[slack] > 1e-7 && !enforced.contains(row) {
                enforced.insert(row)
                added = true
            }
            if !added {
                // Numerically the elastic model needs no slack: fall back to every row.
                enforced = Set(0..<constraintCount)
                irreducible = false
                break
            }
        }

        // Deletion filter.
        var kept = enforced.sorted()
        var position = 0
        while position < kept.count {
            var trial = kept
            trial.remove(at: position)
            switch try isInfeasible(subModel(rows: trial), integer: integer) {
            case true?: kept = trial
            case false?: position += 1
            case nil:
                irreducible = false
                position += 1
            }
        }
        let constraints = kept.map(Constraint.init(index:))
        return InfeasibilityDiagnosis(
            constraints: constraints, constraintNames: kept.map { constraintNames[$0] },
            isIrreducible: irreducible, involvesIntegrality: integer, solveCount: solves)
    }

    /// The model with only the given rows and no objective.
    func subModel(rows: [Int]) throws -> Model {
        var model = Model(name: name)
        for j in 0..<variableCount {
            try model.addVariable(
                variableNames[j], lowerBound: lowerBounds[j], upperBound: upperBounds[j], kind: variableKinds[j])
        }
        for i in rows {
            let range = rowStart[i]..<rowStart[i + 1]
            let expression = LinearExpression(
                variables: range.map { Variable(index: entryColumns[$0]) },
                coefficients: range.map { entryValues[$0] })
            try model.addConstraint(
                LinearConstraint(
                    expression, lowerBound: constraintLowerBounds[i], upperBound: constraintUpperBounds[i]),
                name: constraintNames[i])
        }
        return model
    }

    /// The model with slack variables on every row not enforced, minimising total slack.
    /// Returns the slacks as (variable index, row index) pairs.
    private func elasticCopy(enforcing enforced: Set<Int>) throws -> (Model, [(Int, Int)]) {
        var elastic = try subModel(rows: [])
        var slackRows: [(Int, Int)] = []
        var objective = LinearExpression()
        for i in 0..<constraintCount {
            let range = rowStart[i]..<rowStart[i + 1]
            var expression = LinearExpression(
                variables: range.map { Variable(index: entryColumns[$0]) },
                coefficients: range.map { entryValues[$0] })
            if !enforced.contains(i) {
                if constraintLowerBounds[i].isFinite {
                    let slack = try elastic.addVariable("elastic↑\(i)")
                    expression.add(1, slack)
                    objective.add(1, slack)
                    slackRows.append((slack.index, i))
                }
                if constraintUpperBounds[i].isFinite {
                    let slack = try elastic.addVariable("elastic↓\(i)")
                    expression.add(-1, slack)
                    objective.add(1, slack)
                    slackRows.append((slack.index, i))
                }
            }
            try elastic.addConstraint(
                LinearConstraint(
                    expression, lowerBound: constraintLowerBounds[i], upperBound: constraintUpperBounds[i]),
                name: constraintNames[i])
        }
        try elastic.setObjective(objective, sense: .minimize)
        return (elastic, slackRows)
    }
}
