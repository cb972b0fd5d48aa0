/// The points of a sweep: every combination of its axes' values, the first axis
/// changing slowest (grid order).
public struct SweepGrid: Sendable, Hashable {
    /// The axes, in the order given.
    public let axes: [SweepAxis]

    /// The most points a sweep may have.
    public static let maximumPoints = 10_000

    /// A grid of the axes.
    /// - Throws: ``SweepError`` when there is no axis, a field is varied twice, or there are too many points.
    public init(axes: [SweepAxis]) throws {
        guard !axes.isEmpty else {
            throw SweepError(
                "give at least one --vary FIELD=A...B[:STEP], e.g. --vary teacher_groups.*.max_hire=0...6:2")
        }
        var seen = Set<String>()
        for axis in axes where !seen.insert(axis.field).inserted {
            throw SweepError("--vary \(axis.field) is given twice; vary each field once")
        }
        let count = axes.reduce(1.0) { $0 * Double($1.values.count) }
        guard count <= Double(Self.maximumPoints) else {
            throw SweepError(
                "the grid has \(Int(count)) points, more than \(Self.maximumPoints); use fewer values or larger steps")
        }
        self.axes = axes
    }

    /// How many points.
    public var count: Int { axes.reduce(1) { $0 * $1.values.count } }

    /// The values of point `n` (0-based, grid order), one per axis.
    public func point(_ n: Int) -> [Double] {
        var rest = n
        var values = Array(repeating: 0.0, count: axes.count)
        for a in axes.indices.reversed() {
            let size = axes[a].values.count
            values[a] = axes[a].values[rest % size]
            rest /= size
        }
        return values
    }
}
