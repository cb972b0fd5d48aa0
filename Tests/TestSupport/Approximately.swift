/// Whether two numbers are equal up to a tolerance: `|a − b| ≤ max(absolute,
/// relative · max(|a|, |b|))`. Equal infinities are equal; NaN equals nothing.
///
/// Every approximate comparison in the tests goes through this one helper, as in
/// swift-numerics.
/// - Parameters:
///   - a: one number.
///   - b: the other.
///   - relativeTolerance: the allowed difference relative to the larger magnitude.
///   - absoluteTolerance: the allowed difference near zero.
/// - Returns: whether they are close enough.
public func isApproximatelyEqual(
    _ a: Double, _ b: Double, relativeTolerance: Double = 1e-9, absoluteTolerance: Double = 1e-9
) -> Bool {
    if a == b { return true }
    guard a.isFinite, b.isFinite else { return false }
    let scale = max(abs(a), abs(b))
    return abs(a - b) <= max(absoluteTolerance, relativeTolerance * scale)
}

/// Whether two arrays are element by element approximately equal (and of one length).
/// - Parameters:
///   - a: one array.
///   - b: the other.
///   - relativeTolerance: see ``isApproximatelyEqual(_:_:relativeTolerance:absoluteTolerance:)``.
///   - absoluteTolerance: see ``isApproximatelyEqual(_:_:relativeTolerance:absoluteTolerance:)``.
/// - Returns: whether every pair is close enough.
public func isApproximatelyEqual(
    _ a: [Double], _ b: [Double], relativeTolerance: Double = 1e-9, absoluteTolerance: Double = 1e-9
) -> Bool {
    guard a.count == b.count else { return false }
    return zip(a, b).allSatisfy {
        isApproximatelyEqual($0, $1, relativeTolerance: relativeTolerance, absoluteTolerance: absoluteTolerance)
    }
}
