import Foundation

/// The range checks every table uses: each reports `is <value>, must be <range>`.
extension ScenarioValidation {
    /// A quantity or cost that must be 0 or more.
    mutating func checkNotNegative(
        _ value: Double, _ kind: ScenarioEntityKind, _ key: String, occurrence: Int = 0,
        field: String, fix: String
    ) {
        guard !(value >= 0) else { return checkMaximum(value, kind, key, occurrence: occurrence, field: field) }
        report(kind, key, occurrence: occurrence, field: field, "is \(Self.format(value)), must be ≥ 0", fix: fix)
    }

    /// A quantity no larger than its field allows (``InputLimits/maximum(field:)``).
    mutating func checkMaximum(
        _ value: Double, _ kind: ScenarioEntityKind, _ key: String, occurrence: Int = 0, field: String
    ) {
        let maximum = InputLimits.maximum(field: field)
        guard value > maximum else { return }
        let unit = maximum == InputLimits.yuan ? " yuan" : ""
        report(
            kind, key, occurrence: occurrence, field: field,
            "is \(Self.format(value)), must be at most \(NumberText.money(maximum))\(unit)",
            fix: "check the digits: a value this large is a typing mistake, and GLPK's arithmetic cannot plan with it")
    }

    /// A rate or size that must be more than 0.
    mutating func checkPositive(
        _ value: Double, _ kind: ScenarioEntityKind, _ key: String, occurrence: Int = 0,
        field: String, fix: String
    ) {
        guard !(value > 0) else { return checkMaximum(value, kind, key, occurrence: occurrence, field: field) }
        report(kind, key, occurrence: occurrence, field: field, "is \(Self.format(value)), must be > 0", fix: fix)
    }

    /// A share in [0, 1].
    mutating func checkShare(
        _ value: Double, _ kind: ScenarioEntityKind, _ key: String, occurrence: Int = 0,
        field: String, fix: String
    ) {
        guard !(value >= 0 && value <= 1) else { return }
        report(
            kind, key, occurrence: occurrence, field: field, "is \(Self.format(value)), must be between 0 and 1",
            fix: fix)
    }

    /// A share in (0, 1].
    mutating func checkPositiveShare(
        _ value: Double, _ kind: ScenarioEntityKind, _ key: String, occurrence: Int = 0,
        field: String, fix: String
    ) {
        guard !(value > 0 && value <= 1) else { return }
        report(
            kind, key, occurrence: occurrence, field: field,
            "is \(Self.format(value)), must be more than 0 and at most 1", fix: fix)
    }

    /// A year that must be a planning year.
    mutating func checkPlanningYear(
        _ year: Int, _ kind: ScenarioEntityKind, _ key: String, occurrence: Int = 0,
        field: String
    ) {
        guard !isPlanningYear(year) else { return }
        report(
            kind, key, occurrence: occurrence, field: field, "is \(year), outside the planning years \(horizon)",
            fix: "give a year from \(horizonInWords), or change years: in the scenario file")
    }

    /// Where the numbers come from must be said.
    mutating func checkSource(_ source: String, _ kind: ScenarioEntityKind, _ key: String, occurrence: Int = 0) {
        guard source.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        report(
            kind, key, occurrence: occurrence, field: "source", "is empty",
            fix:
                "say where the numbers come from: workplan <clause>, standard <document>, report: <who, year, what>, or assumption: <why>"
        )
    }
}
