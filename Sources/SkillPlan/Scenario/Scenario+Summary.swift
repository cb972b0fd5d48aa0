/// A one-line description of a scenario, for `skillplan validate`.
extension Scenario {
    /// `<name> (<n> schools, <n> programmes, <n> targets, years a–b)`.
    public var summary: String {
        let span: String
        if let first = years.first, let last = years.last {
            span = first == last ? "year \(first)" : "years \(first)–\(last)"
        } else {
            span = "no planning years"
        }
        return "\(name) (\(Self.count(schools.count, "school")), \(Self.count(programmes.count, "programme")), "
            + "\(Self.count(targets.count, "target")), \(span))"
    }

    private static func count(_ n: Int, _ noun: String) -> String {
        n == 1 ? "1 \(noun)" : "\(n) \(noun)s"
    }
}
