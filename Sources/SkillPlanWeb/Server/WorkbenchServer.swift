import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import SkillPlan

/// Builds the workbench's application: its router and the service that stops the solve
/// queue cleanly when the server stops (SIGINT, SIGTERM).
public enum WorkbenchServer {
    /// The application for a workbench.
    ///
    /// - Parameters:
    ///   - workbench: the shared state.
    ///   - onListening: called with the port once the server listens.
    public static func application(
        _ workbench: Workbench, onListening: @escaping @Sendable (Int) async -> Void = { _ in }
    )
        -> some ApplicationProtocol
    {
        var logger = Logger(label: "skillplan.serve")
        logger.logLevel = .warning
        return Application(
            router: router(workbench),
            configuration: ApplicationConfiguration(
                address: .hostname(workbench.settings.host, port: workbench.settings.port), serverName: "SkillPlan"),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? workbench.settings.port) },
            logger: logger)
    }

    /// Runs the server until SIGINT or SIGTERM: then the solve queue stops first
    /// (running solves end with their best plans kept as interrupted results, waiting
    /// ones are dropped), and the server after it, once the progress streams have ended.
    ///
    /// - Parameters:
    ///   - workbench: the shared state.
    ///   - onListening: called with the port once the server listens.
    public static func run(_ workbench: Workbench, onListening: @escaping @Sendable (Int) async -> Void = { _ in })
        async throws
    {
        var logger = Logger(label: "skillplan.serve")
        logger.logLevel = .warning
        let group = ServiceGroup(
            configuration: .init(
                services: [application(workbench, onListening: onListening), QueueService(workbench: workbench)],
                gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }

    /// The routes.
    public static func router(_ workbench: Workbench) -> Router<WorkbenchContext> {
        let router = Router(context: WorkbenchContext.self)
        router.add(middleware: GuardMiddleware(workbench: workbench))
        let routes = Routes(workbench: workbench)
        routes.register(on: router)
        return router
    }
}

/// Stops the solve queue when the server is asked to stop, so that running solves end
/// with their best plans kept (as interrupted) before the process exits. Listed after
/// the application in the service group, so that it stops first.
struct QueueService: Service {
    let workbench: Workbench

    func run() async throws {
        try? await gracefulShutdown()
        let workbench = self.workbench
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            Thread.detachNewThread {
                workbench.shutdown()
                continuation.resume()
            }
        }
    }
}
