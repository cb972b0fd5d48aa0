/// A problem with a ranges table or with running the robustness cases.
public struct RobustnessError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The message: where, what, and the fix.
    public var description: String

    /// An error with its message.
    public init(_ description: String) {
        self.description = description
    }

    static func unknownColumn(_ s: InputSetting) -> RobustnessError {
        RobustnessError(
            "\(s.location): column: \"\(s.column)\" is not a number column of \(s.table) that a range can set — fix: use one of \(InputRanges.columns[s.table]?.joined(separator: ", ") ?? "the columns in docs/data-format.md")"
        )
    }

    static func unknownID(_ s: InputSetting, _ id: String) -> RobustnessError {
        RobustnessError(
            "\(s.location): id: \"\(id)\" is not an id of \(s.table) with a \(s.column) in this scenario — fix: use an id from the scenario's tables, or * for every row"
        )
    }
}
