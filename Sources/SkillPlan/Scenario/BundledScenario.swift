/// A scenario that ships in the package's `Models` folder.
public struct BundledScenario: Sendable, Hashable {
    /// The scenario file's absolute path.
    public var file: String
    /// Its `name:` (the file name without `.yaml` when the file cannot be read).
    public var name: String
    /// The question it answers (its leading comment).
    public var question: String

    /// Creates an entry.
    ///
    /// - Parameters:
    ///   - file: the scenario file's path.
    ///   - name: the scenario's name.
    ///   - question: the question it answers.
    public init(file: String, name: String, question: String) {
        self.file = file
        self.name = name
        self.question = question
    }
}
