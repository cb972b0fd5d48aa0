import Foundation
import GLPK
import SkillPlan

/// A random linear program whose optimum is known before it is solved.
///
/// The generator picks the answer first and then builds the data around it:
///
/// 1. a primal point `x*`: `k` *basic* columns strictly between their bounds, every
///    other column at its lower or upper bound (or fixed);
/// 2. `k` *binding* rows, each paired with one basic column, whose active bound is
///    set to the row's activity `aᵢ·x*`; every other row gets bounds strictly away
///    from its activity (slack);
/// 3. a dual point: `yᵢ ≠ 0` on binding rows with the sign their active bound
///    requires (`≥` rows positive, `≤` rows negative, equalities either), `yᵢ = 0` on
///    slack rows; reduced costs `dⱼ = 0` on basic columns, `dⱼ > 0` at a lower
///    bound, `dⱼ < 0` at an upper bound;
/// 4. the objective `c = Aᵀy + d`.
///
/// Then `x*` is feasible, `(y, d)` is dual feasible and complementary slackness
/// holds, so `x*` is optimal with objective `c·x*` (plus the constant). Because each
/// binding row's entry on its paired basic column outweighs the row's other entries
/// on basic columns, the basis matrix is diagonally dominant, hence nonsingular:
/// with strict complementarity the primal and dual optima are unique.
///
/// All data are small integers, so the optimum is exact in floating point. For a
/// maximisation the objective is negated (`max −c·x`).
public struct KnownOptimumLP: Sendable {
    /// The number of constraints.
    public let rows: Int
    /// The number of variables.
    public let columns: Int
    /// The seed of the generator.
    public let seed: UInt64
    /// Whether the objective is minimised or maximised.
    public let sense: ObjectiveSense
    /// The objective coefficient of each variable (already negated for a maximisation).
    public let objectiveCoefficients: [Double]
    /// The objective's constant term.
    public let objectiveConstant: Double
    /// Each variable's lower bound (`-infinity` for none).
    public let columnLowerBounds: [Double]
    /// Each variable's upper bound (`+infinity` for none).
    public let columnUpperBounds: [Double]
    /// Each constraint's lower bound (`-infinity` for none).
    public let rowLowerBounds: [Double]
    /// Each constraint's upper bound (`+infinity` for none).
    public let rowUpperBounds: [Double]
    /// Compressed rows: row `i` has the entries `rowStart[i] ..< rowStart[i + 1]`.
    public let rowStart: [Int]
    /// The column of each entry, increasing within a row.
    public let entryColumns: [Int32]
    /// The value of each entry.
    public let entryValues: [Double]
    /// The unique optimal value of each variable.
    public let optimalValues: [Double]
    /// The unique optimal dual value of each constraint, with GLPK's sign convention
    /// for the model's sense.
    public let optimalDuals: [Double]
    /// The unique optimal reduced cost of each variable, with GLPK's sign convention.
    public let optimalReducedCosts: [Double]
    /// The optimal objective value.
    public let optimalObjective: Double
    /// How many constraints are binding at the optimum (and how many variables are basic).
    public let bindingRowCount: Int

    /// The number of matrix entries.
    public var nonzeroCount: Int { entryValues.count }

    /// Generates a program.
    /// - Parameters:
    ///   - rows: constraints, at least 1.
    ///   - columns: variables, at least 1.
    ///   - density: the probability that a given entry of the matrix is non-zero (each
    ///     row has at least one entry, and each binding row its paired column).
    ///   - seed: the seed; the same arguments always give the same program.
    ///   - sense: minimise (default) or maximise.
    /// - Complexity: O(rows + columns + nonzeros).
    public init(rows: Int, columns: Int, density: Double, seed: UInt64, sense: ObjectiveSense = .minimize) {
        precondition(rows >= 1 && columns >= 1, "a known-optimum LP needs a row and a column")
        var random = SplitMix64(seed: seed &* 0x2545_F491_4F6C_DD1D ^ UInt64(rows) << 32 ^ UInt64(columns))
        self.rows = rows
        self.columns = columns
        self.seed = seed
        self.sense = sense

        // 1. Which rows bind and which columns are basic, paired one to one.
        let most = min(rows, columns)
        let binding = random.nextInt(in: max(1, most / 2)...most)
        var rowOrder = Array(0..<rows)
        rowOrder.shuffle(using: &random)
        var columnOrder = Array(0..<columns)
        columnOrder.shuffle(using: &random)
        var pairedColumn = [Int](repeating: -1, count: rows)
        var isBasic = [Bool](repeating: false, count: columns)
        for t in 0..<binding {
            pairedColumn[rowOrder[t]] = columnOrder[t]
            isBasic[columnOrder[t]] = true
        }
        bindingRowCount = binding

        // 2. The primal point, the column bounds and the reduced costs (for a minimisation).
        var x = [Double](repeating: 0, count: columns)
        var lower = [Double](repeating: 0, count: columns)
        var upper = [Double](repeating: 0, count: columns)
        var d = [Double](repeating: 0, count: columns)
        for j in 0..<columns {
            let value = Double(random.nextInt(in: -4...9))
            x[j] = value
            if isBasic[j] {
                lower[j] = random.nextBool(probability: 0.2) ? -.infinity : value - Double(random.nextInt(in: 1...5))
                upper[j] = random.nextBool(probability: 0.5) ? .infinity : value + Double(random.nextInt(in: 1...5))
            } else if random.nextBool(probability: 0.05) {
                lower[j] = value
                upper[j] = value
                d[j] = random.nextNonzero(magnitude: 9)
            } else if random.nextBool(probability: 0.7) {
                lower[j] = value
                upper[j] = random.nextBool(probability: 0.5) ? .infinity : value + Double(random.nextInt(in: 1...6))
                d[j] = Double(random.nextInt(in: 1...9))
            } else {
                upper[j] = value
                lower[j] = random.nextBool(probability: 0.3) ? -.infinity : value - Double(random.nextInt(in: 1...6))
                d[j] = -Double(random.nextInt(in: 1...9))
            }
        }

        // 3. The matrix, row by row: Bernoulli(density) entries by geometric skips.
        let expected = Int((Double(rows) * Double(columns) * min(max(density, 0), 1)).rounded())
        var start = [Int]()
        start.reserveCapacity(rows + 1)
        start.append(0)
        var entryColumns = [Int32]()
        var entryValues = [Double]()
        entryColumns.reserveCapacity(expected + 2 * rows)
        entryValues.reserveCapacity(expected + 2 * rows)
        let logOfMiss = density < 1 && density > 0 ? log(1 - density) : 0
        for i in 0..<rows {
            let rowBegin = entryColumns.count
            var j = -1
            let paired = pairedColumn[i]
            var pairedAt = -1
            func append(_ column: Int) {
                if column == paired { pairedAt = entryColumns.count }
                entryColumns.append(Int32(column))
                entryValues.append(random.nextNonzero(magnitude: 9))
            }
            while true {
                if density >= 1 {
                    j += 1
                } else if density <= 0 {
                    break
                } else {
                    let u = 1 - random.nextUnit()  // (0, 1]
                    j += 1 + Int(log(u) / logOfMiss)
                }
                guard j < columns else { break }
                if paired >= 0, pairedAt < 0, paired < j { append(paired) }
                append(j)
            }
            if paired >= 0, pairedAt < 0 { append(paired) }
            if entryColumns.count == rowBegin { append(random.nextInt(in: 0...(columns - 1))) }
            if paired >= 0 {
                // Diagonal dominance over the row's other basic columns.
                var others = 0.0
                for e in rowBegin..<entryColumns.count where e != pairedAt && isBasic[Int(entryColumns[e])] {
                    others += abs(entryValues[e])
                }
                let magnitude = others + Double(random.nextInt(in: 1...4))
                entryValues[pairedAt] = entryValues[pairedAt] < 0 ? -magnitude : magnitude
            }
            start.append(entryColumns.count)
        }

        // 4. Row activities, row bounds and duals (for a minimisation).
        var rowLower = [Double](repeating: 0, count: rows)
        var rowUpper = [Double](repeating: 0, count: rows)
        var y = [Double](repeating: 0, count: rows)
        for i in 0..<rows {
            var activity = 0.0
            for e in start[i]..<start[i + 1] { activity += entryValues[e] * x[Int(entryColumns[e])] }
            if pairedColumn[i] >= 0 {
                let kind = random.nextUnit()
                if kind < 0.25 {
                    rowLower[i] = activity
                    rowUpper[i] = activity
                    y[i] = random.nextNonzero(magnitude: 9)
                } else if kind < 0.65 {
                    rowLower[i] = activity
                    rowUpper[i] =
                        random.nextBool(probability: 0.7) ? .infinity : activity + Double(random.nextInt(in: 1...10))
                    y[i] = Double(random.nextInt(in: 1...9))
                } else {
                    rowUpper[i] = activity
                    rowLower[i] =
                        random.nextBool(probability: 0.7) ? -.infinity : activity - Double(random.nextInt(in: 1...10))
                    y[i] = -Double(random.nextInt(in: 1...9))
                }
            } else {
                let side = random.nextUnit()
                rowLower[i] = side < 0.4 ? -.infinity : activity - Double(random.nextInt(in: 1...10))
                rowUpper[i] = side >= 0.4 && side < 0.8 ? .infinity : activity + Double(random.nextInt(in: 1...10))
            }
        }

        // 5. The objective c = Aᵀy + d, and its value at x*.
        var c = d
        for i in 0..<rows where y[i] != 0 {
            for e in start[i]..<start[i + 1] { c[Int(entryColumns[e])] += entryValues[e] * y[i] }
        }
        let constant = Double(random.nextInt(in: -50...50))
        var value = constant
        for j in 0..<columns { value += c[j] * x[j] }

        let sign: Double = sense == .minimize ? 1 : -1
        objectiveCoefficients = c.map { sign * $0 }
        objectiveConstant = sign * constant
        optimalObjective = sign * value
        optimalDuals = y.map { sign * $0 }
        optimalReducedCosts = d.map { sign * $0 }
        optimalValues = x
        columnLowerBounds = lower
        columnUpperBounds = upper
        rowLowerBounds = rowLower
        rowUpperBounds = rowUpper
        rowStart = start
        self.entryColumns = entryColumns
        self.entryValues = entryValues
    }

    /// Builds the ``Model`` through the wrapper's public API, term by term (the fast
    /// path: `reserveCapacity` and `LinearExpression.add`, no operators).
    /// - Returns: the model; variables are named `x1`, `x2`, …, constraints `r1`, `r2`, ….
    /// - Throws: ``GLPKError`` if the wrapper refuses the data (it should not).
    /// - Complexity: O(rows + columns + nonzeros).
    public func makeModel() throws -> Model {
        var model = Model(name: "known_optimum_\(rows)x\(columns)_\(seed)")
        model.reserveCapacity(variables: columns, constraints: rows, nonzeros: entryValues.count)
        for j in 0..<columns {
            try model.addVariable(lowerBound: columnLowerBounds[j], upperBound: columnUpperBounds[j])
        }
        for i in 0..<rows {
            var expression = LinearExpression()
            expression.reserveCapacity(rowStart[i + 1] - rowStart[i])
            for e in rowStart[i]..<rowStart[i + 1] {
                expression.add(entryValues[e], Variable(index: Int(entryColumns[e])))
            }
            try model.addConstraint(
                LinearConstraint(expression, lowerBound: rowLowerBounds[i], upperBound: rowUpperBounds[i]))
        }
        var objective = LinearExpression(objectiveConstant)
        objective.reserveCapacity(columns)
        for j in 0..<columns where objectiveCoefficients[j] != 0 {
            objective.add(objectiveCoefficients[j], Variable(index: j))
        }
        try model.setObjective(objective, sense: sense)
        return model
    }
}
