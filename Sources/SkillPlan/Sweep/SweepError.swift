/// A sweep that cannot run: a `--vary` that cannot be read, or a grid too large.
public struct SweepError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What is wrong and what to do, in one sentence.
    public var message: String

    /// An error with its message.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
