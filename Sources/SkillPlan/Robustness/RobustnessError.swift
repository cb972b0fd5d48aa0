/// A problem with a ranges table or with running the robustness cases.
public struct RobustnessError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The message: where, what, and the fix.
    public var description: String
    /// The message in Chinese: the same place and fix, worded in Chinese.
    public var descriptionZh: String

    /// An error with its message in English and in Chinese.
    public init(_ description: String, zh: String) {
        self.description = description
        descriptionZh = zh
    }

    /// The message in a language.
    ///
    /// - Parameter language: the language.
    public func description(in language: Language) -> String {
        language == .zh ? descriptionZh : description
    }

    static func unknownColumn(_ s: InputSetting) -> RobustnessError {
        let known = InputRanges.columns[s.table]
        return RobustnessError(
            "\(s.location): column: \"\(s.column)\" is not a number column of \(s.table) that a range can set — fix: use one of \(known?.joined(separator: ", ") ?? "the columns in docs/data-format.md")",
            zh:
                "\(s.location): column：“\(s.column)”不是 \(s.table) 中可设范围的数值列 — 修改：使用以下之一：\(known?.joined(separator: "、") ?? "docs/data-format.md 中列出的列")"
        )
    }

    static func unknownID(_ s: InputSetting, _ id: String) -> RobustnessError {
        RobustnessError(
            "\(s.location): id: \"\(id)\" is not an id of \(s.table) with a \(s.column) in this scenario — fix: use an id from the scenario's tables, or * for every row",
            zh:
                "\(s.location): id：“\(id)”不是本情景 \(s.table) 中有 \(s.column) 的编号 — 修改：使用情景各表中的编号，或用 * 表示所有行"
        )
    }
}
