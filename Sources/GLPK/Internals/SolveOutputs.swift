internal import CGLPKShim

/// The arrays the shim fills, in one allocation lent to C for one call: the columns'
/// values and reduced costs and the rows' values and duals (zeros), then, when ranging
/// is asked for, the cost and right-hand-side ranges (NaN until GLPK fills them).
struct SolveOutputs {
    /// Where each array starts in ``storage``, in `sp_result`'s order.
    private enum Slot: Int, CaseIterable {
        case columnValue, columnDual, rowValue, rowDual, costLower, costUpper, rhsLower, rhsUpper

        /// Whether the array has a place per column (else per row).
        var perColumn: Bool {
            switch self {
            case .columnValue, .columnDual, .costLower, .costUpper: true
            case .rowValue, .rowDual, .rhsLower, .rhsUpper: false
            }
        }

        /// Whether the array holds ranging (present only when asked for).
        var isRanging: Bool { rawValue >= Slot.costLower.rawValue }
    }

    private let columns: Int
    private let rows: Int
    private let ranging: Bool
    private var storage: [Double]

    /// - Parameters:
    ///   - columns: the columns GLPK solves (real and stand-in).
    ///   - rows: the rows it solves.
    ///   - ranging: whether the ranging arrays are wanted.
    init(columns: Int, rows: Int, ranging: Bool) {
        self.columns = columns
        self.rows = rows
        self.ranging = ranging
        storage = [Double](repeating: 0, count: 2 * (columns + rows))
        if ranging { storage += [Double](repeating: .nan, count: 2 * (columns + rows)) }
    }

    private func offset(_ slot: Slot) -> Int {
        Slot.allCases.prefix(while: { $0 != slot }).reduce(0) { $0 + ($1.perColumn ? columns : rows) }
    }

    private func array(_ slot: Slot, real count: Int) -> [Double] {
        let start = offset(slot)
        return Array(storage[start..<(start + count)])
    }

    /// Runs `body` with an `sp_result` whose array pointers point into the storage;
    /// the pointers are valid only during `body`.
    ///
    /// - Returns: what `body` returned and the result it left (its pointers dangling).
    mutating func solving(_ body: (inout sp_result) -> Int32) -> (code: Int32, result: sp_result) {
        let offsets = Slot.allCases.map(offset)
        let ranging = ranging
        return storage.withUnsafeMutableBufferPointer { buffer in
            func pointer(_ slot: Slot) -> UnsafeMutablePointer<Double>? {
                guard ranging || !slot.isRanging, let base = buffer.baseAddress else { return nil }
                return base + offsets[slot.rawValue]
            }
            var result = sp_result()
            result.column_value = pointer(.columnValue)
            result.column_dual = pointer(.columnDual)
            result.row_value = pointer(.rowValue)
            result.row_dual = pointer(.rowDual)
            result.cost_lower = pointer(.costLower)
            result.cost_upper = pointer(.costUpper)
            result.rhs_lower = pointer(.rhsLower)
            result.rhs_upper = pointer(.rhsUpper)
            let code = body(&result)
            return (code, result)
        }
    }

    /// The values, for the real columns and rows only.
    func values(realColumns: Int, realRows: Int) -> RawSolve.Values {
        RawSolve.Values(
            columns: array(.columnValue, real: realColumns), reducedCosts: array(.columnDual, real: realColumns),
            rows: array(.rowValue, real: realRows), rowDuals: array(.rowDual, real: realRows))
    }

    /// The ranging, for the real columns and rows only; `nil` when not asked for.
    func ranges(realColumns: Int, realRows: Int) -> RawSolve.Ranges? {
        guard ranging else { return nil }
        return RawSolve.Ranges(
            costLower: array(.costLower, real: realColumns), costUpper: array(.costUpper, real: realColumns),
            rhsLower: array(.rhsLower, real: realRows), rhsUpper: array(.rhsUpper, real: realRows))
    }
}
