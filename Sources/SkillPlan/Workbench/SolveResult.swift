import Foundation
import Synchronization

/// A plan the workbench solved, kept in its results folder until it is saved as a
/// version (or forever: results are never deleted by the workbench).
public struct SolveResult: Sendable {
    /// What is kept beside the plan.
    public struct Facts: Codable, Sendable, Hashable {
        /// The job's number (the result's name).
        public var id: Int
        /// The scenario file solved.
        public var scenarioPath: String
        /// Who stopped the search early, if anyone.
        public var stoppedBy: SolveStop?
        /// Hard-constraint violations the checker found (0 for a sound plan).
        public var violations: Int
        /// When the solve ended (ISO 8601, UTC).
        public var finished: String
        /// The version it was saved as, once saved from the workbench.
        public var savedAs: Int64?
        /// What the checker found, each with its amount (`nil` in results kept before
        /// the workbench recorded them): for an evaluated plan, the hard constraints a
        /// planner's own decisions break.
        public var found: [PlanViolation]?
        /// The key its save is asked under in the plan store (made at its first save, kept
        /// before the store is written): a save asked again finds the version saved under
        /// it, also when the server was killed between the store's commit and ``savedAs``.
        public var saveKey: String?

        /// Facts of a result.
        public init(
            id: Int, scenarioPath: String, stoppedBy: SolveStop?, violations: Int, finished: String, savedAs: Int64?,
            found: [PlanViolation]? = nil
        ) {
            self.id = id
            self.scenarioPath = scenarioPath
            self.stoppedBy = stoppedBy
            self.violations = violations
            self.finished = finished
            self.savedAs = savedAs
            self.found = found
        }
    }

    /// The facts.
    public var facts: Facts
    /// The plan.
    public var plan: Plan
    /// The scenario and data files it was solved from, byte for byte.
    public var inputs: [ScenarioInputFile]

    /// A result.
    public init(facts: Facts, plan: Plan, inputs: [ScenarioInputFile]) {
        self.facts = facts
        self.plan = plan
        self.inputs = inputs
    }
}

/// The workbench's results folder: one subfolder per result (`17/`), holding the plan
/// (`plan.json`, as `skillplan solve -o` writes it), the input files (`inputs.json`) and
/// the facts (`result.json`), each written atomically, the facts last.
public struct SolveResultFolder: Sendable {
    /// The folder.
    public let path: String

    /// How many times this value (and its copies) changed the folder: results kept,
    /// saves marked, save keys made. A page made from the folder's contents is current
    /// while the count is the same.
    public var changes: Int { counter.count.withLock { $0 } }

    private let counter = ChangeCounter()

    /// The results folder at `path` (created when first written).
    public init(path: String) {
        self.path = path
    }

    /// Keeps a result.
    ///
    /// - Throws: `FileError` when the folder cannot be written.
    public func write(_ result: SolveResult) throws {
        let folder = folder(of: result.facts.id)
        try PlanFile.write(result.plan, to: folder + "/plan.json")
        try AtomicFile.write(try Self.encoder.encode(result.inputs), to: folder + "/inputs.json")
        try AtomicFile.write(try Self.encoder.encode(result.facts), to: folder + "/result.json")
        counter.count.withLock { $0 += 1 }
    }

    /// Records the version a result was saved as.
    public func markSaved(_ id: Int, as version: Int64) throws {
        var facts = try facts(of: id)
        facts.savedAs = version
        try AtomicFile.write(try Self.encoder.encode(facts), to: folder(of: id) + "/result.json")
        counter.count.withLock { $0 += 1 }
    }

    /// The key a result's save is asked under (``SolveResult/Facts/saveKey``): the one
    /// kept, or a new one, written with the facts before it is returned.
    ///
    /// - Throws: `FileError` when there is no such result or its facts cannot be written.
    public func saveKey(of id: Int) throws -> String {
        var facts = try facts(of: id)
        if let key = facts.saveKey { return key }
        let key = "workbench-result-\(UUID().uuidString.lowercased())"
        facts.saveKey = key
        try AtomicFile.write(try Self.encoder.encode(facts), to: folder(of: id) + "/result.json")
        counter.count.withLock { $0 += 1 }
        return key
    }

    /// The facts of every complete result, newest first.
    public func list() -> [SolveResult.Facts] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.compactMap(Int.init).compactMap { try? facts(of: $0) }.sorted { $0.id > $1.id }
    }

    /// The number after the highest result kept (the next job's first number).
    public func nextID() -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return (names.compactMap(Int.init).max() ?? 0) + 1
    }

    /// One result's facts.
    ///
    /// - Throws: `FileError` when there is no such result.
    public func facts(of id: Int) throws -> SolveResult.Facts {
        let file = folder(of: id) + "/result.json"
        guard let data = FileManager.default.contents(atPath: file) else {
            throw FileError(path: "result \(id)", message: "no such result; see the history page")
        }
        return try JSONDecoder().decode(SolveResult.Facts.self, from: data)
    }

    /// One result's plan.
    public func plan(of id: Int) throws -> Plan {
        _ = try facts(of: id)
        return try PlanFile.read(folder(of: id) + "/plan.json")
    }

    /// One result's plan file, byte for byte.
    public func planData(of id: Int) throws -> Data {
        _ = try facts(of: id)
        guard let data = FileManager.default.contents(atPath: folder(of: id) + "/plan.json") else {
            throw FileError(path: "result \(id)", message: "the plan file is missing")
        }
        return data
    }

    /// One result's input files.
    public func inputs(of id: Int) throws -> [ScenarioInputFile] {
        guard let data = FileManager.default.contents(atPath: folder(of: id) + "/inputs.json") else {
            throw FileError(path: "result \(id)", message: "the input files are missing")
        }
        return try JSONDecoder().decode([ScenarioInputFile].self, from: data)
    }

    private func folder(of id: Int) -> String {
        (path as NSString).appendingPathComponent(String(id))
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return encoder
    }
}

/// A count shared by a value and its copies.
private final class ChangeCounter: Sendable {
    let count = Mutex(0)
}
