internal import CGLPK
internal import CGLPKShim
import Foundation

/// The one place where a GLPK problem exists: created, solved, read and deleted inside `sp_solve`.
enum ShimSolve {
    /// Solves `flat` in one call of the shim.
    ///
    /// - Parameters:
    ///   - flat: the model's arrays.
    ///   - options: method, limits and handlers.
    ///   - integer: solve as a MIP.
    /// - Returns: GLPK's answer, its status not yet read.
    /// - Throws: ``GLPKError`` `.outOfMemory` or `.fatal` (GLPK's error, caught before it could abort).
    static func run(_ flat: FlatModel, options: SolverOptions, integer: Bool) throws -> RawSolve {
        let callbacks = SolveCallbacks(options)
        let context = Unmanaged.passUnretained(callbacks).toOpaque()
        var log = sp_log(
            text: nil, length: 0, capacity: 0,
            stream: options.logHandler == nil ? nil : SolveCallbacks.streamLog, stream_context: context)
        defer { sp_log_free(&log) }

        let ranging = options.sensitivity && !integer
        var outputs = SolveOutputs(columns: flat.columns, rows: flat.rows, ranging: ranging)
        let start: [Double]? = integer ? options.start.map { flat.realColumns == 0 ? [0] : $0 } : nil
        let (code, result) = withExtendedLifetime(callbacks) {
            flat.withModel { model in
                withBaseAddresses(of: [start]) { start in
                    var params = parameters(
                        options, integer: integer, ranging: ranging, start: start[0], context: context)
                    return outputs.solving { result in sp_solve(model, &params, &result, &log) }
                }
            }
        }
        let text = log.text.map { String(cString: $0) } ?? ""
        try check(code, log: text, flat: flat)
        return RawSolve(result, outputs: outputs, realColumns: flat.realColumns, realRows: flat.realRows, log: text)
    }

    /// The shim's parameters for `options`; the callbacks get `context`.
    private static func parameters(
        _ options: SolverOptions, integer: Bool, ranging: Bool, start: UnsafePointer<Double>?,
        context: UnsafeMutableRawPointer
    ) -> sp_params {
        sp_params(
            method: methodCode(options.method),
            presolve: options.presolve && options.method != .interiorPoint && options.method != .exact ? 1 : 0,
            message_level: options.verbosity.rawValue,
            time_limit_ms: options.timeLimit.map { Int32(($0 * 1000).rounded()) } ?? -1,
            iteration_limit: options.iterationLimit.map { Int32($0) } ?? -1,
            mip_gap: options.mipGap ?? -1,
            cuts: options.cuts ? 1 : 0,
            integer: integer ? 1 : 0,
            sensitivity: ranging ? 1 : 0,
            start: start,
            progress: options.progressHandler == nil ? nil : SolveCallbacks.reportProgress,
            progress_context: context,
            progress_interval_s: options.progressInterval,
            branching: options.branching?.rawValue ?? 0,
            backtracking: options.backtracking?.rawValue ?? 0,
            feasibility_pump: options.feasibilityPump ? 1 : 0,
            proximity_search: options.proximitySearch ? 1 : 0,
            node_limit: options.nodeLimit.map { Int32($0) } ?? -1,
            pause: options.turn == nil ? nil : SolveCallbacks.passTurn,
            stop_requested: options.interruption == nil ? nil : SolveCallbacks.stopRequested)
    }

    /// Throws for a shim code other than `SP_OK`.
    private static func check(_ code: Int32, log: String, flat: FlatModel) throws {
        switch code {
        case Int32(SP_OK):
            return
        case Int32(SP_NOMEM):
            throw GLPKError(
                .outOfMemory,
                "the C layer could not allocate memory for a model of \(flat.rows) rows, \(flat.columns) columns and \(flat.entryValue.count) non-zeros"
            )
        default:
            throw GLPKError(.fatal, "GLPK raised a fatal error, caught before it could abort: \(lastLines(log))")
        }
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
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
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
