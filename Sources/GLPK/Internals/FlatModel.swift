internal import CGLPKShim

/// The model's arrays as the shim takes them: rows and columns, at least one of each
/// (GLPK's simplex refuses an empty problem, so a free empty row or a fixed column
/// stands in), integer bounds rounded inward.
struct FlatModel {
    var rows: Int
    var columns: Int
    var maximize: Bool
    var objectiveConstant: Double
    var objective: [Double]
    var isInteger: [Int32]
    var columnLower: [Double]
    var columnUpper: [Double]
    var rowLower: [Double]
    var rowUpper: [Double]
    var rowStart: [Int32]
    var entryColumn: [Int32]
    var entryValue: [Double]
    var name: [CChar]?
    var columnNames: [CChar]?
    var rowNames: [CChar]?
    /// Real (not stand-in) rows and columns.
    var realRows: Int
    var realColumns: Int

    /// - Parameter integer: keep integrality (and round integer bounds inward).
    /// - Returns: `nil` when an integer variable's rounded bounds leave no integer.
    init?(_ model: Model, integer: Bool, names: Bool, roundIntegerBounds: Bool = true) {
        realRows = model.constraintCount
        realColumns = model.variableCount
        rows = max(realRows, 1)
        columns = max(realColumns, 1)
        maximize = model.objectiveSense == .maximize
        objectiveConstant = model.objectiveConstant
        objective = model.objectiveCoefficients
        columnLower = model.lowerBounds
        columnUpper = model.upperBounds
        isInteger = model.variableKinds.map { integer && $0 != .continuous ? 1 : 0 }
        if integer && roundIntegerBounds {
            for j in 0..<realColumns where isInteger[j] == 1 {
                columnLower[j] = Self.roundUp(columnLower[j])
                columnUpper[j] = Self.roundDown(columnUpper[j])
                if columnLower[j] > columnUpper[j] { return nil }
            }
        }
        rowLower = model.constraintLowerBounds
        rowUpper = model.constraintUpperBounds
        rowStart = model.rowStart.storage
        entryColumn = model.entryColumns.storage
        entryValue = model.entryValues
        if realColumns == 0 {
            objective = [0]
            isInteger = [0]
            columnLower = [0]
            columnUpper = [0]
        }
        if realRows == 0 {
            rowLower = [-.infinity]
            rowUpper = [.infinity]
            rowStart = [0, 0]
        }
        if names {
            name = Array(model.name.utf8CString)
            columnNames = Self.joined(realColumns == 0 ? ["stand_in_column"] : model.variableNames)
            rowNames = Self.joined(realRows == 0 ? ["stand_in_row"] : model.constraintNames)
        }
    }

    static func roundUp(_ value: Double) -> Double {
        guard value.isFinite else { return value }
        let nearest = value.rounded()
        return abs(value - nearest) <= 1e-9 * max(1, abs(value)) ? nearest : value.rounded(.up)
    }

    static func roundDown(_ value: Double) -> Double {
        guard value.isFinite else { return value }
        let nearest = value.rounded()
        return abs(value - nearest) <= 1e-9 * max(1, abs(value)) ? nearest : value.rounded(.down)
    }

    static func joined(_ names: [String]) -> [CChar] {
        var buffer: [CChar] = []
        buffer.reserveCapacity(names.reduce(0) { $0 + $1.utf8.count + 1 })
        for name in names {
            buffer.append(contentsOf: name.utf8.map { CChar(bitPattern: $0) })
            buffer.append(0)
        }
        return buffer
    }

    /// Lends the arrays to C as an `sp_model` for the length of `body`.
    func withModel<R>(_ body: (UnsafePointer<sp_model>) throws -> R) rethrows -> R {
        try withBaseAddresses(of: [objective, columnLower, columnUpper, rowLower, rowUpper, entryValue]) { numbers in
            try withBaseAddresses(of: [isInteger, rowStart, entryColumn]) { indices in
                try withBaseAddresses(of: [name, columnNames, rowNames]) { names in
                    var model = sp_model(
                        rows: Int32(rows), columns: Int32(columns), maximize: maximize ? 1 : 0,
                        objective_constant: objectiveConstant,
                        objective: numbers[0], column_is_integer: indices[0],
                        column_lower: numbers[1], column_upper: numbers[2],
                        row_lower: numbers[3], row_upper: numbers[4],
                        row_start: indices[1], entry_column: indices[2],
                        entry_value: numbers[5],
                        name: names[0], column_names: names[1], row_names: names[2])
                    return try withUnsafePointer(to: &model) { try body($0) }
                }
            }
        }
    }
}
