import GLPK
import SkillPlan

/// A random multi-dimensional 0–1 knapsack in the style of Chu and Beasley: profits
/// correlated with the weights and capacities at half the total weight, which makes
/// branch-and-cut slow to prove optimality while integer plans are easy to find.
/// Used where a test needs a MIP that a short time limit stops with an incumbent.
public struct MultidimensionalKnapsack: Sendable {
    /// The number of items (binary variables).
    public let items: Int
    /// The number of capacity constraints.
    public let dimensions: Int
    /// The profit of each item.
    public let profits: [Double]
    /// `weights[i][j]`: the weight of item `j` in dimension `i`.
    public let weights: [[Double]]
    /// The capacity of each dimension.
    public let capacities: [Double]

    /// Generates an instance.
    /// - Parameters:
    ///   - items: binary variables.
    ///   - dimensions: knapsack constraints.
    ///   - tightness: capacity as a share of each dimension's total weight.
    ///   - seed: the seed; the same arguments always give the same instance.
    public init(items: Int, dimensions: Int, tightness: Double = 0.5, seed: UInt64) {
        var random = SplitMix64(seed: seed)
        self.items = items
        self.dimensions = dimensions
        let weights = (0..<dimensions).map { _ in (0..<items).map { _ in Double(random.nextInt(in: 1...1000)) } }
        self.weights = weights
        profits = (0..<items).map { j in
            (weights.reduce(0) { $0 + $1[j] } / Double(dimensions)).rounded() + Double(random.nextInt(in: 0...500))
        }
        capacities = weights.map { ($0.reduce(0, +) * tightness).rounded() }
    }

    /// The model: maximise total profit subject to every capacity; items `item1`, ….
    public func makeModel() throws -> Model {
        var model = Model(name: "knapsack")
        let chosen = try (0..<items).map { try model.addVariable("item\($0 + 1)", kind: .binary) }
        for i in 0..<dimensions {
            var load = LinearExpression()
            for j in 0..<items { load.add(weights[i][j], chosen[j]) }
            try model.addConstraint(load <= capacities[i], name: "capacity\(i + 1)")
        }
        var profit = LinearExpression()
        for j in 0..<items { profit.add(profits[j], chosen[j]) }
        try model.setObjective(profit, sense: .maximize)
        return model
    }

    /// A feasible plan: items taken greedily by profit per unit of total weight.
    public func greedyPlan() -> [Double] {
        let order = (0..<items).sorted { a, b in
            profits[a] / weights.reduce(0) { $0 + $1[a] } > profits[b] / weights.reduce(0) { $0 + $1[b] }
        }
        var load = [Double](repeating: 0, count: dimensions)
        var plan = [Double](repeating: 0, count: items)
        for j in order where (0..<dimensions).allSatisfy({ load[$0] + weights[$0][j] <= capacities[$0] }) {
            plan[j] = 1
            for i in 0..<dimensions { load[i] += weights[i][j] }
        }
        return plan
    }

    /// The total profit of a plan.
    public func profit(of plan: [Double]) -> Double {
        zip(profits, plan).reduce(0) { $0 + $1.0 * $1.1 }
    }
}
