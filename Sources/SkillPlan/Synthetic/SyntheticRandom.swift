/// SplitMix64: a small, fast, seeded pseudo-random generator, so that a synthetic
/// scenario is the same on every machine and every run for the same seed.
///
/// (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", 2014.)
struct SyntheticRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator started from `seed`.
    init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `range`, uniformly.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// A number in `range`, uniformly (53 bits of precision).
    mutating func double(_ range: ClosedRange<Double>) -> Double {
        range.lowerBound + Double(next() >> 11) / Double(UInt64(1) << 53) * (range.upperBound - range.lowerBound)
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
