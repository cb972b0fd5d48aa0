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

    /// The one-line description in a language: `<name>（2 所学校、15 个专业、8 项目标，2021–2025年）`
    /// in Chinese, ``summary`` in English.
    public func summary(in language: Language) -> String {
        guard language == .zh else { return summary }
        let span: String
        if let first = years.first, let last = years.last {
            span = first == last ? "\(first)年" : "\(first)–\(last)年"
        } else {
            span = "无规划年份"
        }
        return "\(name)（\(schools.count) 所学校、\(programmes.count) 个专业、\(targets.count) 项目标，\(span)）"
    }

    private static func count(_ n: Int, _ noun: String) -> String {
        n == 1 ? "1 \(noun)" : "\(n) \(noun)s"
    }
}
