/// A linear expression `Σ aᵢ·xᵢ + b` over the variables of one model.
///
/// Write it with operators (`3 * x + y - 2 * z + 5`) or build it term by term with
/// ``add(_:_:)``, which is the fast path for large models. Terms on the same variable
/// may repeat; they are summed when the expression becomes a constraint or objective.
///
/// A term on a variable whose index GLPK cannot number (below 0 or beyond C's `int`)
/// is never wrapped onto another variable: the expression remembers the first such
/// index, and ``Model`` throws ``GLPKError`` `.unknownElement` naming it when the
/// expression is used in a constraint or objective.
public struct LinearExpression: Sendable, CustomStringConvertible {
    /// The variable index of each term, in the order the terms were added.
    public private(set) var indices: IndexList
    /// The coefficient of each term, aligned with ``indices``.
    public private(set) var coefficients: [Double]
    /// The constant term `b`.
    public var constant: Double
    /// The first variable index added that GLPK cannot number (stored as -1, which no
    /// model has), for the model's error message.
    private(set) var unnumberableIndex: Int?

    /// The expression `0`.
    public init() {
        indices = IndexList()
        coefficients = []
        constant = 0
    }

    /// The constant expression `value`.
    public init(_ value: Double) {
        indices = IndexList()
        coefficients = []
        constant = value
    }

    /// The expression `1·variable`.
    public init(_ variable: Variable) {
        indices = IndexList()
        coefficients = []
        constant = 0
        add(1, variable)
    }

    /// An expression from parallel arrays of variables and coefficients.
    /// - Precondition: both arrays have the same length.
    public init(variables: [Variable], coefficients: [Double], constant: Double = 0) {
        precondition(variables.count == coefficients.count, "variables and coefficients differ in length")
        self.indices = IndexList()
        self.coefficients = []
        self.constant = constant
        reserveCapacity(variables.count)
        for (variable, coefficient) in zip(variables, coefficients) { add(coefficient, variable) }
    }

    /// The number of terms, counting repeated variables separately.
    public var termCount: Int { indices.count }

    /// Reserves room for `count` more terms.
    public mutating func reserveCapacity(_ count: Int) {
        indices.storage.reserveCapacity(indices.count + count)
        coefficients.reserveCapacity(coefficients.count + count)
    }

    /// Adds the term `coefficient·variable`.
    /// - Complexity: amortised O(1).
    public mutating func add(_ coefficient: Double, _ variable: Variable) {
        if let index = Int32(exactly: variable.index), index >= 0 {
            indices.storage.append(index)
        } else {
            indices.storage.append(-1)
            if unnumberableIndex == nil { unnumberableIndex = variable.index }
        }
        coefficients.append(coefficient)
    }

    /// Adds every term and the constant of `other`.
    public mutating func add(_ other: LinearExpression, scaledBy factor: Double = 1) {
        indices.storage.append(contentsOf: other.indices.storage)
        if unnumberableIndex == nil { unnumberableIndex = other.unnumberableIndex }
        if factor == 1 {
            coefficients.append(contentsOf: other.coefficients)
        } else {
            coefficients.append(contentsOf: other.coefficients.lazy.map { $0 * factor })
        }
        constant += other.constant * factor
    }

    /// The expression multiplied by `factor`.
    public func scaled(by factor: Double) -> LinearExpression {
        var result = self
        for k in result.coefficients.indices { result.coefficients[k] *= factor }
        result.constant *= factor
        return result
    }

    /// The value of the expression at the given values of the variables (indexed by variable index).
    /// - Precondition: every variable of the expression has a value in `values`.
    public func evaluate(_ values: [Double]) -> Double {
        var total = constant
        for k in indices.indices { total += coefficients[k] * values[indices[k]] }
        return total
    }

    /// Terms with repeated variables summed and zero coefficients dropped, by increasing index.
    public func merged() -> (indices: IndexList, coefficients: [Double]) {
        let (indices, coefficients) = TermMerger.merge(indices.storage, coefficients)
        return (IndexList(indices), coefficients)
    }

    /// `2·x#0 + 1·x#3 + 5`, for debugging.
    public var description: String {
        var parts = indices.indices.map { "\(coefficients[$0])·x#\(indices[$0])" }
        if constant != 0 || parts.isEmpty { parts.append("\(constant)") }
        return parts.joined(separator: " + ")
    }
}

/// Sums the coefficients of repeated indices.
enum TermMerger {
    static func merge(_ indices: [Int32], _ coefficients: [Double]) -> (indices: [Int32], coefficients: [Double]) {
        if isStrictlyIncreasing(indices) {
            if !coefficients.contains(0) { return (indices, coefficients) }
            var keptIndices: [Int32] = []
            var keptCoefficients: [Double] = []
            keptIndices.reserveCapacity(indices.count)
            keptCoefficients.reserveCapacity(indices.count)
            for k in indices.indices where coefficients[k] != 0 {
                keptIndices.append(indices[k])
                keptCoefficients.append(coefficients[k])
            }
            return (keptIndices, keptCoefficients)
        }
        let order = indices.indices.sorted { indices[$0] < indices[$1] }
        var mergedIndices: [Int32] = []
        var mergedCoefficients: [Double] = []
        mergedIndices.reserveCapacity(indices.count)
        mergedCoefficients.reserveCapacity(indices.count)
        for k in order {
            if let last = mergedIndices.last, last == indices[k] {
                mergedCoefficients[mergedCoefficients.count - 1] += coefficients[k]
            } else {
                mergedIndices.append(indices[k])
                mergedCoefficients.append(coefficients[k])
            }
        }
        var write = 0
        for read in mergedIndices.indices where mergedCoefficients[read] != 0 {
            mergedIndices[write] = mergedIndices[read]
            mergedCoefficients[write] = mergedCoefficients[read]
            write += 1
        }
        mergedIndices.removeLast(mergedIndices.count - write)
        mergedCoefficients.removeLast(mergedCoefficients.count - write)
        return (mergedIndices, mergedCoefficients)
    }

    private static func isStrictlyIncreasing(_ indices: [Int32]) -> Bool {
        var previous = Int32.min
        for index in indices {
            if index <= previous { return false }
            previous = index
        }
        return true
    }
}
