/// Something wrong in a plan: a hard constraint broken, a decision out of its domain, or
/// a reported number that its decisions do not give.
public struct PlanViolation: Codable, Sendable, Hashable, CustomStringConvertible {
    /// The kind of check: a hard-constraint family (`seats`, `class-size`, `class-fill`,
    /// `teaching`, `rotation-share`, `rotation-coverage`), or `domain`, `completeness`,
    /// `reported`, `target-claim`, `objective`.
    public var check: String
    /// The element: ids and year, e.g. `xn-tech, 2023`.
    public var element: String
    /// What is wrong, with the numbers.
    public var message: String
    /// By how much a hard constraint or a decision's limit is broken, in the
    /// constraint's own unit (students, FTE, teachers, …); `nil` for the other checks.
    public var amount: Double?

    /// A violation.
    public init(check: String, element: String, message: String, amount: Double? = nil) {
        self.check = check
        self.element = element
        self.message = message
        self.amount = amount
    }

    /// `seats [xn-tech, 2023]: 3412 students > 3400 seats, by 12`.
    public var description: String {
        "\(check) [\(element)]: \(message)" + (amount.map { ", by \(format($0))" } ?? "")
    }
}
