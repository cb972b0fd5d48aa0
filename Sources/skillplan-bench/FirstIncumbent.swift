import Foundation

/// The time of the first incumbent of a search, recorded from its progress handler.
final class FirstIncumbent: @unchecked Sendable {
    // Safe: every access holds `lock`.
    private let lock = NSLock()
    private var time: Double?

    func record(_ seconds: Double) { lock.withLock { if time == nil { time = seconds } } }

    var seconds: Double? { lock.withLock { time } }
}
