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

    /// `seats [xn-tech, 2023]: 3,412 students > 3,400 seats`.
    public var description: String { "\(check) [\(element)]: \(message)" }
}
