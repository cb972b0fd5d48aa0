import Foundation
internal import CGLPK
internal import CGLPKShim

/// The solver's raw answer, before the status is interpreted.
struct RawSolve {
    var returnCode: Int32
    var relaxationCode: Int32
    var solutionKind: Int32
    var status: Int32
    var primalStatus: Int32
    var dualStatus: Int32
    var objective: Double
    var bestBound: Double
    var startAccepted: Bool
    var sensitivityDone: Bool
    var memoryBlocksLeft: Int
    var nodeLimitReached: Bool
    var nodes: Int
    var interrupted: Bool
    var columnValues: [Double]
    var columnDuals: [Double]
    var rowValues: [Double]
    var rowDuals: [Double]
    var costLower: [Double]
    var costUpper: [Double]
    var rhsLower: [Double]
    var rhsUpper: [Double]
    var log: String
}

/// The callbacks of one solve, reached from C through an unretained pointer that
/// lives only for the length of that synchronous call.
final class SolveCallbacks: @unchecked Sendable {
    // Safe: one instance per solve, used only on the solving thread while the C call runs.
    let log: (@Sendable (String) -> Void)?
    let progress: (@Sendable (MIPProgress) -> MIPProgress.Decision)?
    let turn: CoreShare.Turn?
    let interruption: SolveInterruption?
    let started: ContinuousClock.Instant

    init(log: (@Sendable (String) -> Void)?, progress: (@Sendable (MIPProgress) -> MIPProgress.Decision)?, turn: CoreShare.Turn?,
         interruption: SolveInterruption?) {
        self.log = log
        self.progress = progress
        self.turn = turn
        self.interruption = interruption
        self.started = .now
    }

    var elapsed: Double {
        (ContinuousClock.now - started) / .seconds(1)
    }
}

private let streamLog: @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<CChar>?) -> Void = { context, text in
    guard let context, let text else { return }
    let callbacks = Unmanaged<SolveCallbacks>.fromOpaque(context).takeUnretainedValue()
    callbacks.log?(String(cString: text))
}

private let reportProgress: @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<sp_progress>?) -> Int32 = { context, report in
    guard let context, let report else { return 0 }
    let callbacks = Unmanaged<SolveCallbacks>.fromOpaque(context).takeUnretainedValue()
    guard let progress = callbacks.progress else { return 0 }
    let p = report.pointee
    let value = MIPProgress(
        incumbent: p.has_incumbent != 0 ? p.incumbent : nil,
        bound: p.bound,
        gap: p.has_incumbent != 0 && p.gap.isFinite ? p.gap : nil,
        activeNodes: Int(p.active_nodes),
        totalNodes: Int(p.total_nodes),
        elapsed: callbacks.elapsed)
    return progress(value) == .stop ? 1 : 0
}

private let passTurn: @convention(c) (UnsafeMutableRawPointer?) -> Double = { context in
    guard let context else { return 0 }
    return Unmanaged<SolveCallbacks>.fromOpaque(context).takeUnretainedValue().turn?.pass() ?? 0
}

private let stopRequested: @convention(c) (UnsafeMutableRawPointer?) -> Int32 = { context in
    guard let context else { return 0 }
    return Unmanaged<SolveCallbacks>.fromOpaque(context).takeUnretainedValue().interruption?.isRequested == true ? 1 : 0
}

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
        try objective.withUnsafeBufferPointer { objective in
        try isInteger.withUnsafeBufferPointer { isInteger in
        try columnLower.withUnsafeBufferPointer { columnLower in
        try columnUpper.withUnsafeBufferPointer { columnUpper in
        try rowLower.withUnsafeBufferPointer { rowLower in
        try rowUpper.withUnsafeBufferPointer { rowUpper in
        try rowStart.withUnsafeBufferPointer { rowStart in
        try entryColumn.withUnsafeBufferPointer { entryColumn in
        try entryValue.withUnsafeBufferPointer { entryValue in
        try Self.withOptional(name) { name in
        try Self.withOptional(columnNames) { columnNames in
        try Self.withOptional(rowNames) { rowNames in
            var model = sp_model(
                rows: Int32(rows), columns: Int32(columns), maximize: maximize ? 1 : 0,
                objective_constant: objectiveConstant,
                objective: objective.baseAddress, column_is_integer: isInteger.baseAddress,
                column_lower: columnLower.baseAddress, column_upper: columnUpper.baseAddress,
                row_lower: rowLower.baseAddress, row_upper: rowUpper.baseAddress,
                row_start: rowStart.baseAddress, entry_column: entryColumn.baseAddress,
                entry_value: entryValue.baseAddress,
                name: name, column_names: columnNames, row_names: rowNames)
            return try withUnsafePointer(to: &model) { try body($0) }
        }}}}}}}}}}}}
    }

    private static func withOptional<R>(_ array: [CChar]?, _ body: (UnsafePointer<CChar>?) throws -> R) rethrows -> R {
        guard let array else { return try body(nil) }
        return try array.withUnsafeBufferPointer { try body($0.baseAddress) }
    }
}

/// The one place where a GLPK problem exists: created, solved, read and deleted inside `sp_solve`.
enum ShimSolve {
    static func run(_ flat: FlatModel, options: SolverOptions, integer: Bool) throws -> RawSolve {
        let callbacks = SolveCallbacks(log: options.logHandler, progress: options.progressHandler, turn: options.turn,
                                       interruption: options.interruption)
        let context = Unmanaged.passUnretained(callbacks).toOpaque()
        var log = sp_log(text: nil, length: 0, capacity: 0,
                         stream: options.logHandler == nil ? nil : streamLog, stream_context: context)
        defer { sp_log_free(&log) }

        var columnValues = [Double](repeating: 0, count: flat.columns)
        var columnDuals = [Double](repeating: 0, count: flat.columns)
        var rowValues = [Double](repeating: 0, count: flat.rows)
        var rowDuals = [Double](repeating: 0, count: flat.rows)
        let ranging = options.sensitivity && !integer
        var costLower = [Double](repeating: .nan, count: ranging ? flat.columns : 0)
        var costUpper = costLower
        var rhsLower = [Double](repeating: .nan, count: ranging ? flat.rows : 0)
        var rhsUpper = rhsLower
        let start: [Double]? = integer ? options.start.map { flat.realColumns == 0 ? [0] : $0 } : nil

        var result = sp_result()
        let code: Int32 = withExtendedLifetime(callbacks) {
            flat.withModel { model in
                columnValues.withUnsafeMutableBufferPointer { columnValues in
                columnDuals.withUnsafeMutableBufferPointer { columnDuals in
                rowValues.withUnsafeMutableBufferPointer { rowValues in
                rowDuals.withUnsafeMutableBufferPointer { rowDuals in
                costLower.withUnsafeMutableBufferPointer { costLower in
                costUpper.withUnsafeMutableBufferPointer { costUpper in
                rhsLower.withUnsafeMutableBufferPointer { rhsLower in
                rhsUpper.withUnsafeMutableBufferPointer { rhsUpper in
                    result.column_value = columnValues.baseAddress
                    result.column_dual = columnDuals.baseAddress
                    result.row_value = rowValues.baseAddress
                    result.row_dual = rowDuals.baseAddress
                    result.cost_lower = costLower.baseAddress
                    result.cost_upper = costUpper.baseAddress
                    result.rhs_lower = rhsLower.baseAddress
                    result.rhs_upper = rhsUpper.baseAddress
                    return withStart(start) { startPointer in
                        var params = sp_params(
                            method: methodCode(options.method),
                            presolve: options.presolve && options.method != .interiorPoint && options.method != .exact ? 1 : 0,
                            message_level: options.verbosity.rawValue,
                            time_limit_ms: options.timeLimit.map { Int32(($0 * 1000).rounded()) } ?? -1,
                            iteration_limit: options.iterationLimit.map { Int32($0) } ?? -1,
                            mip_gap: options.mipGap ?? -1,
                            cuts: options.cuts ? 1 : 0,
                            integer: integer ? 1 : 0,
                            sensitivity: ranging ? 1 : 0,
                            start: startPointer,
                            progress: options.progressHandler == nil ? nil : reportProgress,
                            progress_context: context,
                            progress_interval_s: options.progressInterval,
                            branching: options.branching?.rawValue ?? 0,
                            backtracking: options.backtracking?.rawValue ?? 0,
                            feasibility_pump: options.feasibilityPump ? 1 : 0,
                            proximity_search: options.proximitySearch ? 1 : 0,
                            node_limit: options.nodeLimit.map { Int32($0) } ?? -1,
                            pause: options.turn == nil ? nil : passTurn,
                            stop_requested: options.interruption == nil ? nil : stopRequested)
                        return sp_solve(model, &params, &result, &log)
                    }
                }}}}}}}}
            }
        }
        let text = log.text.map { String(cString: $0) } ?? ""
        switch code {
        case Int32(SP_OK):
            break
        case Int32(SP_NOMEM):
            throw GLPKError(.outOfMemory, "the C layer could not allocate memory for a model of \(flat.rows) rows, \(flat.columns) columns and \(flat.entryValue.count) non-zeros")
        default:
            throw GLPKError(.fatal, "GLPK raised a fatal error, caught before it could abort: \(lastLines(text))")
        }
        func real(_ array: [Double], _ count: Int) -> [Double] { array.count > count ? Array(array.prefix(count)) : array }
        return RawSolve(
            returnCode: result.return_code, relaxationCode: result.relaxation_code,
            solutionKind: result.solution_kind, status: result.status,
            primalStatus: result.primal_status, dualStatus: result.dual_status,
            objective: result.objective, bestBound: result.best_bound,
            startAccepted: result.start_accepted != 0, sensitivityDone: result.sensitivity_done != 0,
            memoryBlocksLeft: Int(result.memory_blocks_left),
            nodeLimitReached: result.node_limit_reached != 0, nodes: Int(result.nodes),
            interrupted: result.interrupted != 0,
            columnValues: real(columnValues, flat.realColumns), columnDuals: real(columnDuals, flat.realColumns),
            rowValues: real(rowValues, flat.realRows), rowDuals: real(rowDuals, flat.realRows),
            costLower: real(costLower, flat.realColumns), costUpper: real(costUpper, flat.realColumns),
            rhsLower: real(rhsLower, flat.realRows), rhsUpper: real(rhsUpper, flat.realRows),
            log: text)
    }

    private static func withStart<R>(_ start: [Double]?, _ body: (UnsafePointer<Double>?) -> R) -> R {
        guard let start else { return body(nil) }
        return start.withUnsafeBufferPointer { body($0.baseAddress) }
    }

    private static func methodCode(_ method: SolverOptions.Method) -> Int32 {
        switch method {
        case .primalSimplex: Int32(SP_PRIMAL)
        case .dualSimplex: Int32(SP_DUAL)
        case .interiorPoint: Int32(SP_INTERIOR)
        case .exact: Int32(SP_EXACT)
        }
    }

    /// The last non-empty lines of GLPK's output, where its error message is.
    static func lastLines(_ text: String, count: Int = 3) -> String {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return lines.suffix(count).joined(separator: " / ")
    }

    /// Forces a fatal error inside the guard and returns the error it became.
    static func forcedFatalError() -> GLPKError? {
        var log = sp_log()
        defer { sp_log_free(&log) }
        let code = sp_force_fatal_error(&log)
        guard code == Int32(SP_FATAL) else { return nil }
        let text = log.text.map { String(cString: $0) } ?? ""
        return GLPKError(.fatal, "GLPK raised a fatal error, caught before it could abort: \(lastLines(text))")
    }

    static var version: String { String(cString: sp_version()) }
}
