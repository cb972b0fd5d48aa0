internal import CGLPKShim

/// The callbacks of one solve, reached from C through an unretained pointer that
/// lives only for the length of that synchronous call.
final class SolveCallbacks: @unchecked Sendable {
    // Safe: one instance per solve, used only on the solving thread while the C call runs.
    let log: (@Sendable (String) -> Void)?
    let progress: (@Sendable (MIPProgress) -> MIPProgress.Decision)?
    let turn: CoreShare.Turn?
    let interruption: SolveInterruption?
    let started: ContinuousClock.Instant

    /// The handlers of `options`, with the solve's clock started now.
    init(_ options: SolverOptions) {
        log = options.logHandler
        progress = options.progressHandler
        turn = options.turn
        interruption = options.interruption
        started = .now
    }

    var elapsed: Double {
        (ContinuousClock.now - started) / .seconds(1)
    }

    private static func from(_ context: UnsafeMutableRawPointer) -> SolveCallbacks {
        Unmanaged<SolveCallbacks>.fromOpaque(context).takeUnretainedValue()
    }

    /// `sp_log.stream`: GLPK's terminal output, line by line, to the log handler.
    static let streamLog: @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<CChar>?) -> Void = { context, text in
        guard let context, let text else { return }
        from(context).log?(String(cString: text))
    }

    /// `sp_params.progress`: the search's progress to the progress handler; 1 stops it.
    static let reportProgress: @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<sp_progress>?) -> Int32 = {
        context, report in
        guard let context, let report else { return 0 }
        let callbacks = from(context)
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

    /// `sp_params.pause`: lets another solve have the core; the seconds it waited.
    static let passTurn: @convention(c) (UnsafeMutableRawPointer?) -> Double = { context in
        guard let context else { return 0 }
        return from(context).turn?.pass() ?? 0
    }

    /// `sp_params.stop_requested`: 1 once a stop was requested.
    static let stopRequested: @convention(c) (UnsafeMutableRawPointer?) -> Int32 = { context in
        guard let context else { return 0 }
        return from(context).interruption?.isRequested == true ? 1 : 0
    }
}
