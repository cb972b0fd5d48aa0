import SkillPlan

/// The draws the generated reference models make, on the project's one seeded generator
/// (SkillPlan's ``SplitMix64``), so that they are the same on every machine and run.
extension SplitMix64 {
    /// A uniform number in `[0, 1)` with 53 random bits.
    public mutating func nextUnit() -> Double {
        double(0...1)
    }

    /// A uniform integer in `range`: the standard library's unbiased draw (the
    /// sequence the reference models were generated with).
    public mutating func nextInt(in range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &self)
    }

    /// A non-zero integer in `-magnitude ... magnitude`, as a `Double`.
    public mutating func nextNonzero(magnitude: Int) -> Double {
        let value = Double(nextInt(in: 1...magnitude))
        return next() & 1 == 0 ? value : -value
    }

    /// `true` with probability `probability`.
    public mutating func nextBool(probability: Double) -> Bool {
        nextUnit() < probability
    }
}
