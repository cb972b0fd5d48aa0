/// SplitMix64: a small, fast, seeded pseudo-random generator, so that a synthetic
/// scenario (and every generated test model) is the same on every machine and every
/// run for the same seed. The one copy of it: the tests draw from it too.
///
/// (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", 2014.)
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator started from `seed`.
    ///
    /// - Parameter seed: the seed; the same seed gives the same sequence.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    ///
    /// - Returns: the bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `range`, uniformly and without bias: `next() % count`, except
    /// that a draw from the last, partial block of 2⁶⁴ values (fewer than `count` of
    /// them) is drawn again, so that every remainder is equally likely. A plain
    /// `% count` favours the low numbers; this gives the same numbers as it did in all
    /// but those rare draws, so a seed's synthetic scenario stays what it was.
    ///
    /// - Parameter range: the numbers to draw from.
    /// - Returns: the number.
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        let count = UInt64(range.count)
        let partial = (0 &- count) % count  // 2⁶⁴ mod count
        var draw = next()
        while draw < partial { draw = next() }
        return range.lowerBound + Int(draw % count)
    }

    /// A number in `range`, uniformly (53 bits of precision).
    ///
    /// - Parameter range: the numbers to draw from.
    /// - Returns: the number.
    public mutating func double(_ range: ClosedRange<Double>) -> Double {
        range.lowerBound + Double(next() >> 11) * 0x1.0p-53 * (range.upperBound - range.lowerBound)
    }

    /// `true` with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        double(0...1) < p
    }

    /// A number in `range` rounded to a multiple of `step`.
    mutating func rounded(_ range: ClosedRange<Double>, step: Double) -> Double {
        (double(range) / step).rounded() * step
    }
}
