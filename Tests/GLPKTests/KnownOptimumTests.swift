import GLPK
import TestSupport
import Testing

/// Generated LPs whose optimum is known in advance (``KnownOptimumLP``): every size
/// from 3×3 up, several seeds, both senses, both simplex methods, with and without
/// the presolver. The optimum is unique, so values, duals and reduced costs are
/// checked too, not only the objective.
@Suite("Generated LPs with a known optimum")
struct KnownOptimumTests {
    /// One generated program's parameters.
    struct Case: Sendable, CustomTestStringConvertible {
        let rows: Int
        let columns: Int
        let density: Double
        let seed: UInt64
        let sense: ObjectiveSense
        var testDescription: String { "\(rows)×\(columns) d=\(density) seed \(seed) \(sense.rawValue)" }
    }

    static let cases: [Case] = {
        let sizes: [(Int, Int, Double)] = [
            (3, 3, 0.7), (4, 7, 0.5), (8, 5, 0.5), (10, 10, 0.4), (20, 30, 0.25), (40, 25, 0.2),
            (60, 80, 0.1), (120, 100, 0.05), (200, 260, 0.03), (400, 500, 0.01),
        ]
        var cases: [Case] = []
        for (index, (rows, columns, density)) in sizes.enumerated() {
            for seed in UInt64(1)...4 {
                cases.append(
                    Case(
                        rows: rows, columns: columns, density: density, seed: seed,
                        sense: (index + Int(seed)) % 2 == 0 ? .minimize : .maximize))
            }
        }
        cases.append(Case(rows: 1200, columns: 1500, density: 0.004, seed: 99, sense: .minimize))
        return cases
    }()

    @Test("Objective, values, duals and reduced costs match the known optimum", arguments: cases)
    func knownOptimum(_ parameters: Case) throws {
        let lp = KnownOptimumLP(
            rows: parameters.rows, columns: parameters.columns, density: parameters.density,
            seed: parameters.seed, sense: parameters.sense)
        let model = try lp.makeModel()
        #expect(model.nonzeroCount == lp.nonzeroCount)
        for method in [SolverOptions.Method.primalSimplex, .dualSimplex] {
            for presolve in [true, false] {
                let label = "\(method.rawValue), presolve \(presolve)"
                let solution = try model.solve(SolverOptions(method: method, presolve: presolve))
                #expect(solution.status == .optimal, "\(label)")
                let objective = try #require(solution.objectiveValue, "\(label)")
                #expect(
                    isApproximatelyEqual(
                        objective, lp.optimalObjective, relativeTolerance: 1e-9, absoluteTolerance: 1e-6),
                    "\(label): \(objective) vs \(lp.optimalObjective)")
                #expect(
                    isApproximatelyEqual(
                        solution.values, lp.optimalValues, relativeTolerance: 1e-7, absoluteTolerance: 1e-6), "\(label)"
                )
                #expect(
                    isApproximatelyEqual(
                        try #require(solution.duals), lp.optimalDuals, relativeTolerance: 1e-7, absoluteTolerance: 1e-6),
                    "\(label)")
                #expect(
                    isApproximatelyEqual(
                        try #require(solution.reducedCosts), lp.optimalReducedCosts, relativeTolerance: 1e-7,
                        absoluteTolerance: 1e-6), "\(label)")
                #expect(solution.glpkMemoryBlocksLeft == 0)
            }
        }
    }

    @Test("The generator is deterministic and close to the density asked for")
    func generatorIsDeterministic() {
        let a = KnownOptimumLP(rows: 300, columns: 400, density: 0.05, seed: 7)
        let b = KnownOptimumLP(rows: 300, columns: 400, density: 0.05, seed: 7)
        let c = KnownOptimumLP(rows: 300, columns: 400, density: 0.05, seed: 8)
        #expect(a.entryValues == b.entryValues && a.entryColumns == b.entryColumns)
        #expect(a.objectiveCoefficients == b.objectiveCoefficients && a.optimalObjective == b.optimalObjective)
        #expect(a.entryValues != c.entryValues)
        // 300 × 400 × 0.05 = 6000 expected entries (plus at most 2 per row for pairing).
        #expect((5400...6900).contains(a.nonzeroCount))
        #expect(a.bindingRowCount >= 150 && a.bindingRowCount <= 300)
    }

    @Test("Known optimum of the smallest case, by hand: x* satisfies every bound and row")
    func pointIsFeasible() {
        let lp = KnownOptimumLP(rows: 3, columns: 3, density: 1, seed: 1)
        for j in 0..<3 {
            #expect(lp.columnLowerBounds[j] <= lp.optimalValues[j] && lp.optimalValues[j] <= lp.columnUpperBounds[j])
        }
        for i in 0..<3 {
            let activity = (lp.rowStart[i]..<lp.rowStart[i + 1]).reduce(0.0) {
                $0 + lp.entryValues[$1] * lp.optimalValues[Int(lp.entryColumns[$1])]
            }
            #expect(lp.rowLowerBounds[i] <= activity && activity <= lp.rowUpperBounds[i])
        }
        let objective = zip(lp.objectiveCoefficients, lp.optimalValues).reduce(lp.objectiveConstant) {
            $0 + $1.0 * $1.1
        }
        #expect(objective == lp.optimalObjective)
    }
}
