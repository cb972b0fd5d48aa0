/// An error raised by the GLPK wrapper: a model that cannot be built or solved as
/// written, a file that cannot be read or written, or a fatal error inside GLPK
/// that the wrapper caught before it could abort the process.
///
/// Match on the code the way GRDB matches database errors:
///
/// ```swift
/// do { try model.addVariable("x", lowerBound: 2, upperBound: 1) }
/// catch let error as GLPKError where error.code == .invalidBounds { … }
/// ```
public struct GLPKError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What went wrong, as a category a caller can act on.
    public enum Code: String, Sendable, Equatable, CaseIterable {
        /// A name is empty, too long (GLPK allows 255 bytes), has control characters, or is taken.
        case invalidName
        /// A name that is already in use by another variable or constraint.
        case duplicateName
        /// Bounds that are NaN, reversed, or infinite on the wrong side.
        case invalidBounds
        /// A coefficient or constant that is NaN or infinite.
        case invalidCoefficient
        /// A variable or constraint that does not belong to this model.
        case unknownElement
        /// A solver option out of its range (a negative time limit, a gap outside [0, 1), …).
        case invalidOption
        /// A start plan whose length is not the number of variables.
        case invalidStart
        /// The file could not be opened, or GLPK refused its contents.
        case fileRead
        /// The file could not be written.
        case fileWrite
        /// GLPK raised a fatal error (it would have called `abort()`); the message is GLPK's.
        case fatal
        /// Memory ran out in the wrapper's C layer.
        case outOfMemory
        /// An infeasibility diagnosis was asked of a model that is not infeasible.
        case notInfeasible
    }

    /// The category of the error.
    public let code: Code
    /// A sentence that says what is wrong and what to do.
    public let message: String
    /// The element, option or file the error concerns, when there is one.
    public let context: String?

    /// Creates an error.
    public init(_ code: Code, _ message: String, context: String? = nil) {
        self.code = code
        self.message = message
        self.context = context
    }

    /// The message, prefixed by the context when there is one.
    public var description: String {
        if let context { return "\(context): \(message)" }
        return message
    }
}
