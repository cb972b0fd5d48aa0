import Synchronization

/// The time of the first incumbent of a search, recorded from its progress handler.
final class FirstIncumbent: Sendable {
    private let time = Mutex<Double?>(nil)

    func record(_ seconds: Double) { time.withLock { if $0 == nil { $0 = seconds } } }

    var seconds: Double? { time.withLock { $0 } }
}
