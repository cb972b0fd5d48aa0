import Dispatch
import Foundation
import Hummingbird
import SkillPlan
import Synchronization

/// The workbench's shared state: its settings, the solve queue, the plan store, the
/// results folder and the rendered pages kept for reuse. One per server.
public final class Workbench: Sendable {
    /// The settings.
    public let settings: WorkbenchSettings
    /// The solves, running and waiting.
    public let queue: SolveQueue
    /// Solved results.
    public let results: SolveResultFolder
    /// Where scenarios made in the workbench are.
    public let scenariosFolder: String
    /// Rendered plan bodies, by plan and language (plans never change once kept).
    let cache = PageCache<String>(capacity: 64)
    /// Plans read, by reference (`r17`, `v3`): a result's plan file and a version never
    /// change, and decoding one on every request of its page cost more than the page.
    let plans = PageCache<Plan>(capacity: 32)
    /// Whole pages as sent (plan, levers, history, scenarios), by what each shows
    /// (``Routes/rendered(_:make:)``): under 50 clients, rendering and copying a 270 KB
    /// plan page on every request was most of the server's work.
    let pages = PageCache<RenderedPage>(capacity: 128)
    /// Saved versions as shown, by number (a version never changes).
    let versions = PageCache<ShownPlan>(capacity: 64)
    /// What the checker found in saved evaluated plans, by version (versions never change).
    let checked = Mutex<[Int64: [PlanViolation]]>([:])
    /// Results being saved, so that a double click saves once.
    let saving = Mutex<Set<Int>>([])
    private let storeBox = Mutex<PlanStore?>(nil)
    private static let blockingQueue = DispatchQueue(label: "skillplan.web.blocking", attributes: .concurrent)

    /// A workbench: creates its folders and starts the solve queue's workers.
    ///
    /// - Throws: `FileError` when the data folder cannot be created.
    public init(settings: WorkbenchSettings) throws {
        self.settings = settings
        let results = SolveResultFolder(path: (settings.dataFolder as NSString).appendingPathComponent("results"))
        self.results = results
        self.scenariosFolder = (settings.dataFolder as NSString).appendingPathComponent("scenarios")
        do {
            try FileManager.default.createDirectory(atPath: results.path, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: scenariosFolder, withIntermediateDirectories: true)
        } catch {
            throw FileError(
                path: settings.dataFolder,
                message: "cannot create the workbench's data folder; choose a writable --store location")
        }
        self.queue = SolveQueue(
            workers: settings.workers, firstID: results.nextID(), abandonAfter: settings.abandonAfter
        ) { job, outcome in
            guard case .plan(let result, let inputs, let stop) = outcome else { return }
            let facts = SolveResult.Facts(
                id: job.id, scenarioPath: job.request.scenarioPath, stoppedBy: stop,
                violations: result.violations.count,
                finished: ISO8601DateFormatter().string(from: Date()), savedAs: nil, found: result.violations)
            try? results.write(SolveResult(facts: facts, plan: result.plan, inputs: inputs))
        }
        markCommittedSaves()
    }

    /// Marks each result whose save the store committed but whose mark was never written
    /// (the server killed between the two) as saved, so that History does not list it as
    /// not saved; its version is found by the result's save key.
    private func markCommittedSaves() {
        let pending = results.list().filter { $0.savedAs == nil && $0.saveKey != nil }
        guard !pending.isEmpty, let store = try? store() else { return }
        for facts in pending {
            if let key = facts.saveKey, let version = try? store.version(savedUnder: key) {
                try? results.markSaved(facts.id, as: version.id)
            }
        }
    }

    /// The plan store, opened (and created) on first use.
    public func store() throws -> PlanStore {
        try storeBox.withLock { box in
            if let box { return box }
            let opened = try PlanStore(path: settings.storePath)
            box = opened
            return opened
        }
    }

    /// Runs blocking work (files, SQLite, rendering a plan) off the server's event loops.
    static func blocking<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            blockingQueue.async {
                continuation.resume(with: Result { try work() })
            }
        }
    }

    /// A message with the server's own absolute folders shown relative to the
    /// project, so that no page shows a path outside it.
    func scrub(_ message: String) -> String {
        var text = message
        let storeFolder = (settings.storePath as NSString).deletingLastPathComponent
        let roots = [
            (settings.dataFolder, "workbench"), (settings.modelsFolder, "Models"), (settings.projectFolder, "."),
            (storeFolder, (storeFolder as NSString).lastPathComponent),
        ]
        for (root, shown) in roots where root.hasPrefix("/") && root.count > 1 {
            let absolute = URL(fileURLWithPath: root).standardizedFileURL.path
            text = text.replacingOccurrences(of: absolute + "/", with: shown == "." ? "" : shown + "/")
            text = text.replacingOccurrences(of: absolute, with: shown)
        }
        return text
    }

    /// Stops the queue: running solves keep their best plans as interrupted results.
    public func shutdown() {
        queue.shutdown(timeout: 60)
    }
}

/// A small store of rendered page parts (or plans), dropped oldest first.
final class PageCache<Value: Sendable>: Sendable {
    private let entries = Mutex<(order: [String], values: [String: Value])>(([], [:]))
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The value kept under `key`, if any.
    func kept(_ key: String) -> Value? {
        entries.withLock { $0.values[key] }
    }

    func value(_ key: String, make: () throws -> Value) rethrows -> Value {
        if let hit = entries.withLock({ $0.values[key] }) { return hit }
        let made = try make()
        entries.withLock { entries in
            if entries.values[key] == nil { entries.order.append(key) }
            entries.values[key] = made
            while entries.order.count > capacity { entries.values[entries.order.removeFirst()] = nil }
        }
        return made
    }
}
