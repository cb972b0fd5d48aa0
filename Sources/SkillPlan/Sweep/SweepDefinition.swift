import Crypto
import Foundation

/// What a sweep's results depend on: the scenario's inputs (by their hash), the grid,
/// and the limits and reference of each point's search. Two runs with equal definitions
/// give equal points, so a resumed sweep may keep the points an earlier run finished.
/// (The cores and the points in progress are not part of it: the plans do not depend on
/// the turns.)
public struct SweepDefinition: Codable, Sendable, Hashable {
    /// The scenario's name.
    public var scenario: String
    /// ``ScenarioHash`` of the scenario before any `--vary`: its data and overrides.
    public var inputHash: String
    /// Each varied field and its values, in grid order.
    public var axes: [Axis]
    /// `--time-limit` per point, if given.
    public var timeLimit: Double?
    /// `--mip-gap` per point, if given.
    public var mipGap: Double?
    /// The node limit per point.
    public var nodeLimit: Int?
    /// The SHA-256 of the `--like` reference plan (its JSON with sorted keys), if any.
    public var reference: String?

    /// One varied field and its values.
    public struct Axis: Codable, Sendable, Hashable {
        /// `table.id.column`.
        public var field: String
        /// The values it takes.
        public var values: [Double]
    }

    /// The definition of a sweep of `scenario` over `grid` with `options`.
    init(scenario: Scenario, grid: SweepGrid, options: PlanningOptions) {
        self.scenario = scenario.name
        inputHash = ScenarioHash.hash(of: scenario)
        axes = grid.axes.map { Axis(field: $0.field, values: $0.values) }
        timeLimit = options.timeLimit
        mipGap = options.mipGap
        nodeLimit = options.nodeLimit
        reference = options.like.map { reference in
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            encoder.nonConformingFloatEncodingStrategy = .convertToString(
                positiveInfinity: "+inf", negativeInfinity: "-inf", nan: "nan")
            return SHA256.hex(of: (try? encoder.encode(reference.plan)) ?? Data())
        }
    }

    /// What differs between an earlier sweep's definition and this one, one phrase each
    /// (empty when they are equal).
    ///
    /// - Parameter earlier: the definition the earlier run recorded.
    /// - Returns: the differences, e.g. `the scenario's inputs (data or overrides) changed`.
    public func differences(from earlier: SweepDefinition) -> [String] {
        var found: [String] = []
        if scenario != earlier.scenario { found.append("the scenario is \(scenario), not \(earlier.scenario)") }
        if inputHash != earlier.inputHash {
            found.append(
                "the scenario's inputs (its data files or overrides) changed: input hash \(inputHash.prefix(12))…, was \(earlier.inputHash.prefix(12))…"
            )
        }
        if axes != earlier.axes {
            func shown(_ axes: [Axis]) -> String {
                axes.map { "\($0.field)=\($0.values.map(ScenarioWriter.number).joined(separator: ","))" }.joined(
                    separator: " ")
            }
            found.append("the grid is \(shown(axes)), was \(shown(earlier.axes))")
        }
        func limit(_ value: Double?) -> String { value.map(ScenarioWriter.number) ?? "the scenario's" }
        if timeLimit != earlier.timeLimit {
            found.append("--time-limit is \(limit(timeLimit)), was \(limit(earlier.timeLimit))")
        }
        if mipGap != earlier.mipGap { found.append("--mip-gap is \(limit(mipGap)), was \(limit(earlier.mipGap))") }
        if nodeLimit != earlier.nodeLimit {
            found.append(
                "--node-limit is \(nodeLimit.map(String.init) ?? "none"), was \(earlier.nodeLimit.map(String.init) ?? "none")"
            )
        }
        if reference != earlier.reference {
            found.append(
                reference == nil
                    ? "there is no --like reference, was one"
                    : earlier.reference == nil ? "--like is given, was not" : "the --like reference plan is another one"
            )
        }
        return found
    }
}
