/// The families of hard constraints of the formulation, as planners name them.
public enum HardConstraintFamily: String, Codable, Sendable, CaseIterable {
    /// Students of a school within its seats (`seats[s,y]`).
    case seats
    /// Intake within the classes opened (`class-size[p,l,y]`).
    case classSize = "class-size"
    /// Classes filled to the minimum (`class-fill[p,l,y]`).
    case classFill = "class-fill"
    /// The class-size row rounded with the intake's bound (`class-round[p,l,y]`, a
    /// strengthening: ``ModelStrengthening/classRounding``).
    case classRounding = "class-round"
    /// Teaching FTE needed within FTE available (`teaching[g,y]`).
    case teaching
    /// Teachers on rotation within the group's share (`rotation-share[g,y]`).
    case rotationShare = "rotation-share"
    /// Every teacher rotated through training (全员轮训, `rotation-coverage[g]`).
    case rotationCoverage = "rotation-coverage"
    /// A year fixed to an actual figure (`actual[measure,scope…,year]`, `actuals_until`).
    case actual
    /// Teachers qualify only on rotation (`qualify-on-rotation[g,y]`: `q ≤ r`).
    case qualifyOnRotation = "qualify-on-rotation"
    /// No more qualified teachers than teachers (`qualified-stock[g,y]`: `Q ≤ N`).
    case qualifiedStock = "qualified-stock"

    /// What the family means, in a sentence fragment, for an element.
    public func describe(_ element: [String]) -> String {
        let joined = element.joined(separator: ", ")
        switch self {
        case .seats: return "seat capacity of school \(element.first ?? "?")" + year(element, 1)
        case .classSize: return "class size of \(joined)"
        case .classFill: return "minimum class fill of \(joined)"
        case .classRounding: return "class size of \(joined) (rounded with its applicants)"
        case .teaching: return "teaching FTE of group \(element.first ?? "?")" + year(element, 1)
        case .rotationShare: return "rotation share of group \(element.first ?? "?")" + year(element, 1)
        case .rotationCoverage: return "rotation coverage (全员轮训) of group \(element.first ?? "?")"
        case .actual:
            let measure = element.first ?? "?"
            let scope = element.dropFirst().dropLast().joined(separator: "/")
            return "the actual \(measure) of \(scope)" + (element.count > 1 ? " in \(element[element.count - 1])" : "")
        case .qualifyOnRotation:
            return "qualification through rotation of group \(element.first ?? "?")" + year(element, 1)
        case .qualifiedStock:
            return "qualified teachers within the headcount of group \(element.first ?? "?")" + year(element, 1)
        }
    }

    private func year(_ element: [String], _ position: Int) -> String {
        element.count > position ? " in \(element[position])" : ""
    }

    /// Splits a row name such as `teaching[xt-general,2023]` into family and element.
    public static func parse(rowName: String) -> (family: HardConstraintFamily, element: [String])? {
        guard let open = rowName.firstIndex(of: "["), rowName.hasSuffix("]"),
            let family = HardConstraintFamily(rawValue: String(rowName[..<open]))
        else { return nil }
        let inside = rowName[rowName.index(after: open)..<rowName.index(before: rowName.endIndex)]
        return (family, inside.split(separator: ",").map(String.init))
    }
}
