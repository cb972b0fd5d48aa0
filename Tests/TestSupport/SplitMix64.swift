/// A small, fast, seeded pseudo-random generator (Steele, Lea and Flood's SplitMix64),
/// so that generated test models are the same on every machine and every run.
///
/// Conforms to `RandomNumberGenerator`, so `Int.random(in:using:)` and friends work
/// with it; nothing here touches the system's randomness.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform number in `[0, 1)` with 53 random bits.
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform integer in `range`.
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
