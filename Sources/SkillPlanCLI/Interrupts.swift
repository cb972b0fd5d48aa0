import Dispatch
import Foundation
import SkillPlan
import Synchronization

/// Ctrl-C (SIGINT) and SIGTERM for a command that searches.
///
/// The first signal asks the search to stop at its next node and keep its best plan
/// (``stop``), and says so on standard error; the command then writes what it has and
/// exits with ``ExitStatus/interrupted``. A second signal ends the process at once,
/// exit 130, writing nothing more (a file being written is never left half-written:
/// files are written to a temporary name and renamed).
///
/// Signals are caught by dispatch sources on a background queue, not in a signal
/// handler, so the stop request and the message are ordinary code.
enum Interrupts {
    /// The stop the first signal requests; give it to every search of the command.
    static let stop = PlanningStop()
    private static let signals = Atomic<Int>(0)
    private static let installed = Atomic<Bool>(false)
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// Catches SIGINT and SIGTERM from now on (once per process).
    /// - Parameter what: what the first signal stops, for the message, e.g. "the search".
    static func install(stopping what: String = "the search") {
        guard !installed.exchange(true, ordering: .sequentiallyConsistent) else { return }
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            // Signals that arrive together come as one event; `data` counts them, so two
            // quick Ctrl-Cs still quit at once.
            source.setEventHandler { [source] in
                received(number, times: Int(truncatingIfNeeded: source.data), stopping: what)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Whether a signal asked the command to stop.
    static var wasInterrupted: Bool { stop.isStopped }

    private static func received(_ number: Int32, times: Int, stopping what: String) {
        let count = signals.wrappingAdd(max(1, times), ordering: .sequentiallyConsistent).newValue
        let name = number == SIGTERM ? "SIGTERM" : "Ctrl-C"
        if count == 1 {
            stop.stop()
            write(
                "\n\(name): stopping \(what) at its next step and keeping the best plan found so far; \(name == "Ctrl-C" ? "press Ctrl-C" : "send SIGTERM") again to quit at once.\n"
            )
        } else {
            write("\n\(name) again: quit at once; nothing more was written.\n")
            _exit(130)
        }
    }

    private static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
