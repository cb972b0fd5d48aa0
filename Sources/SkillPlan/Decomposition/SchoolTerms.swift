/// A school's part of a linear expression: variable indices in the school's model and
/// their coefficients.
struct SchoolTerms: Sendable {
    /// Variable indices in the school's model.
    var indices: [Int32] = []
    /// Coefficients, aligned with ``indices``.
    var coefficients: [Double] = []

    /// Whether the school contributes nothing.
    var isEmpty: Bool { indices.isEmpty }

    /// The value of the expression at a school's solution.
    func value(_ values: [Double]) -> Double {
        var total = 0.0
        for k in indices.indices { total += coefficients[k] * values[Int(indices[k])] }
        return total
    }
}
