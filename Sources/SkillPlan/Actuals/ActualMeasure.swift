/// What an actual figure (`actuals.csv`, `measure`) counts, and the decision or state of
/// the model it fixes.
public enum ActualMeasure: String, Codable, Sendable, CaseIterable {
    /// First-year students admitted (`x`, summed over the scope's programme levels).
    case intake
    /// Full-time students in school (`E`, summed over the scope's programme levels).
    case enrolment
    /// Short-course training person-times (`t`, summed over the scope's programmes).
    case training
    /// Teachers on the staff (`N`, summed over the scope's teacher groups).
    case teachers
    /// Teachers hired in the year (`h`).
    case hires
    /// Teachers sent on rotation training in the year (`r`).
    case rotated

    /// Whether a figure may name a programme (and a level) as its scope; otherwise a
    /// teacher group.
    public var isProgrammeMeasure: Bool {
        switch self {
        case .intake, .enrolment, .training: true
        case .teachers, .hires, .rotated: false
        }
    }

    /// Whether a figure may name a level (only with a programme).
    public var takesLevel: Bool { self == .intake || self == .enrolment }

    /// The measure's name in a language.
    public func name(_ language: Language) -> String {
        guard language == .zh else { return rawValue }
        switch self {
        case .intake: return "招生"
        case .enrolment: return "在校生"
        case .training: return "培训人次"
        case .teachers: return "教师数"
        case .hires: return "新聘"
        case .rotated: return "轮训"
        }
    }
}
