import Foundation
import GLPK
import SkillPlan

/// The result of `skillplan lp solve`, as printed: an aligned table or a JSON object.
struct LPSolveReport: Encodable {
    /// `optimal`, `feasible`, `infeasible`, `unbounded` or `no solution`.
    var status: String
    /// Why the solver stopped early (`time limit`, `gap limit`, …), or `nil`.
    var stopReason: String?
    /// The objective value, when there is a solution.
    var objective: Double?
    /// For a MIP, the best bound when the search ended.
    var bestBound: Double?
    /// For a MIP with a solution and a bound, the relative gap.
    var gap: Double?
    /// Wall-clock seconds of the solve.
    var solveTime: Double
    /// The variables' names and values, in the model's order (empty without a solution).
    var values: [(name: String, value: Double)]

    /// The report of a solved model.
    init(model: Model, solution: Solution) {
        status = solution.status.name
        stopReason = solution.status.stopReason?.rawValue
        objective = solution.objectiveValue
        bestBound = solution.bestBound
        gap = solution.status.hasSolution ? solution.relativeGap : nil
        solveTime = solution.solveTime
        values = solution.values.indices.map {
            (model.variableNames[$0], solution.values[$0] == 0 ? 0 : solution.values[$0])
        }
    }

    private enum CodingKeys: String, CodingKey {
        case status, stopReason, objective, bestBound, gap, solveTime, values
    }

    private struct NameKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Every key is written, `null` when there is no value.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(status, forKey: .status)
        try container.encode(stopReason, forKey: .stopReason)
        try container.encode(objective, forKey: .objective)
        try container.encode(bestBound, forKey: .bestBound)
        try container.encode(gap, forKey: .gap)
        try container.encode(solveTime, forKey: .solveTime)
        var named = container.nestedContainer(keyedBy: NameKey.self, forKey: .values)
        for (name, value) in values { try named.encode(value, forKey: NameKey(stringValue: name)) }
    }

    /// The JSON text: sorted keys, pretty-printed, a newline at the end.
    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// The text: status, objective (and bound and gap for a MIP), then a table of the
    /// variables with names left-aligned and values right-aligned.
    func text() -> String {
        var header: [(String, String)] = [("status", stopReason.map { "\(status) (\($0))" } ?? status)]
        if let objective { header.append(("objective", LPTerminal.format(objective))) }
        if let bestBound { header.append(("best bound", LPTerminal.format(bestBound))) }
        if let gap { header.append(("gap", LPTerminal.format(gap))) }
        var lines = TextWidth.align(header.map { [$0.0, $0.1] })
        if !values.isEmpty {
            let rows = values.map { [$0.name, LPTerminal.format($0.value)] }
            lines.append("")
            lines.append(contentsOf: TextWidth.align([["variable", "value"]] + rows, rightAligned: [1]))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
