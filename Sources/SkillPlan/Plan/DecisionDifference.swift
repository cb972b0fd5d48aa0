/// One decision that differs between two plans: what kind, whose, and the two values
/// (`nil` where a plan does not have the decision).
public struct DecisionDifference: Sendable, Hashable {
    /// `intake`, `classes`, `training`, `hires`, `rotation` or `seats added`.
    public var kind: String
    /// The element: `programme, level, year`, `programme, year`, `group, year` or `school, year`.
    public var element: String
    /// The school the decision belongs to.
    public var school: String
    /// The reference plan's value.
    public var from: Double?
    /// This plan's value.
    public var to: Double?

    /// The decisions that differ between two plans (by more than 1e-6), in plan order:
    /// a decision one plan has and the other lacks counts as different.
    public static func between(_ reference: Plan, _ plan: Plan) -> [DecisionDifference] {
        var found: [DecisionDifference] = []
        func compare(_ kind: String, _ theirs: [(String, String, Double)], _ mine: [(String, String, Double)]) {
            let old = Dictionary(theirs.map { ($0.0, ($0.1, $0.2)) }, uniquingKeysWith: { a, _ in a })
            var seen = Set<String>()
            for (element, school, value) in mine {
                seen.insert(element)
                let before = old[element]?.1
                if before == nil || abs(before! - value) > 1e-6 {
                    found.append(
                        DecisionDifference(kind: kind, element: element, school: school, from: before, to: value))
                }
            }
            for (element, school, value) in theirs where !seen.contains(element) {
                found.append(DecisionDifference(kind: kind, element: element, school: school, from: value, to: nil))
            }
        }
        func levels(_ p: Plan, _ value: (ProgrammeLevelYearPlan) -> Double) -> [(String, String, Double)] {
            p.programmeLevels.map { ("\($0.programme), \($0.level), \($0.year)", $0.school, value($0)) }
        }
        func groups(_ p: Plan, _ value: (TeacherGroupYearPlan) -> Double) -> [(String, String, Double)] {
            p.groups.map { ("\($0.group), \($0.year)", $0.school, value($0)) }
        }
        func training(_ p: Plan) -> [(String, String, Double)] {
            p.training.map { ("\($0.programme), \($0.year)", $0.school, $0.places) }
        }
        func seats(_ p: Plan) -> [(String, String, Double)] {
            p.schools.map { ("\($0.school), \($0.year)", $0.school, $0.seatsAdded) }
        }
        compare("seats added", seats(reference), seats(plan))
        compare("intake", levels(reference, \.intake), levels(plan, \.intake))
        compare("classes", levels(reference, \.classes), levels(plan, \.classes))
        compare("training", training(reference), training(plan))
        compare("hires", groups(reference, \.hires), groups(plan, \.hires))
        compare("rotation", groups(reference, \.onRotation), groups(plan, \.onRotation))
        return found
    }
}
