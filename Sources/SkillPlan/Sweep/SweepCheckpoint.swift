import Foundation
import Synchronization

/// The points a sweep has finished, kept in its output folder as they finish
/// (`sweep-points.json`, rewritten atomically after each point) so that an interrupted
/// sweep (Ctrl-C, SIGTERM, a crash) can go on with `skillplan sweep --resume` instead of
/// solving them again.
///
/// The file records the sweep's ``SweepDefinition``; a resumed sweep whose definition
/// differs (another grid, other limits, changed inputs) is refused, since its points would
/// not be the ones the earlier run solved. Points stopped by the user are not kept: they
/// are solved again.
public final class SweepCheckpoint: Sendable {
    /// The file's name inside the sweep's output folder.
    public static let fileName = "sweep-points.json"

    /// The file's content.
    struct Content: Codable {
        /// The format's version.
        var format = 1
        /// What the points depend on.
        var definition: SweepDefinition
        /// The finished points, by their index in grid order.
        var points: [Entry]
    }

    /// One finished point.
    struct Entry: Codable {
        /// Its index in grid order.
        var index: Int
        /// Its result.
        var point: SweepPointResult
    }

    /// The file.
    public let path: String
    /// The definition the points belong to.
    public let definition: SweepDefinition
    private let state: Mutex<(points: [Int: SweepPointResult], failure: String?)>

    /// A new, empty checkpoint for a sweep (the file is written with the first point).
    ///
    /// - Parameters:
    ///   - folder: the sweep's output folder.
    ///   - definition: the sweep's definition.
    public init(folder: String, definition: SweepDefinition) {
        path = (folder as NSString).appendingPathComponent(Self.fileName)
        self.definition = definition
        state = Mutex((points: [:], failure: nil))
    }

    /// The checkpoint an earlier run of the same sweep left in `folder`, to resume.
    ///
    /// - Parameters:
    ///   - folder: the sweep's output folder.
    ///   - definition: this run's definition.
    /// - Throws: ``SweepError`` when there is no checkpoint, it cannot be read, or it
    ///   belongs to a sweep with another definition (each difference named).
    public init(resuming folder: String, definition: SweepDefinition) throws {
        path = (folder as NSString).appendingPathComponent(Self.fileName)
        self.definition = definition
        guard FileManager.default.fileExists(atPath: path) else {
            throw SweepError(
                "--resume: \(path) is missing, so there is no earlier run of this sweep in \(folder) to resume; run it without --resume (or give its folder with -o)"
            )
        }
        let content: Content
        do {
            let decoder = JSONDecoder()
            decoder.nonConformingFloatDecodingStrategy = .convertFromString(
                positiveInfinity: "+inf", negativeInfinity: "-inf", nan: "nan")
            content = try decoder.decode(Content.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw SweepError(
                "--resume: \(path) cannot be read as a sweep's finished points (\(Self.reason(error))); run the sweep without --resume to start again"
            )
        }
        let differences = definition.differences(from: content.definition)
        guard differences.isEmpty else {
            throw SweepError(
                "--resume: the sweep in \(folder) was made from other inputs or settings, so its points cannot be kept: "
                    + differences.joined(separator: "; ")
                    + ". Run it without --resume to start again, or resume with the earlier settings")
        }
        let total = definition.axes.reduce(1) { $0 * $1.values.count }
        var points: [Int: SweepPointResult] = [:]
        for entry in content.points
        where (0..<total).contains(entry.index) && entry.point.status != SweepRunner.interrupted {
            points[entry.index] = entry.point
        }
        state = Mutex((points: points, failure: nil))
    }

    /// The finished points, by index in grid order.
    public var finished: [Int: SweepPointResult] {
        state.withLock { $0.points }
    }

    /// Why a point could not be kept on disk, if one could not (the first reason).
    public var failure: String? {
        state.withLock { $0.failure }
    }

    /// Keeps a finished point: adds it and rewrites the file atomically. A point the
    /// user stopped is not kept. Safe to call from several threads.
    ///
    /// - Parameters:
    ///   - point: the point's result.
    ///   - index: its index in grid order.
    public func record(_ point: SweepPointResult, at index: Int) {
        guard point.status != SweepRunner.interrupted else { return }
        state.withLock { state in
            state.points[index] = point
            let content = Content(
                definition: definition,
                points: state.points.sorted { $0.key < $1.key }.map { Entry(index: $0.key, point: $0.value) })
            do {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                encoder.nonConformingFloatEncodingStrategy = .convertToString(
                    positiveInfinity: "+inf", negativeInfinity: "-inf", nan: "nan")
                try AtomicFile.write(try encoder.encode(content), to: path)
            } catch {
                if state.failure == nil { state.failure = "\(error)" }
            }
        }
    }

    private static func reason(_ error: Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error { return context.debugDescription }
        if case DecodingError.keyNotFound(let key, _) = error { return "no \(key.stringValue)" }
        if case DecodingError.typeMismatch(_, let context) = error { return context.debugDescription }
        return (error as NSError).localizedDescription
    }
}
