/// Something wrong in a plan: a hard constraint broken, a decision out of its domain, or
/// a reported number that its decisions do not give.
///
/// The checker words each violation in both languages; ``description(in:)`` gives the
/// line in one of them, so a Chinese run shows no English detail.
public struct PlanViolation: Codable, Sendable, Hashable, CustomStringConvertible {
    /// The kind of check: a hard-constraint family (`seats`, `class-size`, `class-fill`,
    /// `teaching`, `rotation-share`, `rotation-coverage`, `actual`), or `domain`,
    /// `completeness`, `reported`, `target-claim`, `objective`.
    public var check: String
    /// The element: ids and year, e.g. `xn-tech, 2023`.
    public var element: String
    /// What is wrong, with the numbers, in English.
    public var message: String
    /// What is wrong, with the numbers, in Chinese; `nil` in a violation recorded before
    /// the checker spoke Chinese (then ``message(in:)`` gives the English).
    public var messageZh: String?
    /// By how much a hard constraint or a decision's limit is broken, in the
    /// constraint's own unit (students, FTE, teachers, …); `nil` for the other checks.
    public var amount: Double?

    /// A violation.
    ///
    /// - Parameters:
    ///   - check: the kind of check.
    ///   - element: ids and year.
    ///   - message: what is wrong, in English.
    ///   - messageZh: what is wrong, in Chinese.
    ///   - amount: by how much a limit is broken.
    public init(check: String, element: String, message: String, messageZh: String? = nil, amount: Double? = nil) {
        self.check = check
        self.element = element
        self.message = message
        self.messageZh = messageZh
        self.amount = amount
    }

    /// What is wrong, in a language.
    ///
    /// - Parameter language: the language.
    /// - Returns: ``messageZh`` in Chinese (when there is one), else ``message``.
    public func message(in language: Language) -> String {
        language == .zh ? messageZh ?? message : message
    }

    /// The kind of check in a language: its id in English (`seats`), its name in Chinese
    /// (`学位`).
    ///
    /// - Parameter language: the language.
    /// - Returns: the name.
    public func checkName(in language: Language) -> String {
        guard language == .zh else { return check }
        switch check {
        case "seats": return "学位"
        case "class-size": return "班额"
        case "class-fill": return "开班人数"
        case "teaching": return "教学工作量"
        case "rotation-share": return "轮训比例"
        case "rotation-coverage": return "轮训覆盖"
        case "actual": return "实际数"
        case "domain": return "决策取值"
        case "completeness": return "完整性"
        case "reported": return "报告数值"
        case "target-claim": return "目标声明"
        case "objective": return "目标函数值"
        default: return check
        }
    }

    /// The amount as planners read it (``NumberText/amount(_:)``: `12`, `0.004`), or
    /// `nil` when there is none.
    public var amountText: String? {
        amount.map(NumberText.amount)
    }

    /// One line in a language: `seats [xn-tech, 2023]: 3,412 students > 3,400 seats, by 12`,
    /// `学位 [xn-tech, 2023]：在校生 3,412 人 > 学位 3,400 个，超出 12`.
    ///
    /// - Parameter language: the language.
    /// - Returns: the line.
    public func description(in language: Language) -> String {
        let by = amountText.map { language == .zh ? "，超出 \($0)" : ", by \($0)" } ?? ""
        let colon = language == .zh ? "：" : ": "
        return "\(checkName(in: language)) [\(element)]\(colon)\(message(in: language))" + by
    }

    /// The line in English.
    public var description: String {
        description(in: .en)
    }
}
